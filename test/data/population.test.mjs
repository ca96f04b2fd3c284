// World Bank population: countries only, aggregates out, values exactly as in the raw file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, valueAt, rawTest, RAW_AVAILABLE } from './helpers.mjs';

const pop = readData('population.json');
const raw = RAW_AVAILABLE
  ? readRawCsv('worldbank-population/population.csv')
  : { rows: [] };
const aggregates = RAW_AVAILABLE
  ? new Set(
  readRawCsv('iso-country-codes/country_crosswalk_nonstandard.csv')
    .rows.filter((r) => r.dataset === 'wb_population Country Code' && r.code !== 'XKX')
    .map((r) => r.code),
)
  : new Set();

test('covers 1960-2024 (SOURCE.md)', () => {
  assert.equal(pop.first, 1960);
  assert.equal(pop.last, 2024);
  assert.equal(pop.unit, 'persons');
});

rawTest('no World Bank aggregate is shipped as a country; Taiwan absent, Kosovo as XKX', () => {
  for (const code of Object.keys(pop.countries)) assert.ok(!aggregates.has(code), code);
  assert.ok(!('WLD' in pop.countries));
  assert.ok(!('TWN' in pop.countries));
  assert.ok('XKX' in pop.countries);
});

rawTest('every country and World row of the raw file is carried exactly', () => {
  let checked = 0;
  for (const row of raw.rows) {
    const code = row['Country Code'];
    const year = Number(row.Year);
    const series = code === 'WLD' ? pop.world : pop.countries[code];
    if (!series) {
      assert.ok(aggregates.has(code), `${code} dropped but not an aggregate`);
      continue;
    }
    assert.equal(valueAt(series, 'pop', year), Number(row.Value), `${code} ${year}`);
    checked++;
  }
  assert.ok(checked > 13000);
});

rawTest('countries sum to roughly the World total (aggregates were not double counted)', () => {
  for (const year of [1960, 2000, 2024]) {
    const sum = Object.values(pop.countries).reduce((s, c) => s + (valueAt(c, 'pop', year) ?? 0), 0);
    const ratio = sum / valueAt(pop.world, 'pop', year);
    assert.ok(ratio > 0.99 && ratio < 1.01, `${year}: ${ratio}`);
  }
});
