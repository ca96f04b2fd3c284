// Country registry: ISO alpha-3 -> alpha-2, numeric, English name and V-Dem region.
// Names shown to readers come from Intl.DisplayNames at run time; the English
// name here is the fallback for codes Intl does not know.
import { readRawCsv } from './lib/raw.mjs';
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

export function buildCountries() {
  const crosswalk = readRawCsv('iso-country-codes/country_crosswalk.csv');
  const nonstandard = readRawCsv('iso-country-codes/country_crosswalk_nonstandard.csv');
  const vdem14 = readRawCsv('vdemlite-v14/vdem_v14_core_indices_1970_2023.csv');

  const entries = new Map();
  const isoLedger = eachRow(crosswalk, (row) => {
    entries.set(row.iso_a3, { a2: row.iso_a2, n3: row.iso_n3, name: row.name_en, region: null });
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
      ],
    },
    [isoLedger, extraLedger, regionLedger],
    {
      columns: ['alpha2', 'numeric', 'nameEn', 'region'],
      regions: VDEM_REGIONS,
      countries,
    },
  );
}
