// V-Dem v10 (Democracy Report 2020 vintage) against its SOURCE.md and the raw file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, valueAt, rawTest } from './helpers.mjs';

const v10 = readData('vdem-v10.json');

test('covers 1900-2019 and 183 units (SOURCE.md)', () => {
  assert.equal(v10.first, 1900);
  assert.equal(v10.last, 2019);
  assert.equal(Object.keys(v10.countries).length, 183);
});

test('2019 regime counts are Democracy Report 2020: 25 closed, 67 electoral autocracies, 87 democracies', () => {
  const counts = [0, 0, 0, 0];
  for (const series of Object.values(v10.countries)) {
    const r = valueAt(series, 'regime', 2019);
    if (r !== null) counts[r]++;
  }
  assert.equal(counts[0], 25);
  assert.equal(counts[1], 67);
  assert.equal(counts[2] + counts[3], 87);
});

rawTest('every raw value is carried at 3-decimal precision', () => {
  const raw = readRawCsv('vdem-ert-v10/vdem_v10_regime_edi_1900_2019.csv');
  for (const row of raw.rows) {
    const series = v10.countries[row.country_text_id];
    const year = Number(row.year);
    for (const [field, column] of [
      ['polyarchy', 'v2x_polyarchy'],
      ['low', 'v2x_polyarchy_codelow'],
      ['high', 'v2x_polyarchy_codehigh'],
      ['regime', 'v2x_regime'],
    ]) {
      const expected = row[column] === '' ? null : Number(row[column]);
      assert.equal(valueAt(series, field, year), expected, `${row.country_text_id} ${year} ${field}`);
    }
  }
});

test('bounds enclose the point estimate', () => {
  for (const series of Object.values(v10.countries)) {
    series.polyarchy.forEach((value, i) => {
      if (value === null || series.low[i] === null || series.high[i] === null) return;
      assert.ok(series.low[i] <= value && value <= series.high[i]);
    });
  }
});
