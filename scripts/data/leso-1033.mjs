// DoD "1033" military surplus property held by U.S. state and local law enforcement on
// 31 March 2020, by state and ship year, with totals per 100,000 residents (2020 Census).
import { readRawCsv, num, round } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';

const LESO_FILE = 'leso-1033-transfers/leso_1033_holdings_2020q1_by_state_shipyear.csv';
const POPULATION_FILE = 'census-state-population/us_state_population_2020_2024.csv';

/** Shipped measure -> raw column. */
const MEASURES = {
  items: 'quantity',
  value: 'acquisition_value_usd',
  controlled: 'controlled_quantity',
  controlledValue: 'controlled_value_usd',
  rifles: 'rifles',
  pistols: 'pistols',
  mraps: 'mrap_vehicles',
  aircraft: 'aircraft',
};
const NAMES = Object.keys(MEASURES);
// Dollars are summed from unit values with cents; whole dollars are shipped.
const DECIMALS = { value: 0, controlledValue: 0 };
const DOLLARS = new Set(['value', 'controlledValue']);
const PER = 100000;

export function buildLeso1033() {
  const people = readRawCsv(POPULATION_FILE);
  const places = [];
  const populationLedger = eachRow(people, (row) => {
    const population = num(row.census2020_resident);
    if (!row.usps || population === null) return skip('no postal code or 2020 Census count', row.name);
    places.push({ code: row.usps, fips: row.state_fips, name: row.name, type: row.type, population });
  });
  const byCode = new Map(places.map((p) => [p.code, p]));

  const leso = readRawCsv(LESO_FILE);
  const held = new Map();
  const shipYears = new Set();
  let lineItems = 0;
  const lesoLedger = eachRow(leso, (row) => {
    const year = num(row.ship_year);
    if (!byCode.has(row.state)) return skip('state code without a 2020 Census count', row.state);
    if (year === null) return skip('no ship year', row.state);
    shipYears.add(year);
    lineItems += num(row.line_items);
    const years = held.get(row.state) ?? new Map();
    held.set(row.state, years);
    years.set(year, NAMES.map((name) => num(row[MEASURES[name]])));
  });

  const years = [...shipYears].sort((a, b) => a - b);
  places.sort((a, b) => (a.code < b.code ? -1 : 1));
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  const states = { code: [], fips: [], name: [], type: [], population: [], ...Object.fromEntries(NAMES.map((n) => [n, []])) };
  const per100k = Object.fromEntries(NAMES.map((n) => [n, []]));
  const byYear = { years, ...Object.fromEntries(NAMES.map((n) => [n, {}])) };
  const totals = Object.fromEntries(NAMES.map((n) => [n, 0]));
  let coveredPopulation = 0;
  const notListed = [];
  for (const place of places) {
    for (const key of ['code', 'fips', 'name', 'type', 'population']) states[key].push(place[key]);
    const entries = held.get(place.code);
    if (!entries) notListed.push(place.name);
    else coveredPopulation += place.population;
    NAMES.forEach((name, i) => {
      // No entry in the list: no data (null), not zero.
      const total = entries ? sum([...entries.values()].map((v) => v[i])) : null;
      states[name].push(total === null ? null : round(total, DECIMALS[name] ?? 0));
      per100k[name].push(total === null ? null : round((total / place.population) * PER, DOLLARS.has(name) ? 0 : 2));
      if (entries) {
        totals[name] += total;
        byYear[name][place.code] = years.map((y) => (entries.has(y) ? round(entries.get(y)[i], DECIMALS[name] ?? 0) : 0));
      }
    });
  }
  for (const name of NAMES) totals[name] = round(totals[name], DECIMALS[name] ?? 0);
  const totalsPer100k = Object.fromEntries(NAMES.map((n) => [n, round((totals[n] / coveredPopulation) * PER, DOLLARS.has(n) ? 0 : 2)]));
  return dataset(
    {
      id: 'leso-1033',
      title: 'Military surplus held by U.S. law enforcement under the Pentagon\'s 1033 program, by state, 31 March 2020',
      publisher: 'U.S. Defense Logistics Agency, Law Enforcement Support Office (LESO), property list as converted by Dan Nguyen; U.S. Census Bureau, 2020 Census',
      version: 'LESO property transferred to participating agencies, as of 31 March 2020; 2020 Census resident population',
      origin: 'DLA spreadsheet DISP_AllStatesAndTerritories_03312020 as per-state CSVs in github.com/dannguyen/dod-leso-1033-data (commit 7dbb719), summed by state and ship year; Census 2020 apportionment Table 2, Island Areas Censuses and PEP Vintage 2024 (census-state-population).',
      citation: 'Defense Logistics Agency, Law Enforcement Support Office, 1033 Program property list as of 31 March 2020 (via D. Nguyen, dod-leso-1033-data); U.S. Census Bureau, 2020 Census resident population (apportionment Table 2; 2020 Island Areas Censuses).',
      url: 'https://www.dla.mil/Disposition-Services/Offers/Law-Enforcement/Public-Information/',
      caveats: [
        'Holdings, not transfers: the list shows property still held on 31 March 2020, by the date it was shipped. Items returned, sold, destroyed or passed on before then are missing, so earlier ship years are undercounted.',
        'Value is what the Defense Department originally paid (acquisition value), not what the items are worth now.',
        'Controlled items are military items under demilitarisation controls, such as weapons and armoured vehicles; the rest is general surplus.',
        'Federal agencies and ammunition are not included. Aircraft counts whole helicopters and airplanes, not parts.',
        `${notListed.join(', ')}: no entries in the list, shown as no data rather than zero.`,
        'Rates per 100,000 residents use the 2020 Census count; the national rate is over the population of the states and territories in the list.',
      ],
      dataNotes: [
        'states: one column per measure, null where the state has no entry in the list. per100k: the same measures per 100,000 residents (dollars rounded to whole dollars). byYear: per state, one value per ship year in years. totals: over all states and territories in the list; totals.population is their 2020 Census population. Agency counts in the raw table are per state and ship year and are not shipped (they cannot be summed).',
      ],
    },
    [lesoLedger, populationLedger],
    {
      measures: NAMES,
      totals: { ...totals, lineItems, population: coveredPopulation },
      totalsPer100k,
      states,
      per100k,
      byYear,
    },
  );
}
