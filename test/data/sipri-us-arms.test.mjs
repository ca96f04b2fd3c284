// SIPRI US arms exports (TIV) against the raw table's own totals and SOURCE.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvParseRows } from 'd3-dsv';
import { readRaw } from '../../scripts/data/lib/raw.mjs';
import { readData, valueAt, rawTest, RAW_AVAILABLE } from './helpers.mjs';

const sipri = readData('sipri-us-arms.json');
const lines = RAW_AVAILABLE
  ? csvParseRows(readRaw('sipri-arms-transfers-tiv/TIV-Export-USA-1950-2021.csv').text)
  : [];
const header = lines.findIndex((l) => l[0] === '' && l[1] === '1950');
const recipients = lines.slice(header + 1).filter((l) => l[0] !== '' && l[0] !== 'Total');
const totalRow = lines.find((l) => l[0] === 'Total');
const sum = (values) => values.reduce((s, v) => s + (v ?? 0), 0);
const all = () => [...Object.values(sipri.countries), ...Object.values(sipri.other)];

rawTest('1950-2021, 181 recipients all kept (SOURCE.md); none dropped', () => {
  assert.equal(sipri.first, 1950);
  assert.equal(sipri.last, 2021);
  assert.equal(recipients.length, 181);
  // Two pairs of SIPRI rows share a code (Libya/Libya GNC, Yemen/North Yemen).
  assert.equal(Object.keys(sipri.countries).length + Object.keys(sipri.other).length, 181 - 2);
});

rawTest('US total 713,634 TIV m over 1950-2021 (SOURCE.md), as in the Total row', () => {
  assert.equal(Number(totalRow.at(-1)), 713634);
  assert.equal(sipri.allRecipients.total, 713634);
  // the rounded yearly totals add up to within a few units of SIPRI's own total
  assert.ok(Math.abs(sum(sipri.allRecipients.tiv) - 713634) <= 5);
  assert.deepEqual(sipri.allRecipients.tiv, totalRow.slice(1, 73).map(Number));
});

test('recipient series add up to the Total row each year within SIPRI rounding', () => {
  sipri.allRecipients.tiv.forEach((total, i) => {
    const year = 1950 + i;
    const byRecipients = sum(all().map((s) => valueAt(s, 'tiv', year)));
    assert.ok(Math.abs(byRecipients - total) <= 10, `${year}: ${byRecipients} vs ${total}`);
  });
});

rawTest("each recipient carries SIPRI's total, and its yearly values sum to it within rounding", () => {
  const shipped = all();
  const totals = recipients.map((l) => Number(l.at(-1)));
  assert.equal(sum(shipped.map((s) => s.total)), sum(totals));
  for (const series of shipped) assert.ok(Math.abs(sum(series.tiv) - series.total) <= 6, `${series.start}`);
  assert.equal(sipri.countries.CHE.total, 4633);
  // Joined rows hold both SIPRI rows: Libya + Libya GNC
  const libya = recipients.filter((l) => /^Libya( GNC)?$/.test(l[0]));
  assert.equal(sipri.countries.LBY.total, sum(libya.map((l) => Number(l.at(-1)))));
});

test('names join to ISO3 (Saudi Arabia, Taiwan, Viet Nam, DR Congo, UAE); non-state actors kept with their kind', () => {
  for (const code of ['SAU', 'TWN', 'VNM', 'COD', 'ARE', 'BIH', 'VDR']) assert.ok(sipri.countries[code], code);
  assert.equal(sipri.other.NATO.kind, 'international organisation');
  assert.equal(sipri.other['Contras (Nicaragua)'].kind, 'non-state actor');
  assert.equal(sipri.other['Unknown recipient(s)'].kind, 'no current ISO code');
});

rawTest('zero (< 0.5 m) is kept apart from no deliveries', () => {
  const alg = lines.find((l) => l[0] === 'Algeria');
  assert.equal(alg[1977 - 1949], '0');
  assert.equal(valueAt(sipri.countries.DZA, 'tiv', 1977), 0);
  assert.equal(valueAt(sipri.countries.DZA, 'tiv', 1980), null);
});
