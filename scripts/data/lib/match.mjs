// Country identity for joins: the ISO crosswalk (plus the V-Dem/World Bank
// non-ISO units) turned into a code set and a name -> ISO3 lookup for sources
// that carry names only (SIPRI, TBIJ, OWID).
import { readRawCsv } from './raw.mjs';
import { eachRow, skip } from './ledger.mjs';

// Freedom House names in the crosswalk include historical states mapped onto
// today's codes ("Yemen, S." -> YEM, "USSR" -> RUS), so that column is not
// trusted for name matching.
const NAME_COLUMNS = [
  'name_en',
  'world_atlas_110m_name',
  'world_atlas_50m_name',
  'vdem_v15_name',
  'wb_pop_name',
  'fa_gov_name',
];

// Non-ISO units that are real places with their own series (V-Dem units, Kosovo).
const UNIT_DATASETS = new Set(['vdem_v15 country_text_id']);
const KOSOVO = 'XKX';

/** Lower-case, accent-free, punctuation-free form of a name. */
export function normalizeName(name) {
  return String(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export class CountryMatcher {
  /** @param aliases { sourceName: ISO3 } for names the crosswalk lacks. */
  constructor(aliases = {}) {
    /** ISO3 codes, Kosovo XKX and the V-Dem non-ISO units. */
    this.codes = new Set();
    /** Non-country codes of a dataset (World Bank aggregates, agency regions): code -> name. */
    this.nonCountry = new Map();
    const candidates = new Map();
    const add = (name, code) => {
      if (!name) return;
      const key = normalizeName(name);
      const set = candidates.get(key) ?? new Set();
      set.add(code);
      candidates.set(key, set);
    };

    this.crosswalkLedger = eachRow(readRawCsv('iso-country-codes/country_crosswalk.csv'), (row) => {
      // The crosswalk carries Kosovo as XKK; the project (like V-Dem and the World Bank) uses XKX.
      if (row.iso_a3 === 'XKK') return skip('Kosovo is keyed XKX in this project, not XKK', row.iso_a3);
      this.codes.add(row.iso_a3);
      add(row.iso_a3, row.iso_a3);
      for (const column of NAME_COLUMNS) add(row[column], row.iso_a3);
    });
    this.nonstandardLedger = eachRow(readRawCsv('iso-country-codes/country_crosswalk_nonstandard.csv'), (row) => {
      if (UNIT_DATASETS.has(row.dataset) || row.code === KOSOVO || row.code === 'CS-KM') {
        const code = row.code === 'CS-KM' ? KOSOVO : row.code;
        this.codes.add(code);
        add(row.name, code);
      } else if (row.code) {
        const dataset = row.dataset.split(' ')[0];
        const map = this.nonCountry.get(dataset) ?? new Map();
        map.set(row.code, row.name);
        this.nonCountry.set(dataset, map);
      } else return skip('map feature without a code (not needed for joins)', row.name);
    });

    this.byName = new Map();
    this.ambiguous = new Set();
    for (const [key, codes] of candidates) {
      if (codes.size === 1) this.byName.set(key, [...codes][0]);
      else this.ambiguous.add(key);
    }
    for (const [name, code] of Object.entries(aliases)) this.byName.set(normalizeName(name), code);
  }

  /** ISO3 (or project code) for a source name, or null when unknown or ambiguous. */
  match(name) {
    return this.byName.get(normalizeName(name)) ?? null;
  }

  /** Name of a non-country code in a dataset's own list (e.g. 'wb_population', 'fa_gov'), or null. */
  nonCountryName(dataset, code) {
    return this.nonCountry.get(dataset)?.get(code) ?? null;
  }

  /** The RowLedgers of the two crosswalk files. */
  ledgers() {
    return [this.crosswalkLedger, this.nonstandardLedger];
  }
}
