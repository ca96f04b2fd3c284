// Military vs total disbursements against SOURCE.md's published checks and the
// derived table bundled beside the raw extract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, valueAt, rawTest } from './helpers.mjs';

const aid = readData('military-aid.json');
const bn = (usd) => usd / 1e9;

test('Egypt: about $1.3 bn of military disbursements every year FY2002-2013, $0.57 bn in FY2014', () => {
  for (let year = 2002; year <= 2013; year++) {
    const value = bn(valueAt(aid.countries.EGY, 'military', year));
    // "≈ $1.30 bn every year": within 5% (FY2013 is the lowest, at 1.24)
    assert.ok(Math.abs(value - 1.3) <= 0.065, `FY${year}: ${value}`);
  }
  assert.equal(bn(valueAt(aid.countries.EGY, 'military', 2014)).toFixed(2), '0.57');
});

test('Israel: $2.06 bn (FY2002) to $3.28 bn (FY2015), within $2.0-3.3 bn throughout', () => {
  assert.equal(bn(valueAt(aid.countries.ISR, 'military', 2002)).toFixed(2), '2.06');
  assert.equal(bn(valueAt(aid.countries.ISR, 'military', 2015)).toFixed(2), '3.28');
  for (const value of aid.countries.ISR.military) assert.ok(bn(value) >= 2.0 && bn(value) <= 3.3);
});

test('Afghanistan peaks at $8.2 bn in FY2011; Iraq $3.6-3.8 bn FY2006-2008', () => {
  const afg = aid.countries.AFG.military;
  const peak = Math.max(...afg);
  assert.equal(aid.countries.AFG.start + afg.indexOf(peak), 2011);
  assert.equal(bn(peak).toFixed(1), '8.2');
  for (let year = 2006; year <= 2008; year++) {
    const value = bn(valueAt(aid.countries.IRQ, 'military', year));
    assert.ok(value >= 3.55 && value < 3.85, `FY${year}: ${value}`);
  }
});

test('world: military $4.9 bn (FY2002) to $15.9 bn (FY2015), 24-38% of all disbursements every year', () => {
  assert.equal(aid.world.start, 2002);
  assert.equal(aid.world.military.length, 14);
  assert.equal(bn(aid.world.military[0]).toFixed(1), '4.9');
  assert.equal(bn(aid.world.military[13]).toFixed(1), '15.9');
  for (const share of aid.world.share) assert.ok(share >= 0.235 && share < 0.385, `${share}`);
});

rawTest('per-country figures equal the derived table in the raw folder', () => {
  const derived = readRawCsv('foreignassistance-gov-military/us_aid_military_vs_total_disbursements_fy2002_2015.csv').rows;
  let checked = 0;
  for (const row of derived) {
    const code = row.country_code === 'CS-KM' ? 'XKX' : row.country_code;
    const series = aid.countries[code] ?? aid.other[code];
    if (!series) continue; // regional codes only feed the world totals
    const year = Number(row.fiscal_year);
    // A recipient-year with no military-objective rows is missing, not 0 (issue #10).
    const expected = row.military_transaction_rows === '0' ? null : Number(row.military_disbursements_usd);
    assert.equal(valueAt(series, 'military', year), expected, `${code} ${year}`);
    if (row.total_disbursements_usd !== '') {
      assert.equal(valueAt(series, 'total', year), Number(row.total_disbursements_usd), `${code} ${year}`);
    }
    if (row.military_share !== '' && expected !== null) assert.equal(valueAt(series, 'share', year), Number(row.military_share));
    checked++;
  }
  assert.ok(checked > 2500);
});

test('totals agree with foreignassistance.json disbursements (same country summary)', () => {
  const fa = readData('foreignassistance.json');
  for (const [code, series] of Object.entries(aid.countries)) {
    series.total.forEach((total, i) => {
      if (total === null) return;
      assert.equal(valueAt(fa.countries[code].disbursements, 'current', series.start + i), total, code);
    });
  }
});

rawTest('551 recipient-years with a total but no military-objective record ship as missing, never 0 (issue #10)', () => {
  const derived = readRawCsv('foreignassistance-gov-military/us_aid_military_vs_total_disbursements_fy2002_2015.csv').rows;
  let missing = 0;
  for (const row of derived) {
    const code = row.country_code === 'CS-KM' ? 'XKX' : row.country_code;
    const series = aid.countries[code] ?? aid.other[code];
    if (!series || row.military_transaction_rows !== '0') continue;
    assert.equal(valueAt(series, 'military', Number(row.fiscal_year)), null, `${code} ${row.fiscal_year}`);
    assert.equal(valueAt(series, 'share', Number(row.fiscal_year)), null);
    missing++;
  }
  // 550 in the derived table, plus one recipient the derived table leaves out
  // (Czechoslovakia (former), agency code NULL, FY2002: a total and no military record).
  assert.equal(missing, 550);
  const shipped = [...Object.values(aid.countries), ...Object.values(aid.other)].reduce(
    (n, s) => n + s.military.filter((v, i) => v === null && s.total[i] !== null).length,
    0,
  );
  assert.equal(shipped, 551);
});

test('no shipped military figure is 0 for want of a record; "military aid" carries its floor note (issue #10)', () => {
  const cells = [...Object.values(aid.countries), ...Object.values(aid.other)].flatMap((s) => s.military);
  assert.equal(cells.filter((v) => v === null).length >= 551, true);
  assert.match(aid.meta.readerNote, /military objective/);
  assert.match(aid.meta.readerNote, /floor/);
});
