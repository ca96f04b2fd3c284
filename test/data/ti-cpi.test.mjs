// Corruption Perceptions Index against TI's published 2023 results (as listed in the
// raw folder's SOURCE.md) and the coverage of the 2012-2018 editions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, valueAt, rawTest } from './helpers.mjs';

const d = readData('ti-cpi.json');
const detail = (code) => Object.fromEntries(d.detail.columns.map((k, i) => [k, d.detail.countries[code][i]]));
const score = (code, year) => valueAt(d.countries[code], 'score', year);

test('CPI 2023 as published by TI: Denmark 90 (1st), Finland 87, New Zealand 85, United States 69 (24th), Somalia 11 (180th)', () => {
  assert.equal(d.detail.year, 2023);
  assert.equal(score('DNK', 2023), 90);
  assert.equal(detail('DNK').rank, 1);
  assert.equal(score('FIN', 2023), 87);
  assert.equal(score('NZL', 2023), 85);
  assert.equal(score('USA', 2023), 69);
  assert.equal(detail('USA').rank, 24);
  assert.equal(score('SOM', 2023), 11);
  assert.equal(detail('SOM').rank, 180);
  for (const code of ['SYR', 'VEN', 'SSD']) assert.equal(score(code, 2023), 13, code);
});

test('CPI 2023: 180 countries, global average 43 (TI, 30 Jan 2024)', () => {
  const codes = Object.keys(d.detail.countries);
  assert.equal(codes.length, 180);
  const mean = codes.reduce((s, code) => s + score(code, 2023), 0) / codes.length;
  assert.equal(Math.round(mean), 43);
  assert.ok(d.detail.countries.XKX, 'Kosovo keyed XKX, not TI\'s KSV');
  const { countries } = readData('countries.json');
  for (const code of Object.keys(d.countries)) assert.ok(countries[code], `${code} in the project's country registry`);
});

test('the 2023 interval is the score plus or minus 1.64 standard errors, Poland\'s included', () => {
  for (const code of Object.keys(d.detail.countries)) {
    const { se, lower, upper } = detail(code);
    assert.ok(Math.abs(score(code, 2023) - 1.64 * se - lower) < 0.001, code);
    assert.ok(Math.abs(score(code, 2023) + 1.64 * se - upper) < 0.001, code);
  }
  assert.equal(detail('POL').lower, 51.766);
});

test('2012-2018: 168 to 180 countries a year; 2019-2022 missing, not filled', () => {
  const counts = [2012, 2013, 2014, 2015, 2016, 2017, 2018].map((y) => Object.keys(d.countries).filter((c) => score(c, y) !== null).length);
  assert.equal(Math.min(...counts), 168);
  assert.equal(Math.max(...counts), 180);
  assert.deepEqual(d.missingYears, [2019, 2020, 2021, 2022]);
  for (const code of Object.keys(d.countries)) for (const y of d.missingYears) assert.equal(score(code, y), null, `${code} ${y}`);
  assert.equal(score('DNK', 2018), 88);
});

test('the no-derivatives licence is stated in the provenance', () => {
  assert.equal(d.meta.licenceName, 'CC BY-ND 4.0');
  assert.ok(d.meta.caveats.some((c) => /CC BY-ND 4\.0/.test(c) && /adapted versions/.test(c)));
  assert.equal(d.meta.commercialUse, 'unknown');
});

rawTest('every OWID row is shipped unchanged', () => {
  const rows = readRawCsv('owid-ti-cpi/cpi_2012_2018.csv').rows;
  const shipped = Object.keys(d.countries).reduce((s, c) => s + d.countries[c].score.filter((v, i) => v !== null && d.countries[c].start + i < 2019).length, 0);
  assert.equal(shipped, rows.length);
  const afg = rows.filter((r) => r.Entity === 'Afghanistan').map((r) => Number(Object.values(r)[2]));
  assert.deepEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018].map((y) => score('AFG', y)), afg);
});
