// ForeignAssistance.gov country summary: coverage as SOURCE.md states, regions out,
// every kept amount equal to the raw file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, valueAt, rawTest, RAW_AVAILABLE } from './helpers.mjs';

const fa = readData('foreignassistance.json');
const raw = RAW_AVAILABLE
  ? readRawCsv('foreignassistance-gov-country/us_foreign_aid_country.csv').rows
  : [];
const regionCodes = RAW_AVAILABLE
  ? new Set(
  readRawCsv('iso-country-codes/country_crosswalk_nonstandard.csv')
    .rows.filter((r) => r.dataset === 'fa_gov Country Code' && (r.code === 'WLD' || / Region$/.test(r.name)))
    .map((r) => r.code),
)
  : new Set();

test('obligations start FY1946 and disbursements FY2001; both end FY2024 (SOURCE.md)', () => {
  const all = [...Object.values(fa.countries), ...Object.values(fa.other)];
  const span = (kind) => {
    const series = all.map((c) => c[kind]).filter(Boolean);
    return [Math.min(...series.map((s) => s.start)), Math.max(...series.map((s) => s.start + s.current.length - 1))];
  };
  assert.deepEqual(span('obligations'), [1946, 2024]);
  assert.deepEqual(span('disbursements'), [2001, 2024]);
});

rawTest('no regional or worldwide code is shipped; Kosovo is XKX', () => {
  assert.ok(regionCodes.size > 30);
  for (const code of [...Object.keys(fa.countries), ...Object.keys(fa.other)]) assert.ok(!regionCodes.has(code), code);
  assert.ok(fa.countries.XKX.disbursements);
  assert.ok(!('CS-KM' in fa.countries));
});

rawTest('every obligation and disbursement row of an ISO country is carried exactly', () => {
  let checked = 0;
  for (const row of raw) {
    const kind = { 2: 'obligations', 3: 'disbursements' }[row['Transaction Type ID']];
    const code = row['Country Code'] === 'CS-KM' ? 'XKX' : row['Country Code'];
    const country = fa.countries[code];
    if (!kind || !country || row['Fiscal Year'] === '1976tq') continue;
    const year = Number(row['Fiscal Year']);
    assert.equal(valueAt(country[kind], 'current', year), Number(row.current_amount), `${code} ${year} ${kind}`);
    assert.equal(valueAt(country[kind], 'constant', year), Number(row.constant_amount), `${code} ${year} ${kind}`);
    checked++;
  }
  assert.ok(checked > 14000);
});

test('constant equals current in FY2022 (the base year SOURCE.md infers)', () => {
  for (const [code, c] of Object.entries(fa.countries)) {
    if (!c.obligations) continue;
    const current = valueAt(c.obligations, 'current', 2022);
    if (current !== null) assert.equal(valueAt(c.obligations, 'constant', 2022), current, code);
  }
});

rawTest('the FY1976 transition quarter is kept apart, not folded into a fiscal year', () => {
  const tq = raw.filter((r) => r['Fiscal Year'] === '1976tq' && r['Country Code'] === 'EGY' && r['Transaction Type ID'] === '2');
  assert.equal(tq.length, 1);
  assert.deepEqual(fa.countries.EGY.transitionQuarter1976.obligations, [Number(tq[0].current_amount), Number(tq[0].constant_amount)]);
});

test('FY2024 is provisional and FY2023 the latest complete year, for obligations and disbursements (issue #10)', () => {
  for (const flow of ['obligations', 'disbursements']) {
    assert.deepEqual(fa.years[flow].provisionalYears, [2024], flow);
    assert.equal(fa.years[flow].latestCompleteYear, 2023, flow);
  }
  const source = readData('sources.json').foreignassistance;
  assert.match(source.provisionalRule, /below half/);
  assert.deepEqual(source.years, fa.years);
});

test('the rule flags FY2024 for a reason: country obligations $4.6 bn against $46.1 bn in FY2023 (issue #10)', () => {
  const total = (year) =>
    Object.values(fa.countries).reduce((s, c) => s + (valueAt(c.obligations, 'current', year) ?? 0), 0);
  assert.equal((total(2024) / 1e9).toFixed(1), '4.6');
  assert.equal((total(2023) / 1e9).toFixed(1), '46.1');
  // Israel reports nothing for FY2024; Ukraine $0.66 bn against $16.7 bn.
  assert.equal(valueAt(fa.countries.ISR.obligations, 'current', 2024), null);
  assert.equal((valueAt(fa.countries.UKR.obligations, 'current', 2024) / 1e9).toFixed(2), '0.66');
  assert.equal((valueAt(fa.countries.UKR.obligations, 'current', 2023) / 1e9).toFixed(1), '16.7');
});
