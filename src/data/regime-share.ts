import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

/** One V-Dem version's yearly tallies by Regimes of the World category (index 0–3). */
export interface RegimeShareVersion {
  /** Label to show next to every count or share, e.g. "V-Dem v15". */
  edition: string;
  first: number;
  last: number;
  /** Coded units per category, per year from `first`. */
  count: [number, number, number, number][];
  /** People in coded units with a World Bank population, per category. */
  population: [number, number, number, number][];
  /** Population share per category among those units (rounded to 4 decimals in the file). */
  share: [number, number, number, number][];
  /** Their population as a share of the World Bank world total. */
  coverage: number[];
  /** Coded units without a World Bank population: [first, last] year ranges. */
  withoutPopulation: Record<string, [number, number][]>;
  /** World Bank countries counted under the unit V-Dem coded for them at the time. */
  countedUnder: Record<string, { unit: string; years: [number, number][] }>;
}

/** Countries and population by regime type, from V-Dem v10 and v15 × World Bank population. */
export interface RegimeShareData {
  meta: SourceMeta;
  regimes: string[];
  versions: { v10: RegimeShareVersion; v15: RegimeShareVersion };
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const regimeShareLoaders = {
  regimeShare: lazy<RegimeShareData>(() => import('../../data/regime-share.json')),
};
