// What the map and table show, from the index and V-Dem: one row per listed
// country with its technologies, suppliers and regime, the filter the reader
// chose, and the counts the summary and the published figures are read from.
// Pure: no DOM, no words.
import type { Aigs2022, AigsTechnology } from '../../data/surveillance-exports.js';
import type { VdemV15 } from '../../data/democracy.js';
import { isAutocracy } from '../../democracy/regimes.js';
import { valueAt } from '../../data/types.js';

/** Whose companies supply the technology: `any` supplier, Chinese or U.S. companies. */
export const SUPPLIERS = ['any', 'china', 'us'] as const;
export type Supplier = (typeof SUPPLIERS)[number];

/** The `technology` attribute's values, `any` first, then the index's technologies in Carnegie's order. */
export const TECHNOLOGY_IDS = ['any', 'safe-city', 'facial-recognition', 'smart-policing', 'social-media'] as const;
export type TechnologyId = (typeof TECHNOLOGY_IDS)[number];

/** The attribute value of each of the index's technologies. */
export const TECHNOLOGY_OF: Record<Exclude<TechnologyId, 'any'>, AigsTechnology> = {
  'safe-city': 'safeCity',
  'facial-recognition': 'facialRecognition',
  'smart-policing': 'smartPolicing',
  'social-media': 'socialMedia',
};

/** How a listed country's supply is coloured: Chinese and U.S. companies, only one of them, or neither (other suppliers). */
export type SupplyClass = 'both' | 'china' | 'us' | 'other';
export const SUPPLY_CLASSES: readonly SupplyClass[] = ['both', 'china', 'us', 'other'];

/** One country of the index. */
export interface SurveillanceRow {
  code: string;
  /** The name as the workbook spells it (English), for the table's download. */
  sourceName: string;
  technologies: AigsTechnology[];
  china: boolean;
  us: boolean;
  /** Further supplier countries (ISO3), the country's own code where it buys from its own firms. */
  otherSuppliers: string[];
  /** Companies named, Company 1–5 then the further columns. */
  companies: string[];
  supply: SupplyClass;
  /** V-Dem Regimes of the World in `regimeYear` (0–3), null when V-Dem does not code the country. */
  regime: number | null;
}

export interface SurveillanceModel {
  rows: SurveillanceRow[];
  /** The V-Dem year the regimes are read for (the latest in the file). */
  regimeYear: number;
}

/** Throws when the file parsed but is not the index the chart reads, so the reader sees the load error. */
export function validateAigs(data: Aigs2022): void {
  const c = data?.countries;
  if (!c || !Array.isArray(c.code) || !Array.isArray(data.technologies) || !data.meta) throw new TypeError('wrong-shaped surveillance index');
  for (const key of [...data.technologies, 'china', 'us', 'companies', 'otherSuppliers', 'name'] as const) {
    if (!Array.isArray(c[key]) || c[key].length !== c.code.length) throw new TypeError(`surveillance index column ${key} has the wrong length`);
  }
}

/** The rows of the index with each country's V-Dem regime in the latest year of V-Dem. */
export function surveillanceModel(data: Aigs2022, vdem: VdemV15): SurveillanceModel {
  const c = data.countries;
  const year = vdem.last;
  const rows = c.code.map((code, i): SurveillanceRow => {
    const china = c.china[i] === 1;
    const us = c.us[i] === 1;
    const regime = valueAt(vdem.countries[code], 'regime', year);
    return {
      code,
      sourceName: c.name[i] ?? code,
      technologies: data.technologies.filter((t) => c[t][i] === 1),
      china,
      us,
      otherSuppliers: c.otherSuppliers[i] ?? [],
      companies: companiesOf([...(c.companies[i] ?? []), ...(c.moreCompanies?.[i] ?? [])]),
      supply: china && us ? 'both' : china ? 'china' : us ? 'us' : 'other',
      regime,
    };
  });
  return { rows, regimeYear: year };
}

/** Company names one each: a cell that lists several ("Huawei, ZTE, …, and Yixin") split, each name once. */
export function companiesOf(cells: readonly string[]): string[] {
  return [...new Set(cells.flatMap((cell) => cell.split(/,\s*(?:and\s+)?/)).map((name) => name.trim()).filter(Boolean))];
}

/** True when a row has the technology and the supplier the reader chose. */
export function matches(row: SurveillanceRow, supplier: Supplier, technology: TechnologyId): boolean {
  if (supplier === 'china' && !row.china) return false;
  if (supplier === 'us' && !row.us) return false;
  return technology === 'any' || row.technologies.includes(TECHNOLOGY_OF[technology]);
}

/** The rows the reader's choice selects, in the data's order. */
export function matching(rows: readonly SurveillanceRow[], supplier: Supplier, technology: TechnologyId): SurveillanceRow[] {
  return rows.filter((row) => matches(row, supplier, technology));
}

export interface SurveillanceCounts {
  /** Countries selected. */
  countries: number;
  /** Of them, with each technology, and supplied by Chinese / U.S. companies. */
  technologies: Record<AigsTechnology, number>;
  china: number;
  us: number;
  /** Of them, autocracies (closed or electoral) and democracies in V-Dem; the rest are not coded. */
  autocracies: number;
  democracies: number;
}

/** Counts over the selected rows: the summary's numbers and the published figures. */
export function countRows(rows: readonly SurveillanceRow[], technologies: readonly AigsTechnology[]): SurveillanceCounts {
  const count = (test: (row: SurveillanceRow) => boolean): number => rows.reduce((n, row) => n + (test(row) ? 1 : 0), 0);
  return {
    countries: rows.length,
    technologies: Object.fromEntries(technologies.map((t) => [t, count((row) => row.technologies.includes(t))])) as Record<AigsTechnology, number>,
    china: count((row) => row.china),
    us: count((row) => row.us),
    autocracies: count((row) => isAutocracy(row.regime)),
    democracies: count((row) => row.regime !== null && !isAutocracy(row.regime)),
  };
}
