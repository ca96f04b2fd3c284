// Country registry: ISO alpha-3 -> alpha-2, numeric, English name and V-Dem region.
// Names shown to readers come from Intl.DisplayNames at run time; the English
// name here is the fallback for codes Intl does not know.
import { readRawCsv } from './lib/raw.mjs';
import { RowLedger } from './lib/ledger.mjs';
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

  const isoLedger = new RowLedger(crosswalk);
  const entries = new Map();
  for (const row of crosswalk.rows) {
    isoLedger.seen();
    isoLedger.used();
    entries.set(row.iso_a3, { a2: row.iso_a2, n3: row.iso_n3, name: row.name_en, region: null });
  }

  // V-Dem units that are not ISO countries (Kosovo, Somaliland, Gaza, Zanzibar,
  // historical states) join the registry so their series can be named.
  const extraLedger = new RowLedger(nonstandard);
  for (const row of nonstandard.rows) {
    extraLedger.seen();
    if (row.dataset === 'vdem_v15 country_text_id') {
      extraLedger.used();
      entries.set(row.code, { a2: null, n3: null, name: row.name, region: null });
    } else {
      extraLedger.exclude(`not a V-Dem unit (${row.dataset})`, row.code);
    }
  }

  // Region: the latest V-Dem v14 year that codes it (regions do not change within a unit).
  const regionLedger = new RowLedger(vdem14);
  const regionYear = new Map();
  for (const row of vdem14.rows) {
    regionLedger.seen();
    const code = row.country_text_id;
    const region = Number(row.e_regionpol_6C);
    if (!VDEM_REGIONS[region]) {
      regionLedger.exclude('no politico-geographic region coded', code);
      continue;
    }
    if (!entries.has(code)) {
      regionLedger.exclude('unit not in the ISO registry or V-Dem non-ISO list', code);
      continue;
    }
    regionLedger.used();
    const year = Number(row.year);
    if ((regionYear.get(code) ?? -Infinity) < year) {
      regionYear.set(code, year);
      entries.get(code).region = region;
    }
  }

  const countries = sortedObject(
    [...entries].map(([a3, c]) => [a3, [c.a2, c.n3, c.name, c.region]]),
  );
  return {
    source: {
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
      raw: [isoLedger.toJSON(), extraLedger.toJSON(), regionLedger.toJSON()],
    },
    files: [
      {
        name: 'countries.json',
        data: {
          columns: ['alpha2', 'numeric', 'nameEn', 'region'],
          regions: VDEM_REGIONS,
          countries,
        },
      },
    ],
  };
}
