// TBIJ strike table and yearly sums against TBIJ's published figures (SOURCE.md)
// and the recomputation recorded in us-civcas-official-vs-independent/SOURCE.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, rawTest } from './helpers.mjs';

const { strikes, count } = readData('tbij-strikes.json');
const yearly = readData('tbij-yearly.json').countries;

const rowsOf = (filter) => strikes.id.map((_, i) => i).filter(filter);
const sum = (rows, column) => rows.reduce((s, i) => s + (strikes[column][i] ?? 0), 0);
const yearlyTotal = (code, column) => yearly[code][column].reduce((a, b) => a + b, 0);

test('Pakistan: 430 strikes, 424-969 civilians killed (TBIJ published)', () => {
  const pak = rowsOf((i) => strikes.country[i] === 'PAK');
  assert.equal(pak.length, 430);
  assert.equal(sum(pak, 'minCivilians'), 424);
  assert.equal(sum(pak, 'maxCivilians'), 969);
  assert.equal(yearlyTotal('PAK', 'records'), 430);
  assert.equal(yearlyTotal('PAK', 'minCivilians'), 424);
  assert.equal(yearlyTotal('PAK', 'maxCivilians'), 969);
});

test('civilian ranges: Afghanistan 150-384, Somalia 14-89, Yemen 200-315 (SOURCE.md)', () => {
  for (const [code, min, max] of [
    ['AFG', 150, 384],
    ['SOM', 14, 89],
    ['YEM', 200, 315],
  ]) {
    const rows = rowsOf((i) => strikes.country[i] === code);
    assert.equal(sum(rows, 'minCivilians'), min, code);
    assert.equal(sum(rows, 'maxCivilians'), max, code);
    assert.equal(yearlyTotal(code, 'minCivilians'), min, code);
    assert.equal(yearlyTotal(code, 'maxCivilians'), max, code);
  }
});

rawTest('ODNI window 2009-01-20..2015-12-31: 496 records and 389-810 civilians; 602 records and 419-901 with possible strikes (SOURCE.md)', () => {
  const inWindow = (i) => strikes.date[i] >= '2009-01-20' && strikes.date[i] <= '2015-12-31';
  const outside = (i) => ['PAK', 'YEM', 'SOM'].includes(strikes.country[i]);
  const confirmed = rowsOf((i) => inWindow(i) && outside(i) && (strikes.country[i] === 'PAK' || strikes.usConfirmed[i] === 1));
  assert.equal(confirmed.length, 496);
  assert.equal(sum(confirmed, 'minCivilians'), 389);
  assert.equal(sum(confirmed, 'maxCivilians'), 810);
  // The 602 of SOURCE.md includes YEM008 (2010-01-31), which one exclusion rule now keeps.
  const all = rowsOf((i) => inWindow(i) && outside(i));
  assert.equal(all.length, 602);
  assert.equal(sum(all, 'minCivilians'), 419);
  assert.equal(sum(all, 'maxCivilians'), 901);
});

rawTest('every raw row is shipped (one exclusion rule); shifted rows keep id, date and readable place only', () => {
  const raw = readRawCsv('tbij-drone-strikes/tbij_strikes_all.csv').rows;
  const index = new Map(strikes.id.map((id, i) => [id, i]));
  assert.equal(count, strikes.id.length);
  assert.equal(count, raw.length);
  assert.deepEqual(raw.filter((r) => !index.has(r.strike_id)), []);
  const cell = (v) => (v === '' || v === '-' ? null : Number(v));
  for (const row of raw) {
    const i = index.get(row.strike_id);
    assert.equal(strikes.date[i], row.date);
    const shifted = ['SOM108', 'YEM008'].includes(row.strike_id);
    for (const r of ['strikes', 'killed', 'civilians', 'children', 'injured']) {
      const cap = r[0].toUpperCase() + r.slice(1);
      // Pakistan's table has no strike-count column: one record is one strike.
      const pak = row.country === 'Pakistan' && r === 'strikes';
      assert.equal(strikes[`min${cap}`][i], shifted ? null : pak ? 1 : cell(row[`min_${r}`]), `${row.strike_id} min ${r}`);
      assert.equal(strikes[`max${cap}`][i], shifted ? null : pak ? 1 : cell(row[`max_${r}`]), `${row.strike_id} max ${r}`);
    }
    if (shifted) continue;
    if (row.latitude) assert.ok(Math.abs(strikes.lat[i] - Number(row.latitude)) <= 0.0005);
    else assert.equal(strikes.lat[i], null);
  }
  // SOM108: place and coordinates as in the Somalia table (before its shifted cells).
  const som = readRawCsv('tbij-drone-strikes/tbij_somalia.csv').rows.find((r) => r['Strike ID'] === 'SOM108');
  const i = index.get('SOM108');
  assert.equal(strikes.location[i], som.Location);
  assert.equal(strikes.location[index.get('YEM008')], null);
  assert.ok(Math.abs(strikes.lat[i] - 0.783333) < 0.001 && Math.abs(strikes.lon[i] - 43.416667) < 0.001);
});

