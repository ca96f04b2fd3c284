// Airwars US-in-Somalia strike list against its SOURCE.md checks and the by-year table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, valueAt, rawTest } from './helpers.mjs';

const { yearly, strikes } = readData('airwars-somalia.json');
const sum = (values) => values.reduce((a, b) => a + b, 0);

test('333 likely US strikes: 248 claimed by AFRICOM, 85 not (SOURCE.md and README)', () => {
  assert.equal(strikes.code.length, 333);
  assert.equal(sum(yearly.strikes), 333);
  assert.equal(sum(yearly.claimed), 248);
  assert.equal(sum(yearly.notClaimed), 85);
  assert.equal(sum(strikes.claimed), 248);
});

test('claimed strikes: 2017 35, 2018 48, 2019 57, 2020 52 (SOURCE.md)', () => {
  for (const [year, claimed] of [
    [2017, 35],
    [2018, 48],
    [2019, 57],
    [2020, 52],
  ]) {
    assert.equal(valueAt(yearly, 'claimed', year), claimed, `${year}`);
  }
});

rawTest('yearly counts equal the derived by-year table; years absent there are 0', () => {
  const table = readRawCsv('airwars-us-somalia-strikes/us_somalia_strikes_by_year.csv').rows;
  for (const row of table) {
    const year = Number(row.year);
    assert.equal(valueAt(yearly, 'strikes', year), Number(row.likely_us_strikes));
    assert.equal(valueAt(yearly, 'claimed', year), Number(row.claimed_by_africom));
    assert.equal(valueAt(yearly, 'notClaimed', year), Number(row.not_claimed));
  }
  const listed = new Set(table.map((r) => Number(r.year)));
  yearly.strikes.forEach((n, i) => {
    if (!listed.has(yearly.start + i)) assert.equal(n, 0);
  });
});

rawTest('the original file (somalia_data.csv) has the same 333 Airwars incident pages', () => {
  const original = readRawCsv('airwars-us-somalia-strikes/somalia_data.csv').rows;
  assert.equal(original.length, 333);
  const codes = new Set(original.map((r) => /civilian-casualties\/([a-z]+\d+[a-z]?)-/i.exec(r.URL)?.[1].toUpperCase()));
  for (const code of strikes.code) assert.ok(codes.has(code), code);
});
