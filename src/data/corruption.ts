// Loader for the anti-corruption chapter (issue #17): Transparency International's
// Corruption Perceptions Index, 2012–2018 and 2023, as published (CC BY-ND 4.0: no
// adapted versions). Typed to the shape scripts/data/ti-cpi.mjs writes.
import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

/** One country's 2023 detail: rank, standard error, number of sources and the 90% interval. */
export type CpiDetail = [rank: number, se: number, sources: number, lower: number, upper: number];

/** CPI scores (0 = highly corrupt, 100 = very clean) by country and edition. */
export interface TiCpi {
  meta: SourceMeta;
  first: number;
  last: number;
  /** Editions between first and last that are not in the data (2019–2022): missing, not zero. */
  missingYears: number[];
  /** ISO3 -> score in year y at `score[y - start]`; null for editions without a score. */
  countries: Record<string, { start: number; score: (number | null)[] }>;
  /** The one edition with TI's rank, standard error, sources and confidence interval. */
  detail: {
    year: number;
    columns: ['rank', 'se', 'sources', 'lower', 'upper'];
    countries: Record<string, CpiDetail>;
  };
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const corruptionLoaders = {
  cpi: lazy<TiCpi>(() => import('../../data/ti-cpi.json')),
};
