// UCDP series against the figures in their SOURCE.md files and the raw files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRawCsv } from '../../scripts/data/lib/raw.mjs';
import { readData, valueAt, rawTest } from './helpers.mjs';

const deaths = readData('ucdp-conflict-deaths.json');
const byType = readData('ucdp-violence-by-type.json');
const acd = readData('ucdp-us-conflicts.json');

rawTest('GED v19.1: 196 entities, 1989-2018, every death count equal to the raw file', () => {
  const raw = readRawCsv('owid-ucdp-ged-conflict-deaths/conflict_deaths_ucdp_ged_v19_1.csv').rows;
  const shipped = { ...deaths.countries, ...deaths.other };
  assert.equal(Object.keys(shipped).length, 196);
  assert.equal(new Set(raw.map((r) => r.Entity)).size, 196);
  const byName = { Afghanistan: 'AFG', Syria: 'SYR', Swaziland: 'SWZ', Timor: 'TLS', 'Democratic Republic of Congo': 'COD' };
  for (const [name, code] of Object.entries(byName)) {
    for (const row of raw.filter((r) => r.Entity === name)) {
      assert.equal(valueAt(deaths.countries[code], 'deaths', Number(row.Year)), Number(row['Direct conflict deaths']), `${name} ${row.Year}`);
    }
  }
  const total = (rows) => rows.reduce((s, r) => s + Number(r['Direct conflict deaths']), 0);
  const shippedTotal = Object.values(shipped).reduce((s, c) => s + c.deaths.reduce((a, b) => a + (b ?? 0), 0), 0);
  assert.equal(shippedTotal, total(raw));
  const years = Object.values(shipped).flatMap((c) => [c.start, c.start + c.deaths.length - 1]);
  assert.deepEqual([Math.min(...years), Math.max(...years)], [1989, 2018]);
});

test('GED v21.1: Africa 1994 one-sided deaths = 539,211 (Rwandan genocide)', () => {
  assert.equal(valueAt(byType.regions.Africa, 'oneSided', 1994), 539211);
});

test('GED v21.1: World one-sided deaths 5,320 in 2019 and 8,023 in 2020', () => {
  assert.equal(valueAt(byType.regions.World, 'oneSided', 2019), 5320);
  assert.equal(valueAt(byType.regions.World, 'oneSided', 2020), 8023);
});

test('GED v21.1: the three types add up to "all" and the five regions to the World', () => {
  const regions = ['Africa', 'Americas', 'Asia', 'Europe', 'Middle East'];
  for (let year = 1989; year <= 2020; year++) {
    for (const [name, r] of Object.entries(byType.regions)) {
      const parts = ['stateBased', 'nonState', 'oneSided'].map((k) => valueAt(r, k, year));
      assert.equal(parts[0] + parts[1] + parts[2], valueAt(r, 'all', year), `${name} ${year}`);
    }
    const sum = regions.reduce((s, name) => s + valueAt(byType.regions[name], 'all', year), 0);
    assert.equal(sum, valueAt(byType.regions.World, 'all', year), `${year}`);
    assert.equal(valueAt(byType.regions.Africa, 'allRate', year), null);
  }
});

rawTest('ACD v25.1: 303 conflicts, 2,752 conflict-years, 169 with the US as party or troop supporter', () => {
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  assert.equal(sum(acd.perYear.conflicts), 2752);
  assert.equal(sum(acd.perYear.usConflicts), 169);
  const usYears = Object.values(acd.conflicts).reduce((s, c) => s + c.years.length, 0);
  assert.equal(usYears, 169);
  const raw = readRawCsv('ucdp-prio-acd/ucdp_prio_acd_1946_2024.csv').rows;
  assert.equal(new Set(raw.map((r) => r.conflict_id)).size, 303);
  const rawUs = new Set(raw.filter((r) => r.us_involved === '1').map((r) => r.conflict_id));
  assert.deepEqual(Object.keys(acd.conflicts).sort(), [...rawUs].sort());
  assert.equal(acd.perYear.start, 1946);
  assert.equal(acd.perYear.conflicts.length, 2024 - 1946 + 1);
});

rawTest('ACD: every US conflict-year lists the US (GW 2) on the side its role says', () => {
  for (const conflict of Object.values(acd.conflicts)) {
    for (const [, intensity, role, sideA, sideB] of conflict.years) {
      assert.ok([1, 2].includes(intensity));
      assert.ok(role.length > 0);
      if (role.includes('A')) assert.ok(sideA.includes(2));
      if (role.includes('B')) assert.ok(sideB.includes(2));
    }
  }
});

test('Syria after 2010 is missing (no data), never 0 (issue #10)', () => {
  const deaths = readData('ucdp-conflict-deaths.json');
  const syr = deaths.countries.SYR;
  assert.equal(deaths.last, 2018);
  for (let year = 2011; year <= 2018; year++) {
    assert.equal(syr.deaths[year - syr.start], null, `${year}`);
    assert.equal(syr.rate[year - syr.start], null, `${year}`);
  }
  // The series runs to the last year explicitly, so no reader can fall off its end into a 0.
  assert.equal(syr.start + syr.deaths.length - 1, 2018);
  assert.deepEqual(deaths.gaps.SYR, [2011, 2018]);
});

rawTest('the raw GED v19.1 file has no Syria rows after 2010', () => {
  const raw = readRawCsv('owid-ucdp-ged-conflict-deaths/conflict_deaths_ucdp_ged_v19_1.csv').rows;
  const years = raw.filter((r) => r.Entity === 'Syria').map((r) => Number(r.Year));
  assert.equal(Math.max(...years), 2010);
});
