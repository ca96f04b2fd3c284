// TBIJ Drone Warfare strike records (Pakistan, Yemen, Somalia, Afghanistan) as
// compact columns, plus yearly min/max sums per country.
import { readRawCsv, num, round } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { CountryMatcher } from './lib/match.mjs';
import { sortedObject } from './lib/write.mjs';
import { toSeries, entryFor } from './lib/yearly.mjs';
import { coverageStatus, COVERAGE_RULE } from './lib/provisional.mjs';

const RANGES = ['strikes', 'killed', 'civilians', 'children', 'injured'];
const YEARLY_RANGES = ['strikes', 'killed', 'civilians', 'children', 'injured'];
const cap = (word) => word[0].toUpperCase() + word.slice(1);
const YEARLY_FIELDS = ['records', ...YEARLY_RANGES.flatMap((r) => [`min${cap(r)}`, `max${cap(r)}`])];

/** What each yearly field counts, for readers of the file. */
const YEARLY_DOC = {
  records: 'TBIJ records (rows of its tables); one record can stand for several strikes',
  minStrikes: 'sum of TBIJ minimum strike counts: at least this many strikes',
  maxStrikes: 'sum of TBIJ maximum strike counts',
  minKilled: 'sum of minimum people killed', maxKilled: 'sum of maximum people killed',
  minCivilians: 'sum of minimum civilians killed', maxCivilians: 'sum of maximum civilians killed',
  minChildren: 'sum of minimum children killed', maxChildren: 'sum of maximum children killed',
  minInjured: 'sum of minimum people injured', maxInjured: 'sum of maximum people injured',
};

// The one exclusion rule: a row is kept when it has a TBIJ id, a country and a date.
// Cells that cannot be read are unknown (null): blanks, "-", and every cell after the
// point where a workbook row's cells are shifted.
const EXCLUSION_RULE =
  'Every TBIJ record with an id, a country and a date is kept. Values that cannot be read are unknown (null): blank cells, "-", and, in the two workbook rows whose cells are shifted (SOM108, YEM008), every cell after the shift; their place and coordinates are read from the country table where they stand before the shift. Unknown counts add nothing to the sums.';

// TBIJ's Pakistan table has one row per strike and no strike-count column (its published
// total of 430 strikes is the row count), so each Pakistan record counts as one strike.
const ONE_STRIKE_PER_RECORD = new Set(['PAK']);

// Afghanistan codes "US confirmed?" as 1/0; Yemen and Somalia "Confirmed/possible US strike".
const CONFIRMED = { 1: 1, Confirmed: 1, 0: 0, Possible: 0 };

/** Strings repeated across rows (attack types) are stored once and referenced by index. */
function dictionary() {
  const values = [];
  const index = new Map();
  return {
    values,
    ref(value) {
      if (!value) return null;
      if (!index.has(value)) index.set(value, values.push(value) - 1);
      return index.get(value);
    },
  };
}

const COUNTRY_FILES = { SOM: 'tbij-drone-strikes/tbij_somalia.csv', YEM: 'tbij-drone-strikes/tbij_yemen.csv' };
const countryTables = new Map();

/**
 * A record whose cells are shifted in the workbook: id, country and date stand before
 * the shift and are kept; so are the place and the coordinate pair of the country
 * table, which stand before the counts. Everything else is unknown.
 */
function shiftedRow(row, country) {
  if (!countryTables.has(country)) {
    const file = readRawCsv(COUNTRY_FILES[country]);
    countryTables.set(country, { file, used: new Set(), byId: new Map(file.rows.map((r) => [r['Strike ID'], r])) });
  }
  const table = countryTables.get(country);
  const original = table.byId.get(row.strike_id);
  if (original) table.used.add(row.strike_id);
  const cells = original ? Object.values(original) : [];
  const place = original?.Location && original.Location !== 'Unknown' ? original.Location : '';
  const pair = cells.map((c) => /^(-?\d+\.\d+),\s*(-?\d+\.\d+)$/.exec(String(c).trim())).find(Boolean);
  const blank = Object.fromEntries(Object.keys(row).map((k) => [k, '']));
  return {
    ...blank,
    strike_id: row.strike_id,
    date: row.date,
    country,
    location: place,
    latitude: pair ? pair[1] : '',
    longitude: pair ? pair[2] : '',
    shifted: true,
  };
}