rawTest('AFG501 (455 strikes, casualties unknown) is kept, as the raw row gives it', () => {
  const raw = readRawCsv('tbij-drone-strikes/tbij_strikes_all.csv').rows.find((r) => r.strike_id === 'AFG501');
  const i = strikes.id.indexOf('AFG501');
  assert.equal(strikes.minStrikes[i], Number(raw.min_strikes));
  assert.equal(strikes.minKilled[i], null);
});

test('strikes, not records: Afghanistan 5,433-5,437 strikes in 827 records; 2017 at least 2,609 (issue #10)', () => {
  const totals = readData('tbij-yearly.json').totals;
  assert.equal(totals.AFG.records, 827);
  assert.equal(totals.AFG.minStrikes, 5433);
  assert.equal(totals.AFG.maxStrikes, 5437);
  const afg = yearly.AFG;
  assert.equal(afg.records[2017 - afg.start], 132);
  assert.equal(afg.minStrikes[2017 - afg.start], 2609);
  // Strikes more than doubled from 2016 to 2017, while records fell.
  assert.ok(afg.minStrikes[2017 - afg.start] > 2 * afg.minStrikes[2016 - afg.start]);
  assert.ok(afg.records[2017 - afg.start] < afg.records[2016 - afg.start]);
  assert.equal(yearlyTotal('AFG', 'minStrikes'), 5433);
});

test('Yemen 453-493 strikes, Somalia 122, Pakistan 430 = 430 records (issue #10)', () => {
  const totals = readData('tbij-yearly.json').totals;
  assert.deepEqual([totals.YEM.minStrikes, totals.YEM.maxStrikes], [453, 493]);
  assert.equal(totals.YEM.records, 318);
  assert.equal(totals.SOM.minStrikes, 122);
  assert.equal(totals.SOM.records, 116);
  assert.deepEqual([totals.PAK.records, totals.PAK.minStrikes, totals.PAK.maxStrikes], [430, 430, 430]);
  for (const code of Object.keys(totals)) {
    assert.equal(yearlyTotal(code, 'maxStrikes'), totals[code].maxStrikes, code);
  }
});

rawTest('yearly strike sums equal a direct sum of the raw file (Afghanistan 2017: 2,609-2,611)', () => {
  const raw = readRawCsv('tbij-drone-strikes/tbij_strikes_all.csv').rows;
  const afg2017 = raw.filter((r) => r.country === 'Afghanistan' && r.date.startsWith('2017'));
  assert.equal(afg2017.reduce((s, r) => s + Number(r.min_strikes), 0), 2609);
  assert.equal(afg2017.reduce((s, r) => s + Number(r.max_strikes), 0), yearly.AFG.maxStrikes[2017 - yearly.AFG.start]);
  const yem = raw.filter((r) => r.country === 'Yemen');
  assert.equal(yem.reduce((s, r) => s + (Number(r.min_strikes) || 0), 0), 453);
  assert.equal(yem.reduce((s, r) => s + (Number(r.max_strikes) || 0), 0), 493);
});

test('the exclusion rule and the incomplete year 2018 are stated in the provenance', () => {
  const source = readData('sources.json')['tbij-strikes'];
  assert.match(source.exclusionRule, /id, a country and a date is kept/);
  assert.deepEqual(source.years.provisionalYears, [2018]);
  assert.equal(source.years.latestCompleteYear, 2017);
  assert.deepEqual(readData('tbij-yearly.json').years.provisionalYears, [2018]);
  for (const raw of source.raw.filter((r) => r.path.endsWith('tbij_strikes_all.csv'))) assert.equal(raw.rowsExcluded, 0);
});

test('death ranges are ordered (min <= max) and dates are ISO, sorted', () => {
  // Injured and strike counts have a few inverted ranges in the source (e.g. Ob193); they are kept as published.
  for (let i = 0; i < count; i++) {
    for (const r of ['Killed', 'Civilians', 'Children']) {
      const lo = strikes[`min${r}`][i];
      const hi = strikes[`max${r}`][i];
      if (lo !== null && hi !== null) assert.ok(lo <= hi, `${strikes.id[i]} ${r}`);
    }
    assert.match(strikes.date[i], /^\d{4}-\d{2}-\d{2}$/);
    if (i) assert.ok(strikes.date[i - 1] <= strikes.date[i]);
  }
});
