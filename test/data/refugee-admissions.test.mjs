// Refugee ceilings and admissions against the MPI Data Hub table (as published) and
// the tidy copy made independently by the shared extract script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, valueAt, rawTest } from './helpers.mjs';

const { series, partial, meta } = readData('refugee-admissions.json');
const years = series.ceiling.map((_, i) => series.start + i);

test('MPI table: FY1980 ceiling 231,700 and 207,116 admitted; FY2016 85,000 and 84,994', () => {
  assert.equal(valueAt(series, 'ceiling', 1980), 231700);
  assert.equal(valueAt(series, 'admitted', 1980), 207116);
  assert.equal(valueAt(series, 'ceiling', 2016), 85000);
  assert.equal(valueAt(series, 'admitted', 2016), 84994);
});

test('MPI table: lowest ceiling 18,000 (FY2020); fewest admitted in a whole year 11,411 (FY2021); FY2024 100,034 of 125,000', () => {
  const ceilings = years.filter((y) => valueAt(series, 'ceiling', y) !== null);
  const lowest = ceilings.reduce((a, y) => (valueAt(series, 'ceiling', y) < valueAt(series, 'ceiling', a) ? y : a));
  assert.equal(lowest, 2020);
  assert.equal(valueAt(series, 'ceiling', 2020), 18000);
  const whole = years.filter((y) => !partial.includes(y));
  const fewest = whole.reduce((a, y) => (valueAt(series, 'admitted', y) < valueAt(series, 'admitted', a) ? y : a));
  assert.equal(fewest, 2021);
  assert.equal(valueAt(series, 'admitted', 2021), 11411);
  assert.equal(valueAt(series, 'admitted', 2024), 100034);
  assert.equal(valueAt(series, 'ceiling', 2024), 125000);
});

test('FY2025 is flagged partial (first quarter only, 27,308 admitted), and the caveat says so', () => {
  assert.deepEqual(partial, [2025]);
  assert.equal(years.at(-1), 2025);
  assert.equal(valueAt(series, 'admitted', 2025), 27308);
  assert.ok(meta.caveats.some((c) => /FY2025 is partial/.test(c) && /first quarter/.test(c)));
});

test('ceilings start in FY1980 (Refugee Act); FY1980-2025 all have both figures', () => {
  for (const y of years) {
    assert.equal(valueAt(series, 'ceiling', y) === null, y < 1980, `${y} ceiling`);
    assert.ok(valueAt(series, 'admitted', y) > 0, `${y} admitted`);
  }
  assert.match(meta.title, /1980–2025/);
});

rawTest('every fiscal year equals the tidy copy of the table, made by a separate script', () => {
  const tidy = readRawCsv('mpi-us-refugee-admissions/us_refugee_ceiling_admissions_fy1975_2025.csv').rows;
  assert.equal(tidy.length, years.length);
  for (const r of tidy) {
    const y = Number(r.fiscal_year);
    assert.equal(valueAt(series, 'ceiling', y), r.ceiling === '' ? null : Number(r.ceiling), `${y} ceiling`);
    assert.equal(valueAt(series, 'admitted', y), Number(r.admitted), `${y} admitted`);
    assert.equal(partial.includes(y), r.partial_year === '1', `${y} partial`);
  }
});
