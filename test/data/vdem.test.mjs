// V-Dem series checked against the raw file's own facts and V-Dem's published codings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readData, valueAt } from './helpers.mjs';

const v15 = readData('vdem-v15.json');
const v14 = readData('vdem-v14.json');

test('v15 covers 1900-2024 and 183 units, as its SOURCE.md states', () => {
  assert.equal(v15.first, 1900);
  assert.equal(v15.last, 2024);
  assert.equal(Object.keys(v15.countries).length, 183);
});

test('v14 LDI covers 1970-2023 and 182 units', () => {
  assert.equal(v14.first, 1970);
  assert.equal(v14.last, 2023);
  assert.equal(Object.keys(v14.countries).length, 182);
});

test('uncertainty bounds enclose the EDI point estimate wherever all three exist', () => {
  let checked = 0;
  for (const series of Object.values(v15.countries)) {
    series.polyarchy.forEach((value, i) => {
      const low = series.low[i];
      const high = series.high[i];
      if (value === null || low === null || high === null) return;
      assert.ok(low <= value && value <= high);
      checked++;
    });
  }
  assert.ok(checked > 19000);
});

test('first raw row (Mexico 1900) is carried exactly', () => {
  // ert.csv line 2: MEX 1900, regime 0, EDI 0.124 [0.112, 0.134]
  const mex = v15.countries.MEX;
  assert.equal(valueAt(mex, 'polyarchy', 1900), 0.124);
  assert.equal(valueAt(mex, 'low', 1900), 0.112);
  assert.equal(valueAt(mex, 'high', 1900), 0.134);
  assert.equal(valueAt(mex, 'regime', 1900), 0);
});

test("Hungary's ongoing autocratization episode starts in 2006 (ERT v15)", () => {
  const hun = v15.episodes.HUN.aut;
  const ongoing = hun.find(([, , censored]) => censored === 1);
  assert.deepEqual(ongoing.slice(0, 2), [2006, 2024]);
});

test('regime codes are 0-3 only', () => {
  for (const data of [v15, v14]) {
    for (const series of Object.values(data.countries)) {
      for (const r of series.regime) assert.ok(r === null || [0, 1, 2, 3].includes(r));
    }
  }
});
