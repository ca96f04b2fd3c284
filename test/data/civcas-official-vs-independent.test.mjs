// Official vs independent civilian-harm table against the checks in its SOURCE.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, rawTest } from './helpers.mjs';

const { rows } = readData('civcas-official-vs-independent.json');
const indexes = rows.id.map((_, i) => i);
const row = (id) => indexes.find((i) => rows.id[i] === id);
const dodYear = (year) =>
  indexes.filter(
    (i) => rows.sourceOrg[i] === 'US Department of Defense' && rows.periodStart[i] === `${year}-01-01`,
  );

function checkTheatres(year, killed, injured) {
  const all = dodYear(year);
  const totals = all.filter((i) => rows.breakdownOf[i] === null);
  assert.equal(totals.length, 1, `${year}: one total row`);
  const total = totals[0];
  const theatres = all.filter((i) => rows.breakdownOf[i] === rows.id[total]);
  assert.ok(theatres.length >= 3);
  assert.equal(rows.civiliansKilledLow[total], killed);
  const sum = (field) => theatres.reduce((s, i) => s + (rows[field][i] ?? 0), 0);
  assert.equal(sum('civiliansKilledLow'), killed, `${year} theatre rows add up`);
  if (injured !== undefined) {
    assert.equal(rows.civiliansInjured[total], injured);
    assert.equal(sum('civiliansInjured'), injured);
  }
}

test('DoD §1057 2019: 132 killed and 91 injured, equal to the sum of its theatre rows', () => {
  checkTheatres(2019, 132, 91);
});

test('DoD §1057 2018: 120 killed = 42 + 76 + 2', () => {
  checkTheatres(2018, 120);
});

test('ODNI 2009-2015: 473 strikes, 64-116 non-combatants, 2,372-2,581 combatants', () => {
  const i = indexes.find((k) => rows.sourceOrg[k] === 'US Director of National Intelligence');
  assert.equal(rows.strikes[i], 473);
  assert.equal(rows.civiliansKilledLow[i], 64);
  assert.equal(rows.civiliansKilledHigh[i], 116);
  assert.equal(rows.combatantsKilledLow[i], 2372);
  assert.equal(rows.combatantsKilledHigh[i], 2581);
  assert.equal(rows.periodStart[i], '2009-01-20');
  assert.equal(rows.periodEnd[i], '2015-12-31');
});

test('TBIJ recomputation for the ODNI window: 496 records are 512-532 strikes, 389-810 civilians (issue #10)', () => {
  const i = indexes.find((k) => /recomputed/.test(rows.sourceOrg[k]));
  // 496 is a count of TBIJ records, not strikes: shipped as records, strikes as TBIJ's min-max.
  assert.equal(rows.records[i], 496);
  assert.equal(rows.strikes[i], 512);
  assert.equal(rows.strikesHigh[i], 532);
  assert.match(rows.readerNote[i], /496 TBIJ records/);
  assert.match(rows.readerNote[i], /512–532 strikes/);
  assert.equal(rows.civiliansKilledLow[i], 389);
  assert.equal(rows.civiliansKilledHigh[i], 810);
  assert.equal(rows.handTranscribed[i], false);
  // No reader-facing cell of this row points into the repository.
  for (const field of ['document', 'citationUrl', 'notes', 'sourceOrg']) {
    assert.doesNotMatch(String(rows[field][i]), /shared\/datasets|SOURCE\.md|\.csv/, field);
  }
  const { strikes } = readData('tbij-strikes.json');
  const picked = strikes.id
    .map((_, k) => k)
    .filter(
      (k) =>
        strikes.date[k] >= rows.periodStart[i] &&
        strikes.date[k] <= rows.periodEnd[i] &&
        (strikes.country[k] === 'PAK' || (['YEM', 'SOM'].includes(strikes.country[k]) && strikes.usConfirmed[k] === 1)),
    );
  assert.equal(picked.length, rows.records[i]);
  assert.equal(picked.reduce((s, k) => s + strikes.minStrikes[k], 0), rows.strikes[i]);
  assert.equal(picked.reduce((s, k) => s + strikes.maxStrikes[k], 0), rows.strikesHigh[i]);
  assert.equal(picked.reduce((s, k) => s + (strikes.minCivilians[k] ?? 0), 0), rows.civiliansKilledLow[i]);
  assert.equal(picked.reduce((s, k) => s + (strikes.maxCivilians[k] ?? 0), 0), rows.civiliansKilledHigh[i]);
});

test('The Hill row (TBIJ 492-1,183) says beside it that no period is stated (issue #10)', () => {
  const i = indexes.find((k) => rows.civiliansKilledLow[k] === 492 && rows.civiliansKilledHigh[k] === 1183);
  assert.equal(rows.periodStated[i], false);
  assert.match(rows.readerNote[i], /No period stated/);
  // Every other row states its period.
  for (const k of indexes) if (k !== i) assert.equal(rows.periodStated[k], true, `row ${rows.id[k]}`);
});

rawTest('every raw row is shipped with its citation; lower bounds keep an empty high', () => {
  const raw = readRawCsv('us-civcas-official-vs-independent/us_civcas_official_vs_independent.csv').rows;
  assert.equal(rows.id.length, raw.length);
  for (const r of raw) {
    const i = row(Number(r.row_id));
    // The recomputed row cites the TBIJ archive instead of a file of the raw folder.
    assert.equal(rows.citationUrl[i], r.citation_url.startsWith('http') ? r.citation_url : 'https://beta.airwars.org/archives/bij-drone-war');
    assert.equal(rows.theatre[i], r.theater);
    assert.equal(rows.civiliansKilledHigh[i], r.civilians_killed_high === '' ? null : Number(r.civilians_killed_high));
    assert.equal(rows.handTranscribed[i], r.citation_url.startsWith('http'));
  }
  // Airwars 2020 worldwide: "at least 102"
  const airwars2020 = indexes.find((k) => rows.periodStart[k] === '2020-01-01' && rows.estimateType[k] === 'independent');
  assert.equal(rows.civiliansKilledLow[airwars2020], 102);
  assert.equal(rows.civiliansKilledHigh[airwars2020], null);
});

rawTest('row 3 of the raw table counts TBIJ records: recounting the raw TBIJ file gives 496 rows and 512 minimum strikes', () => {
  const raw = readRawCsv('us-civcas-official-vs-independent/us_civcas_official_vs_independent.csv').rows;
  const r3 = raw.find((r) => r.row_id === '3');
  const tbij = readRawCsv('tbij-drone-strikes/tbij_strikes_all.csv').rows.filter(
    (t) =>
      t.date >= r3.period_start &&
      t.date <= r3.period_end &&
      (t.country === 'Pakistan' || (['Yemen', 'Somalia'].includes(t.country) && t.us_confirmed === 'Confirmed')),
  );
  assert.equal(tbij.length, Number(r3.strikes));
  // Pakistan rows carry no strike count (one row per strike); the others carry TBIJ's min.
  const min = tbij.reduce((s, t) => s + (t.country === 'Pakistan' ? 1 : Number(t.min_strikes || 0)), 0);
  assert.equal(min, 512);
  const i = row(3);
  assert.equal(rows.records[i], Number(r3.strikes));
  assert.equal(rows.strikes[i], min);
});
