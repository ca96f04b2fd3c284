// World Bank total population by country, 1960–2024, plus the World (WLD) total
// used as the denominator for coverage figures.
import { readRawCsv, num } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { CountryMatcher } from './lib/match.mjs';
import { sortedObject } from './lib/write.mjs';
import { toSeries } from './lib/yearly.mjs';

export const POPULATION_FILE = 'worldbank-population/population.csv';
const WORLD = 'WLD';

/**
 * Reads the World Bank file once and sorts rows into countries, the world total
 * and excluded aggregates. Shared with the regime-share builder.
 */
export function readPopulation(matcher = new CountryMatcher()) {
  const file = readRawCsv(POPULATION_FILE);
  const byCountry = new Map();
  const world = new Map();
  const ledger = eachRow(file, (row) => {
    const code = row['Country Code'];
    const year = num(row.Year);
    const value = num(row.Value);
    if (year === null || value === null) return skip('no year or no population value', `${code} ${row.Year}`);
    if (code === WORLD) {
      world.set(year, value);
      return;
    }
    const aggregate = matcher.nonCountryName('wb_population', code);
    if (aggregate !== null) return skip('World Bank aggregate or grouping, not an ISO country', `${code} ${aggregate}`);
    if (!matcher.codes.has(code)) return skip('code not in the ISO crosswalk', code);
    const years = byCountry.get(code) ?? new Map();
    years.set(year, value);
    byCountry.set(code, years);
  });
  return { file, ledger, byCountry, world };
}

const series = (years) => toSeries(new Map([...years].map(([year, pop]) => [year, { pop }])), ['pop']);

export const POPULATION_SOURCE = {
  publisher: 'World Bank, World Development Indicators (via datasets/population on GitHub)',
  version: 'World Development Indicators, data to 2024 (copy of 6 March 2026)',
  origin: 'github.com/datasets/population, commit 425fc44 (2026-03-06), data package PDDL 1.0 over World Bank data.',
  citation: 'World Bank, World Development Indicators, Population, total (SP.POP.TOTL). https://data.worldbank.org/indicator/SP.POP.TOTL',
  url: 'https://data.worldbank.org/indicator/SP.POP.TOTL',
};

export function buildPopulation() {
  const matcher = new CountryMatcher();
  const { ledger, byCountry, world } = readPopulation(matcher);
  const years = [...world.keys()];
  return dataset(
    {
      id: 'population',
      title: 'Population, total, by country and year',
      ...POPULATION_SOURCE,
      caveats: [
        'Mid-year estimates in persons; the World Bank revises back years with each release.',
        'Countries only: World Bank regional, income and lending aggregates are excluded; the World total (WLD) is shipped separately.',
        'No series for Taiwan (not in World Bank data); Kosovo is XKX.',
      ],
    },
    [ledger, ...matcher.ledgers()],
    {
      unit: 'persons',
      first: Math.min(...years),
      last: Math.max(...years),
      world: series(world),
      countries: sortedObject([...byCountry].map(([code, y]) => [code, series(y)])),
    },
  );
}
