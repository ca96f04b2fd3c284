// Regime counts and population shares against Democracy Report 2020 and CATALOG.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData } from './helpers.mjs';

const { versions } = readData('regime-share.json');

function at(version, year) {
  const v = versions[version];
  const i = year - v.first;
  const [closed, electoral, electoralDem, liberalDem] = v.count[i];
  const people = v.population[i];
  const matched = people.reduce((a, b) => a + b, 0);
  return {
    closed,
    electoral,
    autocracies: closed + electoral,
    democracies: electoralDem + liberalDem,
    autocracyPercent: (100 * (people[0] + people[1])) / matched,
    share: v.share[i],
    coverage: v.coverage[i],
  };
}

test('v10 2019: 92 autocracies (25 closed, 67 electoral) vs 87 democracies, 54.0% of people (DR2020)', () => {
  const y = at('v10', 2019);
  assert.equal(y.closed, 25);
  assert.equal(y.electoral, 67);
  assert.equal(y.autocracies, 92);
  assert.equal(y.democracies, 87);
  assert.equal(y.autocracyPercent.toFixed(1), '54.0');
});

test('v10 2001: 90 autocracies vs 87 democracies; 46.3% of people (CATALOG.md)', () => {
  const y = at('v10', 2001);
  assert.equal(y.autocracies, 90);
  assert.equal(y.democracies, 87);
  assert.equal(y.autocracyPercent.toFixed(1), '46.3');
});

test('v15: autocracies hold 68.0% in 2019 and 71.8% in 2024 (CATALOG.md)', () => {
  assert.equal(at('v15', 2019).autocracyPercent.toFixed(1), '68.0');
  assert.equal(at('v15', 2024).autocracyPercent.toFixed(1), '71.8');
});

test('v10: by population autocracies were last above 50% in 1999 before 2019 (SOURCE.md)', () => {
  assert.ok(at('v10', 1999).autocracyPercent > 50);
  for (let year = 2000; year <= 2018; year++) assert.ok(at('v10', year).autocracyPercent < 50, `${year}`);
});

test('year ranges: v10 1960-2019, v15 1960-2024', () => {
  assert.deepEqual([versions.v10.first, versions.v10.last], [1960, 2019]);
  assert.deepEqual([versions.v15.first, versions.v15.last], [1960, 2024]);
});

test('shares sum to 1 and coverage is close to but below the world total', () => {
  for (const v of Object.values(versions)) {
    v.share.forEach((s, i) => {
      assert.ok(Math.abs(s.reduce((a, b) => a + b, 0) - 1) < 0.0005);
      // 1960s colonies and Taiwan are uncoded or lack population: coverage starts near 94%.
      assert.ok(v.coverage[i] > 0.93 && v.coverage[i] < 1, `coverage ${v.first + i}`);
    });
  }
});

test('v15 counts equal a direct tally of the raw ERT file for every year', () => {
  const tally = new Map();
  for (const row of readRawCsv('vdem-ert-v15/ert.csv').rows) {
    if (row.v2x_regime === 'NA' || Number(row.year) < 1960) continue;
    const counts = tally.get(Number(row.year)) ?? [0, 0, 0, 0];
    counts[Number(row.v2x_regime)]++;
    tally.set(Number(row.year), counts);
  }
  for (const [year, counts] of tally) assert.deepEqual(versions.v15.count[year - 1960], counts, `${year}`);
});

test('Taiwan is coded but has no World Bank population; it is listed as left out', () => {
  assert.deepEqual(versions.v15.withoutPopulation.TWN, [[1960, 2024]]);
});
