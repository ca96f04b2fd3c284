// Guantánamo detainee counts against the figures named in issue #17 and the checks of
// the raw table's SOURCE.md (Reprieve, Human Rights First, the White House via CNN, NYT).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, rawTest } from './helpers.mjs';

const { held, everHeld, peak, administrations, meta } = readData('guantanamo-detainees.json');
const at = (from) => held.held[held.from.indexOf(from)];
const transferred = (president) => administrations.transferred[administrations.president.indexOf(president)];

test('779 held in total (Reprieve; Human Rights First counts 780), said beside the figure', () => {
  assert.equal(everHeld.value, 779);
  assert.match(everHeld.note, /780/);
  assert.match(everHeld.source, /Reprieve/);
});

test('242 held when President Obama took office (20 Jan 2009; CNN, HRF, Reprieve) down to 15 in January 2025 (NYT)', () => {
  assert.equal(held.from[0], '2009-01-20');
  assert.equal(held.held[0], 242);
  assert.equal(held.from.at(-1), '2025-01');
  assert.equal(held.held.at(-1), 15);
  assert.match(held.source.at(-1), /New York Times/);
});

test('SOURCE.md check: 242 - 197 transferred under Obama - 4 deaths in custody = 41 on 19 Jan 2017 (White House); 41 - 1 under Trump = 40', () => {
  assert.equal(at('2017-01-19'), 41);
  assert.equal(at('2009-01-20') - transferred('Obama') - at('2017-01-19'), 4);
  assert.equal(at('2017-01-19') - transferred('Trump'), at('2018-05'));
  assert.equal(held.to[held.from.indexOf('2018-05')], '2021-01');
});

test('a step series: dates in order, every point with its source and a web address', () => {
  const sorted = [...held.from].sort();
  assert.deepEqual(held.from, sorted);
  held.held.forEach((count, i) => {
    assert.ok(Number.isInteger(count) && count > 0, held.from[i]);
    assert.ok(held.source[i].length > 3, `${held.from[i]} source`);
    assert.match(held.url[i], /^https?:\/\//, `${held.from[i]} url`);
  });
  // The counts only fall after 2009.
  for (let i = 1; i < held.held.length; i++) assert.ok(held.held[i] <= held.held[i - 1], held.from[i]);
});

test('the 2003 peak is a dated label with no count; administrations follow each other', () => {
  assert.equal(peak.year, 2003);
  assert.equal(peak.value, undefined);
  assert.deepEqual(administrations.president, ['Bush', 'Obama', 'Trump']);
  for (let i = 1; i < administrations.from.length; i++) assert.equal(administrations.from[i], administrations.to[i - 1]);
  assert.equal(transferred('Bush'), 532);
  assert.ok(meta.caveats.some((c) => /not an official annual series/.test(c)));
});

rawTest('every dated count of the raw table is shipped, with its value and source', () => {
  const raw = readRawCsv('guantanamo-detainee-population/guantanamo_detainee_milestones.csv').rows;
  const counts = raw.filter((r) => r.measure === 'detainees held');
  assert.equal(held.held.length, counts.length);
  for (const r of counts) {
    const i = held.from.indexOf(r.date.split('/')[0]);
    assert.ok(i >= 0, r.date);
    assert.equal(held.held[i], Number(r.value));
    assert.equal(held.url[i], r.citation_url);
  }
});
