// Transparency International's Corruption Perceptions Index by country and year: the
// 2012–2018 editions (as packaged by Our World in Data) and the 2023 edition with TI's
// rank, standard error, number of sources and 90% confidence interval. Scores are shipped
// as published (the licence allows no adapted versions).
import { readRawCsv, num } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { CountryMatcher } from './lib/match.mjs';
import { sortedObject } from './lib/write.mjs';

const OWID_FILE = 'owid-ti-cpi/cpi_2012_2018.csv';
const TI_2023_FILE = 'ti-cpi-2023/cpi_2023_scores.csv';
const OWID_SCORE = 'Corruption Perception Index (Transparency International (2016))';
/** OWID names the crosswalk does not know; TI's own code for Kosovo. */
const ALIASES = { Swaziland: 'SWZ', Timor: 'TLS' };
const TI_CODES = { KSV: 'XKX' };

export function buildTiCpi() {
  const matcher = new CountryMatcher(ALIASES);
  const scores = new Map();
  const setScore = (code, year, score) => {
    const years = scores.get(code) ?? new Map();
    scores.set(code, years);
    if (years.has(year)) throw new Error(`cpi: two scores for ${code} ${year}`);
    years.set(year, score);
  };

  const owid = readRawCsv(OWID_FILE);
  const owidLedger = eachRow(owid, (row) => {
    const code = matcher.match(row.Entity);
    const year = num(row.Year);
    const score = num(row[OWID_SCORE]);
    if (!code) return skip('country name without an ISO3 code', row.Entity);
    if (year === null || score === null) return skip('no year or score', row.Entity);
    setScore(code, year, score);
  });

  const ti = readRawCsv(TI_2023_FILE);
  // TI's interval is the score plus or minus a fixed multiple of the standard error; the
  // multiple is read from the rows whose interval is intact, and a cell that lost its
  // decimal point is restored only when it then equals that interval exactly.
  const z = new Set(ti.rows.filter((r) => !r.data_issue).map((r) => ((num(r.cpi_score_2023) - num(r.lower_ci)) / num(r.standard_error)).toFixed(4)));
  if (z.size !== 1) throw new Error(`cpi: the 2023 intervals use more than one multiple of the standard error (${[...z]})`);
  const multiple = Number([...z][0]);
  const restored = [];
  const bound = (row, column, sign) => {
    const value = num(row[column]);
    const expected = num(row.cpi_score_2023) + sign * multiple * num(row.standard_error);
    if (Math.abs(value - expected) < 0.001) return value;
    if (row.data_issue.includes('lost its decimal point') && Math.abs(value / 1000 - expected) < 0.001) {
      if (!restored.includes(row.country)) restored.push(row.country);
      return value / 1000;
    }
    throw new Error(`cpi: ${row.iso3} ${column} ${value} is not the published interval`);
  };
  const detail = {};
  let year2023 = null;
  const tiLedger = eachRow(ti, (row) => {
    const code = TI_CODES[row.iso3] ?? row.iso3;
    if (!matcher.codes.has(code)) return skip('code unknown to the project', row.iso3);
    year2023 = 2023;
    setScore(code, year2023, num(row.cpi_score_2023));
    detail[code] = [num(row.rank), num(row.standard_error), num(row.n_sources), bound(row, 'lower_ci', -1), bound(row, 'upper_ci', 1)];
  });

  const allYears = [...new Set([...scores.values()].flatMap((y) => [...y.keys()]))].sort((a, b) => a - b);
  const first = allYears[0];
  const last = allYears.at(-1);
  const missingYears = [];
  for (let y = first; y <= last; y++) if (!allYears.includes(y)) missingYears.push(y);
  const countries = sortedObject(
    [...scores].map(([code, years]) => {
      const start = Math.min(...years.keys());
      const end = Math.max(...years.keys());
      const score = [];
      for (let y = start; y <= end; y++) score.push(years.get(y) ?? null);
      return [code, { start, score }];
    }),
  );
  const editions = allYears.filter((y) => y < year2023);
  return dataset(
    {
      id: 'ti-cpi',
      title: `Corruption Perceptions Index, ${editions[0]}–${editions.at(-1)} and ${year2023}`,
      publisher: 'Transparency International; the 2012–2018 editions as packaged by Our World in Data',
      version: `Corruption Perceptions Index editions ${editions[0]}–${editions.at(-1)} (Our World in Data package of May 2019) and ${year2023} (full data set, released January 2024)`,
      origin: 'CPI 2012–2018: github.com/owid/owid-datasets, commit ec87e87, names matched to ISO3. CPI 2023: TI full data set as copied in github.com/andersonlmarchi/cpi-analisys (commit 4683b8d), headline columns; Kosovo KSV recoded XKX.',
      citation: `Transparency International, Corruption Perceptions Index ${editions[0]}–${editions.at(-1)} and ${year2023}, CC BY-ND 4.0, https://www.transparency.org/en/cpi`,
      url: 'https://www.transparency.org/en/cpi',
      caveats: [
        'Scores run from 0 (highly corrupt) to 100 (very clean) and are perceptions of public-sector corruption among experts and business people, not measured corruption.',
        `The ${missingYears[0]}–${missingYears.at(-1)} editions are not in the data: that gap is shown as missing, not filled in.`,
        `Scores are shown as Transparency International published them, with no rescaling or estimates: the index is licensed CC BY-ND 4.0, which does not allow adapted versions to be shared. Whether a chart of the scores counts as an adapted version has not been confirmed with Transparency International.`,
        `Only the ${year2023} edition comes with TI's rank, standard error, number of sources and 90% confidence interval. A change of a few points between years may be within the margin of error.`,
        ...(restored.length === 0 ? [] : [`The ${year2023} confidence interval of ${restored.join(', ')} had lost its decimal point in the copy used and was restored; the restored bounds agree with the published score and standard error.`]),
      ],
      dataNotes: [
        `countries: ISO3 -> { start, score: one value per year from start, null for years without a score }. detail: for its year, ISO3 -> [rank, standard error, number of sources, lower, upper] with the 90% interval (score minus and plus ${multiple} standard errors).`,
      ],
    },
    [owidLedger, tiLedger, ...matcher.ledgers()],
    {
      first,
      last,
      missingYears,
      countries,
      detail: { year: year2023, columns: ['rank', 'se', 'sources', 'lower', 'upper'], countries: sortedObject(Object.entries(detail)) },
    },
  );
}
