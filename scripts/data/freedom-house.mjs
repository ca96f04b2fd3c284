// Freedom in the World: status and PR/CL ratings by year under review (1972–2023)
// and 0–100 scores by edition 2013–2024, with edition and data year kept apart.
import { readRawCsv, num } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { CountryMatcher } from './lib/match.mjs';
import { sortedObject } from './lib/write.mjs';
import { toSeries, entryFor } from './lib/yearly.mjs';

const DIR = 'freedom-house-fiw';
// Divided states follow V-Dem's units, as in the rest of the project.
const ALIASES = {
  'Germany, W.': 'DEU',
  'Germany, E.': 'DDR',
  'Yemen, N.': 'YEM',
  'Yemen, S.': 'YMD',
  'Vietnam, N.': 'VNM',
  'Vietnam, S.': 'VDR',
};
const STATUSES = new Set(['F', 'PF', 'NF']);

/** FH name -> ISO3: divided-state aliases, then the freedomhouse package's ISO-coded table, then the crosswalk. */
function fhNames(matcher) {
  const byName = new Map();
  const ledger = eachRow(readRawCsv(`${DIR}/fh_ratings_status_iso_1972_2023.csv`), (row) => {
    if (!row.iso3c) return skip('no ISO3 in the package table (historical or non-ISO state); matched by name instead', row.country);
    byName.set(row.country, row.iso3c);
  });
  // The package codes both Germanys (and both Yemens) with today's ISO3, so the aliases win.
  return { ledger, match: (name) => ALIASES[name] ?? byName.get(name) ?? matcher.match(name) };
}

/**
 * FH footnotes a few cells with two ratings (South Africa 1972: "2(5)", "F (NF)",
 * separate ratings for two population groups). FH leaves such rows out of its own
 * counts, so they are shipped as null with the raw cells listed in `footnoted`.
 */
function readRating(row, footnoted, where) {
  const cells = { status: row.status.trim(), pr: row.pr_rating.trim(), cl: row.cl_rating.trim() };
  if (STATUSES.has(cells.status) && /^[1-7]$/.test(cells.pr) && /^[1-7]$/.test(cells.cl)) {
    return { status: cells.status, pr: Number(cells.pr), cl: Number(cells.cl) };
  }
  footnoted[where] = `${cells.status} / PR ${cells.pr} / CL ${cells.cl}`;
  return { status: null, pr: null, cl: null };
}

/**
 * The rated rows of one FH table by year: countries keyed by ISO3, other states and
 * territories by FH name (territories with their ISO3 where one exists).
 */
class FhTable {
  constructor(names) {
    this.names = names;
    this.countries = new Map();
    this.other = new Map();
    this.territories = new Map();
    this.territoryCodes = new Map();
  }

  add(name, territory, year, values, where) {
    const code = this.names.match(name);
    if (territory) {
      if (code) this.territoryCodes.set(name, code);
      place(this.territories, name, year, values, where);
    } else place(code ? this.countries : this.other, code ?? name, year, values, where);
  }

  /** countries, other (when `withOther`) and territories as series of `fields`. */
  series(fields, withOther) {
    const out = (store, codes) =>
      sortedObject([...store].map(([key, years]) => [key, { ...(codes?.has(key) ? { code: codes.get(key) } : {}), ...toSeries(years, fields) }]));
    return {
      countries: out(this.countries),
      ...(withOther ? { other: out(this.other) } : {}),
      territories: out(this.territories, this.territoryCodes),
    };
  }
}

function place(store, key, year, values, where) {
  const entry = entryFor(store, key, year, () => null);
  if (entry !== null) throw new Error(`Freedom House: two rated rows for ${where}`);
  store.get(key).set(year, values);
}

function ratings(names) {
  const table = new FhTable(names);
  const editions = new Map();
  const footnoted = {};
  const ledger = eachRow(readRawCsv(`${DIR}/fiw_ratings_1972_2023_long.csv`), (row) => {
    const year = num(row.year_under_review_end);
    const name = row.country_territory;
    const where = `${name} ${row.year_under_review_end}`;
    if (year === null || row.status.trim() === '') return skip('not rated that year (state did not exist or was not covered)', where);
    editions.set(year, { edition: row.survey_edition, reviewPeriod: row.years_under_review });
    table.add(name, row.ct === 't', year, readRating(row, footnoted, where), where);
  });
  const { countries, other, territories } = table.series(['status', 'pr', 'cl'], true);
  return {
    ledger,
    data: {
      yearKey: 'year under review (last calendar year of the review period); edition = the report published after it',
      editions: toSeries(editions, ['edition', 'reviewPeriod']),
      countries,
      other,
      territories,
      footnoted: sortedObject(Object.entries(footnoted)),
    },
  };
}

