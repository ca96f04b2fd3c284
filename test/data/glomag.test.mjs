// Global Magnitsky SDN entries against the counts in the raw folder's SOURCE.md and its
// by-year table (computed there from 308 archived versions of OFAC's list).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, rawTest } from './helpers.mjs';

const g = readData('glomag.json');
const sum = (values) => values.reduce((a, b) => a + b, 0);
const kind = (k) => g.undated[g.kinds.indexOf(k)] + sum(g.years[k]);
const inYear = (year) => sum(g.kinds.map((k) => g.years[k][g.years.year.indexOf(year)]));

test('701 entries: 238 individuals, 306 entities, 157 vessels (SOURCE.md)', () => {
  assert.deepEqual(g.kinds, ['individual', 'entity', 'vessel']);
  assert.equal(kind('individual'), 238);
  assert.equal(kind('entity'), 306);
  assert.equal(kind('vessel'), 157);
  assert.equal(g.entries, 701);
  assert.equal(sum(g.undated) + sum(g.kinds.map((k) => sum(g.years[k]))), 701);
});

test('first seen: 323 undated (listed before 18 Aug 2021), 2021 92, 2022 193, 2023 78, 2024 15 (SOURCE.md)', () => {
  assert.equal(sum(g.undated), 323);
  assert.equal(g.firstRecord, '2021-08-18');
  assert.deepEqual(g.years.year, [2021, 2022, 2023, 2024]);
  assert.deepEqual(g.years.year.map(inYear), [92, 193, 78, 15]);
  assert.deepEqual(g.partialYears, [2021, 2024]);
  assert.equal(g.lastRecord, '2024-05-03');
});

test('182 entries first seen on 9 Dec 2022, including all 157 vessels; 694 still listed at the end (SOURCE.md)', () => {
  const i = g.dates.date.indexOf('2022-12-09');
  assert.equal(sum(g.kinds.map((k) => g.dates[k][i])), 182);
  assert.equal(g.dates.vessel[i], 157);
  assert.equal(701 - sum(g.removed), 694);
  // Daily counts add up to the yearly ones.
  for (const k of g.kinds) assert.equal(sum(g.dates[k]), sum(g.years[k]), k);
});

test('the caveats say these are list entries, not actions, and that early entries are undated', () => {
  assert.ok(g.meta.caveats.some((c) => /entries on the sanctions list, not sanction announcements/.test(c)));
  assert.ok(g.meta.caveats.some((c) => /counted together as undated/.test(c)));
});

rawTest('yearly counts equal the by-year table of the raw folder', () => {
  const rows = readRawCsv('ofac-global-magnitsky/glomag_by_year.csv').rows;
  for (const r of rows) {
    const expected = Number(r.entries_first_seen);
    if (r.period.startsWith('baseline')) assert.equal(sum(g.undated), expected);
    else assert.equal(inYear(Number(r.period)), expected, r.period);
  }
});
