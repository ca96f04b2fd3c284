// How many countries, and what share of people, live under each Regimes-of-the-World
// category, per year and V-Dem version. Population shares use only coded units
// that have a World Bank series; coverage says how much of the world that is.
import { readRawCsv, num, round } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
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

// People V-Dem codes under another unit at the time: World Bank series follow today's
// borders, but before a state's independence V-Dem codes its territory as part of the
// union it belonged to. In a year when the successor is not coded itself (and no later
// than `until`), its population counts under that union's regime.
export const PREDECESSORS = {
  RUS: { name: 'the Soviet Union (V-Dem unit Russia)', until: 1991, members: ['ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LTU', 'LVA', 'MDA', 'TJK', 'TKM', 'UKR', 'UZB'] },
  PAK: { name: 'Pakistan', until: 1971, members: ['BGD'] },
  CZE: { name: 'Czechoslovakia (V-Dem unit Czechia)', until: 1992, members: ['SVK'] },
  SRB: { name: 'Yugoslavia, then Serbia and Montenegro (V-Dem unit Serbia)', until: 2008, members: ['BIH', 'HRV', 'MKD', 'MNE', 'SVN', 'XKX'] },
  SDN: { name: 'Sudan', until: 2010, members: ['SSD'] },
};
const PREDECESSOR_OF = new Map(
  Object.entries(PREDECESSORS).flatMap(([unit, { until, members }]) => members.map((m) => [m, { unit, until }])),
);

export const MAPPING_NOTE = `Population counted under the unit V-Dem coded at the time, in years when the country is not coded itself: ${Object.entries(
  PREDECESSORS,
)
  .map(([, { name, until, members }]) => `${members.join(', ')} under ${name} (to ${until} at the latest)`)
  .join('; ')}.`;

function versionShares(path, population) {
  const file = readRawCsv(path);
  const popYears = [...population.world.keys()];
  const firstPop = Math.min(...popYears);
  const lastPop = Math.max(...popYears);
  const byYear = new Map();
  const withoutPopulation = new Map();
  const regimeOf = new Map();
  for (const row of file.rows) {
    const regime = num(row.v2x_regime);
    if (regime !== null) regimeOf.set(`${row.country_text_id} ${num(row.year)}`, regime);
  }
  const reassigned = new Map();
  const ledger = eachRow(file, (row) => {
    const year = num(row.year);
    const regime = num(row.v2x_regime);
    if (year === null || year < firstPop || year > lastPop) {
      return skip(`year outside the World Bank population years ${firstPop}–${lastPop}`, row.year);
    }
    if (regime === null) return skip('unit not coded by Regimes of the World that year', `${row.country_text_id} ${year}`);
    const entry = byYear.get(year) ?? { count: [0, 0, 0, 0], population: [0, 0, 0, 0] };
    entry.count[regime] += 1;
    const people = population.byCountry.get(row.country_text_id)?.get(year);
    if (people === undefined) {
      const years = withoutPopulation.get(row.country_text_id) ?? [];
      withoutPopulation.set(row.country_text_id, [...years, year]);
    } else entry.population[regime] += people;
    byYear.set(year, entry);
  });
  // Successor states not coded in a year: their people under the union's regime.
  for (const [code, { unit, until }] of PREDECESSOR_OF) {
    for (const [year, people] of population.byCountry.get(code) ?? []) {
      if (year > until || !byYear.has(year) || regimeOf.has(`${code} ${year}`)) continue;
      const regime = regimeOf.get(`${unit} ${year}`);
      if (regime === undefined) continue;
      byYear.get(year).population[regime] += people;
      reassigned.set(code, [...(reassigned.get(code) ?? []), year]);
    }
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
  // World Bank countries counted under another V-Dem unit: { code: [unit, [first, last] ranges] }.
  out.countedUnder = sortedObject(
    [...reassigned].map(([code, list]) => [code, { unit: PREDECESSOR_OF.get(code).unit, years: yearRanges(list) }]),
  );
  return { ledger, data: out };
}

export function buildRegimeShare() {
  const matcher = new CountryMatcher();
  const population = readPopulation(matcher);
  const v10 = versionShares(VDEM_V10_FILE, population);
  const v15 = versionShares(VDEM_V15_FILE, population);
  return dataset(
    {
      id: 'regime-share',
      title: 'Countries and population by regime type (V-Dem Regimes of the World × World Bank population)',
      publisher: 'Derived here from V-Dem (v10 and v15) and World Bank WDI population',
      version: `V-Dem v10 (2020) and v15 (2025); World Bank population, ${POPULATION_SOURCE.version}`,
      edition: 'V-Dem v10 and v15',
      origin: `V-Dem v10: vdemdata commit f6a0490 inst/episodes.csv; v15: ERT v15.0 ert.csv; ${POPULATION_SOURCE.origin}`,
      citation: `Coppedge, M., et al. 2020/2025. "V-Dem Country-Year Dataset v10/v15." Varieties of Democracy (V-Dem) Project, https://doi.org/10.23696/vdemds20 and https://doi.org/10.23696/vdemds25; Lührmann, Tannenberg & Lindberg 2018, "Regimes of the World (RoW)"; ${POPULATION_SOURCE.citation}`,
      url: 'https://v-dem.net/data/the-v-dem-dataset/',
      caveats: [
        VDEM_REVISION_CAVEAT,
        'v10 reproduces Democracy Report 2020 (2019: 92 autocracies, 54% of people); v15 recodes history (2019: 68%), so always label the version.',
        'Counts include every unit V-Dem codes that year; population shares include only units with World Bank population figures (Taiwan, Somaliland, Zanzibar and Palestine/Gaza have none), so a little of the world is not covered.',
        '"First time since 2001" in Democracy Report 2020 refers to the number of countries, not to population.',
        'Population is the current World Bank vintage, not the one V-Dem used in 2020.',
        'Before independence, people of the Soviet republics, Bangladesh (to 1970), Slovakia (to 1992), the Yugoslav republics and South Sudan are counted under the state V-Dem coded them in (the Soviet Union, Pakistan, Czechoslovakia, Yugoslavia, Sudan).',
        'Population figures follow today\'s borders and none exist for East Germany, South Yemen or South Vietnam: their people are counted under West Germany, North Yemen and North Vietnam, so before 1991 the share in autocracies is slightly understated (East Germans are counted under a democracy).',
      ],
      populationMapping: MAPPING_NOTE,
      dataNotes: [
        'versions.<v10|v15>: count/population/share per regime index 0–3 from first; coverage = counted population / World Bank world total; withoutPopulation = coded units without World Bank population; countedUnder = World Bank countries counted under another V-Dem unit, with year ranges; edition = on-screen label.',
      ],
    },
    [v10.ledger, v15.ledger, population.ledger, ...matcher.ledgers()],
    {
      regimes: REGIMES,
      columns: {
        count: 'coded units per regime category',
        population: 'persons in coded units with World Bank population, per category',
        share: 'population share per category (0–1) among those units',
        coverage: 'their population / World Bank world population (WLD)',
        withoutPopulation: 'coded units with no World Bank population: [first, last] year ranges',
        countedUnder: 'World Bank countries not coded by V-Dem in a year, counted under the unit V-Dem coded for them then: { unit, years: [first, last] ranges }',
        edition: 'V-Dem edition label to show next to every count or share',
      },
      versions: { v10: { edition: 'V-Dem v10', ...v10.data }, v15: { edition: 'V-Dem v15', ...v15.data } },
    },
  );
}
