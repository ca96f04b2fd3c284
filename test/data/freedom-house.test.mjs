// Freedom in the World against FH's own historical distribution table and the raw files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, valueAt, rawTest } from './helpers.mjs';

const { ratings, scores } = readData('freedom-house.json');
const DIR = 'freedom-house-fiw';
const firstYear = (label) => Number(/\d{4}/.exec(label)[0]);

rawTest("counts of Free / Partly Free / Not Free countries match FH's historical distribution for all 51 editions", () => {
  const dist = readRawCsv(`${DIR}/fiw_historical_distribution.csv`).rows.reverse();
  assert.equal(dist.length, 51);
  const years = ratings.editions.edition.map((e, i) => (e ? ratings.editions.start + i : null)).filter(Boolean);
  assert.equal(years.length, 51);
  const states = [...Object.values(ratings.countries), ...Object.values(ratings.other)];
  dist.forEach((row, i) => {
    const year = years[i];
    const edition = valueAt(ratings.editions, 'edition', year);
    assert.equal(firstYear(edition), firstYear(row['FIW Survey Edition*']), `edition for ${year}`);
    const count = { F: 0, PF: 0, NF: 0 };
    for (const s of states) {
      const status = valueAt(s, 'status', year);
      if (status) count[status]++;
    }
    assert.equal(count.F, Number(row['Number of F Countries']), `${edition} F`);
    assert.equal(count.PF, Number(row['Number of PF Countries']), `${edition} PF`);
    assert.equal(count.NF, Number(row['Number of NF Countries']), `${edition} NF`);
    assert.equal(count.F + count.PF + count.NF, Number(row['Total Countries']), `${edition} total`);
  });
});

test('FIW 2024 (data year 2023): 195 countries, 83 Free, 56 Partly Free, 56 Not Free', () => {
  assert.equal(valueAt(ratings.editions, 'edition', 2023), '2024');
  const count = { F: 0, PF: 0, NF: 0 };
  for (const s of Object.values(ratings.countries)) {
    const status = valueAt(s, 'status', 2023);
    if (status) count[status]++;
  }
  assert.deepEqual(count, { F: 83, PF: 56, NF: 56 });
});

test('no rating is keyed to 1981: the 1982 edition covered Jan 1981-Aug 1982', () => {
  assert.equal(valueAt(ratings.editions, 'edition', 1981), null);
  assert.equal(valueAt(ratings.editions, 'reviewPeriod', 1982), 'Jan.1981-Aug. 1982');
  assert.equal(ratings.editions.start, 1972);
});

rawTest('scores: 211 countries and territories, editions 2013-2024 keyed as data years 2012-2023, each equal to the raw sheet', () => {
  const raw = readRawCsv(`${DIR}/fiw_scores_2013_2024.csv`).rows;
  assert.equal(new Set(raw.map((r) => r['Country/Territory'])).size, 211);
  assert.equal(Object.keys(scores.countries).length + Object.keys(scores.territories).length, 211);
  assert.equal(scores.firstEdition, 2013);
  const usa = raw.filter((r) => r['Country/Territory'] === 'United States');
  assert.equal(usa.length, 12);
  for (const row of usa) {
    const dataYear = Number(row.Edition) - 1;
    assert.equal(valueAt(scores.countries.USA, 'total', dataYear), Number(row.Total));
    assert.equal(valueAt(scores.countries.USA, 'pr', dataYear), Number(row.PR));
    assert.equal(valueAt(scores.countries.USA, 'status', dataYear), row.Status);
  }
  for (const row of raw.filter((r) => r['C/T'] === 't')) {
    const t = scores.territories[row['Country/Territory']];
    assert.equal(valueAt(t, 'total', Number(row.Edition) - 1), Number(row.Total));
  }
});

test('total score = political rights + civil liberties everywhere', () => {
  for (const s of [...Object.values(scores.countries), ...Object.values(scores.territories)]) {
    s.total.forEach((total, i) => {
      if (total !== null) assert.equal(s.pr[i] + s.cl[i], total);
    });
  }
});

rawTest('ratings agree with the ISO-coded package table for single-state countries', () => {
  const tidy = readRawCsv(`${DIR}/fh_ratings_status_iso_1972_2023.csv`).rows;
  const code = { Free: 'F', 'Partially Free': 'PF', 'Not Free': 'NF' };
  let checked = 0;
  for (const row of tidy) {
    const year = Number(row.year);
    // Divided states share today's code in the package; 1981/1982 are keyed differently there.
    if (!row.iso3c || /, [NSEW]\.$/.test(row.country) || year === 1981 || year === 1982) continue;
    const series = ratings.countries[row.iso3c];
    if (valueAt(series, 'status', year) === null) continue; // South Africa 1972 (two ratings)
    assert.equal(valueAt(series, 'status', year), code[row.status], `${row.country} ${year}`);
    assert.equal(valueAt(series, 'pr', year), Number(row.political_rights), `${row.country} ${year}`);
    checked++;
  }
  assert.ok(checked > 8500);
});

test('divided states: West Germany is DEU, East Germany DDR, South Vietnam VDR', () => {
  assert.equal(valueAt(ratings.countries.DEU, 'status', 1980), 'F');
  assert.equal(valueAt(ratings.countries.DDR, 'status', 1980), 'NF');
  assert.ok(ratings.countries.VDR);
  assert.equal(ratings.territories.Kosovo.code, 'XKX');
});
