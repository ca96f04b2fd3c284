// Country registry: ISO alpha-3 -> alpha-2, numeric, English name and V-Dem region.
// English pages show the English name here (no ICU start-up before the first
// paint); other languages take names from Intl.DisplayNames at run time, with
// the English name as the fallback for codes Intl does not know.
import { readRawCsv, readRawJson } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { sortedObject } from './lib/write.mjs';

/** V-Dem politico-geographic regions (e_regionpol_6C), as in the vdemlite SOURCE.md. */
export const VDEM_REGIONS = {
  1: 'Eastern Europe and Central Asia',
  2: 'Latin America and the Caribbean',
  3: 'Middle East and North Africa',
  4: 'Sub-Saharan Africa',
  5: 'Western Europe and North America',
  6: 'Asia and the Pacific',
};

const FORMAL = /, |\bRepublic of\b|Federation|Province of|Islamic|People's|Plurinational|Bolivarian|Federated|Darussalam|Arab Republic|United Republic|State of|of America|\(/;
const ACRONYM = /^[A-Z.]+$/;
const plain = (name) => name.normalize('NFD').replace(/\p{Mn}/gu, '');

/**
 * The English name a reader knows: the first of the package's names, then
 * V-Dem's, Freedom House's and the World Bank's, that is not a formal or
 * inverted form ("Islamic Republic of Iran", "Moldova, Republic of"), not an
 * acronym, and not shared with another country ("Congo"); with its accents
 * where one form has them ("Côte d'Ivoire"). Failing that, the package's
 * first name, an inverted one turned round ("U.S. Virgin Islands").
 */
export function readerName(candidates, taken) {
  const usable = candidates.filter((name) => name && !FORMAL.test(name) && !ACRONYM.test(name) && !taken(name));
  const first = usable[0];
  if (first) return usable.find((name) => plain(name) === plain(first) && name !== plain(name)) ?? first;
  const [official] = candidates;
  const inverted = /^(.+), (.+)$/.exec(official);
  return inverted && (/ of$/.test(inverted[2]) || /^(British|U\.S\.)$/.test(inverted[2])) ? `${inverted[2]} ${inverted[1]}` : official;
}

export function buildCountries() {
  const crosswalk = readRawCsv('iso-country-codes/country_crosswalk.csv');
  const nonstandard = readRawCsv('iso-country-codes/country_crosswalk_nonstandard.csv');
  const vdem14 = readRawCsv('vdemlite-v14/vdem_v14_core_indices_1970_2023.csv');

  const packageFile = readRawJson('iso-country-codes/i18n-iso-countries-en.json');
  const packageNames = new Map();
  const isoCodes = new Set(crosswalk.rows.map((row) => row.iso_a2));
  const namesLedger = eachRow(packageFile, ([alpha2, names]) => {
    if (!isoCodes.has(alpha2)) return skip('code not in the crosswalk', alpha2);
    packageNames.set(alpha2, [names].flat());
  }, Object.entries(packageFile.json.countries));
  const candidatesOf = (row) => [...(packageNames.get(row.iso_a2) ?? [row.name_en]), row.vdem_v15_name, row.fh_name, row.wb_pop_name];
  const claims = new Map();
  for (const row of crosswalk.rows) for (const name of new Set(candidatesOf(row))) if (name) claims.set(name, (claims.get(name) ?? 0) + 1);

  const entries = new Map();
  const isoLedger = eachRow(crosswalk, (row) => {
    const name = readerName(candidatesOf(row), (candidate) => claims.get(candidate) > 1);
    entries.set(row.iso_a3, { a2: row.iso_a2, n3: row.iso_n3, name, region: null });
  });

  // V-Dem units that are not ISO countries (Kosovo, Somaliland, Gaza, Zanzibar,
  // historical states) join the registry so their series can be named.
  const extraLedger = eachRow(nonstandard, (row) => {
    if (row.dataset !== 'vdem_v15 country_text_id') return skip(`not a V-Dem unit (${row.dataset})`, row.code);
    entries.set(row.code, { a2: null, n3: null, name: row.name, region: null });
  });

  // Region: the latest V-Dem v14 year that codes it (regions do not change within a unit).
  const regionYear = new Map();
  const regionLedger = eachRow(vdem14, (row) => {
    const code = row.country_text_id;
    const region = Number(row.e_regionpol_6C);
    if (!VDEM_REGIONS[region]) return skip('no politico-geographic region coded', code);
    if (!entries.has(code)) return skip('unit not in the ISO registry or V-Dem non-ISO list', code);
    const year = Number(row.year);
    if ((regionYear.get(code) ?? -Infinity) < year) {
      regionYear.set(code, year);
      entries.get(code).region = region;
    }
  });

  const countries = sortedObject(
    [...entries].map(([a3, c]) => [a3, [c.a2, c.n3, c.name, c.region]]),
  );
  return dataset(
    {
      id: 'countries',
      title: 'Country registry (ISO 3166-1 codes, English names, V-Dem regions)',
      publisher: 'i18n-iso-countries (npm) for codes and names; V-Dem Institute for regions',
      version: 'i18n-iso-countries 7.14.0; V-Dem v14 regions',
      origin: 'shared/datasets/raw/iso-country-codes (i18n-iso-countries 7.14.0 JSON files); V-Dem v14 e_regionpol_6C via vdemlite.',
      citation:
        'i18n-iso-countries 7.14.0, https://github.com/michaelwittig/node-i18n-iso-countries; Coppedge, M., et al. 2024. "V-Dem Country-Year Dataset v14." https://doi.org/10.23696/mcwt-fr58',
      url: 'https://www.npmjs.com/package/i18n-iso-countries',
      caveats: [
        'Kosovo has no ISO code; XKX is used as by V-Dem and the World Bank.',
        'Regions are V-Dem\'s six politico-geographic regions, not UN regions.',
        'English names are the common form a reader knows: the first of the package\'s names, then V-Dem\'s, Freedom House\'s and the World Bank\'s, that is not a formal or inverted form, an acronym or a name two countries share.',
      ],
    },
    [isoLedger, namesLedger, extraLedger, regionLedger],
    {
      columns: ['alpha2', 'numeric', 'nameEn', 'region'],
      regions: VDEM_REGIONS,
      countries,
    },
  );
}