function scores(names) {
  const table = new FhTable(names);
  let firstEdition = Infinity;
  const ledger = eachRow(readRawCsv(`${DIR}/fiw_scores_2013_2024.csv`), (row) => {
    const edition = num(row.Edition);
    const name = row['Country/Territory'];
    if (edition === null || !STATUSES.has(row.Status)) return skip('no edition or status', `${name} ${row.Edition}`);
    firstEdition = Math.min(firstEdition, edition);
    const territory = row['C/T'] === 't';
    if (!territory && !names.match(name)) throw new Error(`Freedom House scores: country name not matched: ${name}`);
    const values = {
      status: row.Status,
      prRating: num(row['PR rating']),
      clRating: num(row['CL rating']),
      pr: num(row.PR),
      cl: num(row.CL),
      total: num(row.Total),
    };
    // Each edition reports on the previous calendar year.
    table.add(name, territory, edition - 1, values, `${name} ${edition}`);
  });
  return {
    ledger,
    data: {
      yearKey: 'data year = edition − 1 (FIW 2024 covers 2023)',
      firstEdition,
      ...table.series(['status', 'prRating', 'clRating', 'pr', 'cl', 'total'], false),
    },
  };
}

export function buildFreedomHouse() {
  const matcher = new CountryMatcher(ALIASES);
  const names = fhNames(matcher);
  const r = ratings(names);
  const s = scores(names);
  return dataset(
    {
      id: 'freedom-house',
      title: 'Freedom in the World: status, political rights and civil liberties ratings (1972–2023) and scores (2012–2023)',
      publisher: 'Freedom House (workbooks as stored in the freedomhouse R package by M. Vargas Sepúlveda)',
      version: 'Freedom in the World 2024 edition (ratings 1973–2024 and scores 2013–2024 workbooks)',
      origin: 'Country_and_Territory_Ratings_and_Statuses_FIW_1973-2024.xlsx and All_data_FIW_2013-2024.xlsx as stored in github.com/pachadotdev/freedomhouse, commit 6f48484.',
      citation: 'Freedom House. 2024. Freedom in the World 2024. Washington, DC: Freedom House. https://freedomhouse.org/report/freedom-world',
      url: 'https://freedomhouse.org/report/freedom-world',
      caveats: [
        'A Freedom House edition describes the year before it: Freedom in the World 2024 describes 2023. Figures are shown by the year described.',
        'Review periods 1982–1989 are irregular (e.g. Aug 1982–Nov 1983); there is no rating keyed to 1981 because the 1982 edition covered Jan 1981–Aug 1982.',
        'PR/CL ratings run 1 (most free) to 7 (least free); scores: political rights 0–40, civil liberties 0–60, total 0–100. Ratings before 2003 are not comparable with the scores.',
        'Where Freedom House gives two ratings (South Africa 1972), no rating is shown, as Freedom House leaves them out of its own counts.',
        'Divided states (the two Germanys, Yemens and Vietnams) are shown separately, as V-Dem does; Czechoslovakia, Yugoslavia, Serbia and Montenegro, and territories are kept apart from today\'s countries.',
        'FIW 2025 (data year 2024) is not included.',
      ],
      dataNotes: [
        'Ratings are keyed by the year under review and carry their edition label; scores are keyed by data year with firstEdition given. Two-rating cells are null; the raw cells are in ratings.footnoted.',
        'Divided states: West Germany = DEU, East Germany = DDR, North Yemen = YEM, South Yemen = YMD, North Vietnam = VNM, South Vietnam = VDR; Czechoslovakia, Yugoslavia and Serbia and Montenegro are under "other"; territories keyed by FH name, with an ISO code where one exists.',
      ],
    },
    [r.ledger, s.ledger, names.ledger, ...matcher.ledgers()],
    { ratings: r.data, scores: s.data },
  );
}