export function buildTbij() {
  countryTables.clear();
  const matcher = new CountryMatcher();
  const rows = [];
  const ledger = eachRow(readRawCsv('tbij-drone-strikes/tbij_strikes_all.csv'), (row) => {
    const country = matcher.match(row.country);
    if (!country) return skip('country name not matched to ISO3', row.country);
    if (!row.strike_id || !/^\d{4}-\d{2}-\d{2}$/.test(row.date)) return skip('no TBIJ id or no date', row.strike_id);
    // A shifted row: the location cell holds "1"/"0" and every count is blank.
    const shifted = /^\d*$/.test(row.location.trim()) && RANGES.every((r) => row[`min_${r}`] === '');
    rows.push(shifted ? shiftedRow(row, country) : { ...row, country });
  });
  // Stable order independent of the extract: date, then TBIJ id.
  rows.sort((a, b) => (a.date === b.date ? (a.strike_id < b.strike_id ? -1 : 1) : a.date < b.date ? -1 : 1));

  const attackTypes = dictionary();
  const columns = {
    id: [],
    date: [],
    country: [],
    location: [],
    lat: [],
    lon: [],
    attackType: [],
    usConfirmed: [],
    drone: [],
    source: [],
  };
  for (const range of RANGES) {
    columns[`min${cap(range)}`] = [];
    columns[`max${cap(range)}`] = [];
  }
  const yearly = new Map();
  for (const row of rows) {
    columns.id.push(row.strike_id);
    columns.date.push(row.date);
    columns.country.push(row.country);
    columns.location.push(row.location || null);
    // Coordinates are third-party district/village centroids; 3 decimals (~100 m) is already finer than that.
    columns.lat.push(round(num(row.latitude), 3));
    columns.lon.push(round(num(row.longitude), 3));
    columns.attackType.push(attackTypes.ref(row.attack_type));
    columns.usConfirmed.push(CONFIRMED[row.us_confirmed] ?? null);
    columns.drone.push(num(row.reportedly_drone));
    columns.source.push(row.source_link || null);
    const oneStrike = ONE_STRIKE_PER_RECORD.has(row.country);
    for (const range of RANGES) {
      const one = oneStrike && range === 'strikes' ? 1 : null;
      columns[`min${cap(range)}`].push(one ?? num(row[`min_${range}`]));
      columns[`max${cap(range)}`].push(one ?? num(row[`max_${range}`]));
    }

    const entry = entryFor(yearly, row.country, Number(row.date.slice(0, 4)), () =>
      Object.fromEntries(YEARLY_FIELDS.map((field) => [field, 0])),
    );
    entry.records += 1;
    const i = columns.id.length - 1;
    for (const range of YEARLY_RANGES) {
      // Unknown ("-") counts as 0, as in TBIJ's own published totals.
      entry[`min${cap(range)}`] += columns[`min${cap(range)}`][i] ?? 0;
      entry[`max${cap(range)}`] += columns[`max${cap(range)}`][i] ?? 0;
    }
  }

  const yearlyOut = sortedObject([...yearly].map(([code, years]) => [code, toSeries(years, YEARLY_FIELDS, 0)]));
  // Whole-period totals per country, in the same fields.
  const totals = sortedObject(
    Object.entries(yearlyOut).map(([code, series]) => [
      code,
      Object.fromEntries(YEARLY_FIELDS.map((f) => [f, series[f].reduce((a, b) => a + b, 0)])),
    ]),
  );
  // Country tables: only the rows of shifted records are read; the rest are in the combined table.
  const countryLedgers = [...countryTables.values()].map(({ file, used }) =>
    eachRow(file, (r) => {
      if (!used.has(r['Strike ID'])) return skip('same record as in the combined table (country table read only for shifted rows)', r['Strike ID']);
    }),
  );
  const years = coverageStatus(Number(rows[0].date.slice(0, 4)), rows.at(-1).date);

  return dataset(
    {
      id: 'tbij-strikes',
      title: 'US strikes in Pakistan, Yemen, Somalia and Afghanistan (TBIJ Drone Warfare)',
      publisher: 'The Bureau of Investigative Journalism (TBIJ), Drone Warfare project, now archived by Airwars; map positions added by C. Trivino',
      version: 'TBIJ strike tables as copied in April 2021: Pakistan Jun 2004–Jan 2018, Yemen Nov 2002–Nov 2018, Somalia Jan 2007–Nov 2018, Afghanistan Jan 2015–Nov 2018',
      origin: 'Workbook "Drone Strike Data.xlsx" (2021-04-13) in github.com/ctrivino1/Drone-Strike-Analysis, commit aa09407664ce84b64c9799703c5b231017e9e67d; extracted to shared/datasets/raw/tbij-drone-strikes.',
      citation: 'The Bureau of Investigative Journalism, Drone Warfare database (2011–2020), archived by Airwars at https://beta.airwars.org/archives/bij-drone-war; map positions by C. Trivino, Drone-Strike-Analysis (GitHub).',
      url: 'https://beta.airwars.org/archives/bij-drone-war',
      caveats: [
        'TBIJ figures are reported ranges (minimum–maximum) from press and official reports, not verified body counts.',
        'One TBIJ record can stand for many strikes (one Afghanistan record of September 2018 is 455 strikes), so numbers of strikes are TBIJ\'s minimum–maximum strike counts, not numbers of records.',
        'Map positions are approximate district or village centres added by a third party; do not present them as impact sites.',
        'Yemen and Somalia records are marked confirmed or possible U.S. strikes; Afghanistan records say whether the U.S. confirmed them; Pakistan records are not marked.',
        'Unknown counts add nothing to the totals, as in TBIJ\'s own published totals.',
        'A few source records give a minimum above the maximum; they are kept as published.',
        'Data end in November 2018, so 2018 is incomplete; Afghanistan starts in 2015.',
      ],
      dataNotes: [
        'tbij-yearly.json: records = TBIJ rows; minStrikes/maxStrikes = sums of TBIJ strike counts (show strikes as "≥ minStrikes" or "minStrikes–maxStrikes", records as "records"); the other min/max fields sum casualty ranges. totals = the same fields over all years. years = coverage and provisional years.',
        'Pakistan: TBIJ\'s table has no strike-count column and one row per strike; each Pakistan record counts as one strike (minStrikes = maxStrikes = 1), matching TBIJ\'s published 430 strikes.',
        'usConfirmed: Afghanistan = confirmed by the US (1) or not (0); Yemen/Somalia = "confirmed" (1) or "possible" (0); Pakistan null.',
        'Two shifted workbook rows (SOM108, YEM008) are kept with id, date and (SOM108) place and coordinates; every count is null. They count as records and add nothing to sums, so strike and casualty maxima for Somalia 2018 and Yemen 2010 may be low.',
        'Rows with min > max are kept as published (Ob193 injured 3–2; strike counts AFG301, AFG322, AFG339, AFG350, AFG376, AFG390, AFG487, YEM265, YEM278).',
      ],
      exclusionRule: EXCLUSION_RULE,
      provisionalRule: COVERAGE_RULE,
      years,
    },
    [ledger, ...countryLedgers, ...matcher.ledgers()],
    { count: rows.length, attackTypes: attackTypes.values, strikes: columns },
    {
      'tbij-yearly.json': {
        note: 'Per country and calendar year: TBIJ records and sums of TBIJ minimum/maximum counts (unknown = 0). A record can stand for several strikes: strikes are minStrikes–maxStrikes.',
        fields: YEARLY_DOC,
        years,
        totals,
        countries: yearlyOut,
      },
    },
  );
}
