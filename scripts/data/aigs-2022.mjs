// Carnegie AI & Big Data Global Surveillance Index, 2022 update: per country, the AI
// surveillance technologies documented, whether Chinese or U.S. suppliers are involved,
// other supplier countries and the named companies. Countries are keyed by ISO3 so that
// they join V-Dem.
import { readRawCsv, num } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { CountryMatcher } from './lib/match.mjs';

const COUNTRIES_FILE = 'carnegie-aigs-2022/aigs_2022_countries.csv';
const COMPANIES_FILE = 'carnegie-aigs-2022/aigs_2022_country_companies.csv';

/** Shipped technology -> raw flag column, in Carnegie's order. */
const TECHNOLOGIES = {
  safeCity: 'safe_city',
  facialRecognition: 'facial_recognition',
  smartPolicing: 'smart_policing',
  socialMedia: 'social_media_surveillance',
};
/** Supplier-country names of the workbook that the crosswalk does not know. */
const ALIASES = { UK: 'GBR', HK: 'HKG', 'North Korea': 'PRK', 'South Korea': 'KOR', Russia: 'RUS', Turkey: 'TUR', Taiwan: 'TWN' };
/** Carnegie's regions. */
const REGIONS = { AF: 'Africa', EAP: 'East Asia and Pacific', EUR: 'Europe', MENA: 'Middle East and North Africa', SCA: 'South and Central Asia', WHA: 'Western Hemisphere' };
/** Company columns of the workbook: named Company 1 to Company 5; later cells are unlabelled. */
const LABELLED = 5;

const flag = (cell) => {
  const value = num(cell);
  if (value !== 0 && value !== 1) throw new Error(`aigs: flag ${cell} is not 0 or 1`);
  return value;
};

export function buildAigs2022() {
  const matcher = new CountryMatcher(ALIASES);
  const file = readRawCsv(COUNTRIES_FILE);
  const rows = [...file.rows].sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
  const countries = {
    code: [],
    name: [],
    region: [],
    ...Object.fromEntries(Object.keys(TECHNOLOGIES).map((t) => [t, []])),
    china: [],
    us: [],
    otherSuppliers: [],
    companies: [],
    moreCompanies: [],
  };
  const ledger = eachRow(file, (row) => {
    if (!matcher.codes.has(row.iso3)) return skip('no ISO3 code known to the project', row.country);
    if (!REGIONS[row.region]) throw new Error(`aigs: unknown region ${row.region}`);
    countries.code.push(row.iso3);
    countries.name.push(row.country);
    countries.region.push(row.region);
    for (const [key, column] of Object.entries(TECHNOLOGIES)) countries[key].push(flag(row[column]));
    countries.china.push(flag(row.china_tech));
    countries.us.push(flag(row.us_tech));
    const others = row.other_supplier_countries.split(',').map((s) => s.trim()).filter(Boolean);
    countries.otherSuppliers.push(
      others.map((name) => {
        const code = matcher.match(name);
        if (!code) throw new Error(`aigs: supplier country ${name} has no ISO3 code`);
        return code;
      }),
    );
    countries.companies.push([]);
    countries.moreCompanies.push([]);
  }, rows);

  const index = new Map(countries.code.map((code, i) => [code, i]));
  const companiesFile = readRawCsv(COMPANIES_FILE);
  const ordered = [...companiesFile.rows].sort((a, b) => (a.iso3 === b.iso3 ? num(a.position) - num(b.position) : a.iso3 < b.iso3 ? -1 : 1));
  const companyLedger = eachRow(companiesFile, (row) => {
    const i = index.get(row.iso3);
    if (i === undefined) return skip('country not shipped', row.iso3);
    const position = num(row.position);
    (position <= LABELLED ? countries.companies : countries.moreCompanies)[i].push(row.company);
  }, ordered);

  const count = (key) => countries[key].reduce((a, b) => a + b, 0);
  return dataset(
    {
      id: 'aigs-2022',
      title: 'AI and big-data surveillance: which governments use it and whose companies supply it (Carnegie AI Global Surveillance Index, 2022 update)',
      publisher: 'Carnegie Endowment for International Peace, Steven Feldstein',
      version: 'AI & Big Data Global Surveillance Index (2022 updated), Mendeley Data version 4, published 6 June 2022',
      edition: 'AIGS 2022',
      origin: 'Workbook "AI Global Surveillance Index 09Mar2022.xlsx" as stored in github.com/irene-glez/Digital-Repression-EDA (commit 1320c73); countries and companies read from the tidy tables made from it (two find-and-replace artefacts in country names fixed, company-name typos normalised).',
      citation: 'Feldstein, Steven (2022), "AI & Big Data Global Surveillance Index (2022 updated)", Mendeley Data, V4, doi:10.17632/gjhf5y4xjp.4; Feldstein, S., The Global Expansion of AI Surveillance, Carnegie Endowment for International Peace, September 2019.',
      url: 'https://data.mendeley.com/datasets/gjhf5y4xjp/4',
      caveats: [
        'This is the 2022 update of the index, not the September 2019 index: the 2022 update covers more countries and adds social-media surveillance, so its counts differ from the 2019 figures.',
        'A country is listed when the author documented use of at least one of the technologies; a country not listed may still use them.',
        'Companies are the main suppliers the author recorded, not a complete list; "Mult" means multiple suppliers. Where a country buys from its own firms, its own name appears among the supplier countries.',
        'The index records whether Chinese or U.S. technology is used, and other supplier countries by name; it does not give each company\'s home country.',
        'Two garbled country names in the original workbook (a find-and-replace slip) and a few misspelt company names were corrected.',
      ],
      dataNotes: [
        'countries: columns, one entry per country (code = ISO3, name as in the workbook, region = Carnegie region code, see regions). Technology flags and china/us are 1 (documented) or 0. otherSuppliers: ISO3 codes. companies: Company 1-5 in order; moreCompanies: names in further, unlabelled columns (one cell for India lists nine Chinese firms in one string).',
      ],
    },
    [ledger, companyLedger, ...matcher.ledgers()],
    {
      technologies: Object.keys(TECHNOLOGIES),
      regions: REGIONS,
      counts: { countries: countries.code.length, ...Object.fromEntries(Object.keys(TECHNOLOGIES).map((t) => [t, count(t)])), china: count('china'), us: count('us') },
      countries,
    },
  );
}
