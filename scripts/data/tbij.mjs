// TBIJ Drone Warfare strike records (Pakistan, Yemen, Somalia, Afghanistan) as
// compact columns, plus yearly min/max sums per country.
import { readRawCsv, num, round } from './lib/raw.mjs';
import { RowLedger } from './lib/ledger.mjs';
import { CountryMatcher } from './lib/match.mjs';
import { sortedObject } from './lib/write.mjs';
import { toSeries, entryFor } from './lib/yearly.mjs';

const RANGES = ['strikes', 'killed', 'civilians', 'children', 'injured'];
const YEARLY_RANGES = ['killed', 'civilians', 'children', 'injured'];
const cap = (word) => word[0].toUpperCase() + word.slice(1);
const YEARLY_FIELDS = ['records', ...YEARLY_RANGES.flatMap((r) => [`min${cap(r)}`, `max${cap(r)}`])];

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

export function buildTbij() {
  const matcher = new CountryMatcher();
  const file = readRawCsv('tbij-drone-strikes/tbij_strikes_all.csv');
  const ledger = new RowLedger(file);

  const rows = [];
  for (const row of file.rows) {
    ledger.seen();
    const country = matcher.match(row.country);
    if (!country) {
      ledger.exclude('country name not matched to ISO3', row.country);
      continue;
    }
    // Two workbook rows (SOM108, YEM008) have their cells shifted: the location
    // cell holds "1"/"0" and every count is blank, so nothing in them is readable.
    if (/^\d*$/.test(row.location.trim()) && RANGES.every((r) => row[`min_${r}`] === '')) {
      ledger.exclude('row misaligned in the source workbook (cells shifted, no readable values)', row.strike_id);
      continue;
    }
    ledger.used();
    rows.push({ ...row, country });
  }
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
    for (const range of RANGES) {
      columns[`min${cap(range)}`].push(num(row[`min_${range}`]));
      columns[`max${cap(range)}`].push(num(row[`max_${range}`]));
    }

    const entry = entryFor(yearly, row.country, Number(row.date.slice(0, 4)), () =>
      Object.fromEntries(YEARLY_FIELDS.map((field) => [field, 0])),
    );
    entry.records += 1;
    for (const range of YEARLY_RANGES) {
      // Unknown ("-") counts as 0, as in TBIJ's own published totals.
      entry[`min${cap(range)}`] += num(row[`min_${range}`]) ?? 0;
      entry[`max${cap(range)}`] += num(row[`max_${range}`]) ?? 0;
    }
  }

  const yearlyOut = sortedObject([...yearly].map(([code, years]) => [code, toSeries(years, YEARLY_FIELDS, 0)]));

  return {
    source: {
      id: 'tbij-strikes',
      title: 'US strikes in Pakistan, Yemen, Somalia and Afghanistan (TBIJ Drone Warfare)',
      publisher: 'The Bureau of Investigative Journalism (TBIJ); geocoding added by a third party (ctrivino1/Drone-Strike-Analysis)',
      version: 'TBIJ strike tables as in Drone-Strike-Analysis@aa09407 (workbook of 2021-04-13): Pakistan Jun 2004–Jan 2018, Yemen Nov 2002–Nov 2018, Somalia Jan 2007–Nov 2018, Afghanistan Jan 2015–Nov 2018',
      licence: 'TBIJ published the data for reuse with attribution; no formal licence (verify before commercial redistribution)',
      citation: 'The Bureau of Investigative Journalism, Drone Warfare database (thebureauinvestigates.com); geocoding by C. Trivino, github.com/ctrivino1/Drone-Strike-Analysis.',
      url: 'https://www.thebureauinvestigates.com/projects/drone-war',
      caveats: [
        'TBIJ figures are reported ranges (minimum–maximum) from press and official reports, not verified body counts.',
        'Unknown counts ("-") are null in the strike table and count as 0 in the yearly sums, as in TBIJ\'s published totals.',
        'Coordinates are approximate district or village centroids added by a third party; do not present them as impact sites.',
        'usConfirmed: Afghanistan = confirmed by the US (1) or not (0); Yemen/Somalia = "confirmed" (1) or "possible" (0) US strike; Pakistan not coded (null).',
        'A record can bundle several strikes (minStrikes/maxStrikes); AFG501 is TBIJ\'s record of 455 strikes in September 2018 with unknown casualties.',
        'A few source rows have minimum > maximum (Ob193 injured 3–2; some Afghanistan and Yemen strike counts); they are kept as published.',
        'Data end in November 2018; Afghanistan starts in 2015. Two misaligned workbook rows (SOM108, YEM008) are left out.',
      ],
      raw: [ledger.toJSON(), ...matcher.ledgers()],
    },
    files: [
      {
        name: 'tbij-strikes.json',
        data: { count: rows.length, attackTypes: attackTypes.values, strikes: columns },
      },
      {
        name: 'tbij-yearly.json',
        data: {
          note: 'Per country and calendar year: strike records and sums of TBIJ minimum/maximum reported counts (unknown = 0).',
          countries: yearlyOut,
        },
      },
    ],
  };
}
