// How many countries, and what share of people, live under each Regimes-of-the-World
// category, per year and V-Dem version. Population shares use only coded units
// that have a World Bank series; coverage says how much of the world that is.
import { readRawCsv, num, round } from './lib/raw.mjs';
import { RowLedger } from './lib/ledger.mjs';
import { sortedObject } from './lib/write.mjs';
import { CountryMatcher } from './lib/match.mjs';
import { REGIMES, VDEM_V10_FILE, VDEM_V15_FILE, VDEM_REVISION_CAVEAT } from './lib/regimes.mjs';
import { readPopulation, POPULATION_SOURCE } from './population.mjs';

function yearRanges(years) {
  const ranges = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last[1] === year - 1) last[1] = year;
    else ranges.push([year, year]);
  }
  return ranges;
}

function versionShares(path, population) {
  const file = readRawCsv(path);
  const ledger = new RowLedger(file);
  const popYears = [...population.world.keys()];
  const firstPop = Math.min(...popYears);
  const lastPop = Math.max(...popYears);
  const byYear = new Map();
  const withoutPopulation = new Map();
  for (const row of file.rows) {
    ledger.seen();
    const year = num(row.year);
    const regime = num(row.v2x_regime);
    if (year === null || year < firstPop || year > lastPop) {
      ledger.exclude(`year outside the World Bank population years ${firstPop}–${lastPop}`, row.year);
      continue;
    }
    if (regime === null) {
      ledger.exclude('unit not coded by Regimes of the World that year', `${row.country_text_id} ${year}`);
      continue;
    }
    ledger.used();
    const entry = byYear.get(year) ?? { count: [0, 0, 0, 0], population: [0, 0, 0, 0] };
    entry.count[regime] += 1;
    const people = population.byCountry.get(row.country_text_id)?.get(year);
    if (people === undefined) {
      const years = withoutPopulation.get(row.country_text_id) ?? [];
      withoutPopulation.set(row.country_text_id, [...years, year]);
    } else entry.population[regime] += people;
    byYear.set(year, entry);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const out = { first: years[0], last: years.at(-1), count: [], population: [], share: [], coverage: [] };
  for (let year = out.first; year <= out.last; year++) {
    const { count, population: people } = byYear.get(year);
    const matched = people.reduce((a, b) => a + b, 0);
    out.count.push(count);
    out.population.push(people);
    out.share.push(people.map((p) => round(p / matched, 4)));
    out.coverage.push(round(matched / population.world.get(year), 4));
  }
  // Coded units left out of the population shares, as year ranges.
  out.withoutPopulation = sortedObject([...withoutPopulation].map(([code, list]) => [code, yearRanges(list)]));
  return { ledger, data: out };
}

export function buildRegimeShare() {
  const matcher = new CountryMatcher();
  const population = readPopulation(matcher);
  const v10 = versionShares(VDEM_V10_FILE, population);
  const v15 = versionShares(VDEM_V15_FILE, population);
  return {
    source: {
      id: 'regime-share',
      title: 'Countries and population by regime type (V-Dem Regimes of the World × World Bank population)',
      publisher: 'Derived here from V-Dem (v10 and v15) and World Bank WDI population',
      version: `V-Dem v10 (vdemdata@f6a0490) and v15 (ERT v15.0); ${POPULATION_SOURCE.version}`,
      licence: `V-Dem data, free with citation (CC BY-SA 4.0 per V-Dem; verify); population ${POPULATION_SOURCE.licence}`,
      citation: `Coppedge, M., et al. 2020/2025. "V-Dem Country-Year Dataset v10/v15." Varieties of Democracy (V-Dem) Project, https://doi.org/10.23696/vdemds20 and https://doi.org/10.23696/vdemds25; Lührmann, Tannenberg & Lindberg 2018, "Regimes of the World (RoW)"; ${POPULATION_SOURCE.citation}`,
      url: 'https://v-dem.net/data/the-v-dem-dataset/',
      caveats: [
        VDEM_REVISION_CAVEAT,
        'v10 reproduces Democracy Report 2020 (2019: 92 autocracies, 54% of people); v15 recodes history (2019: 68%), so always label the version.',
        'Counts include every unit V-Dem codes that year; population shares include only coded units with a World Bank series (Taiwan, Somaliland, Zanzibar and Palestine/Gaza have none), so coverage is below 1.',
        '"First time since 2001" in Democracy Report 2020 refers to the number of countries, not to population.',
        'Population is the current World Bank vintage, not the one V-Dem used in 2020.',
        'World Bank series follow today\'s borders: before unification the people of East Germany, South Yemen and South Vietnam are counted under the regime of the V-Dem unit holding today\'s code (DEU, YEM, VNM).',
      ],
      raw: [v10.ledger.toJSON(), v15.ledger.toJSON(), population.ledger.toJSON(), ...matcher.ledgers()],
    },
    files: [
      {
        name: 'regime-share.json',
        data: {
          regimes: REGIMES,
          columns: {
            count: 'coded units per regime category',
            population: 'persons in coded units with World Bank population, per category',
            share: 'population share per category (0–1) among those units',
            coverage: 'their population / World Bank world population (WLD)',
            withoutPopulation: 'coded units with no World Bank population: [first, last] year ranges',
          },
          versions: { v10: v10.data, v15: v15.data },
        },
      },
    ],
  };
}
