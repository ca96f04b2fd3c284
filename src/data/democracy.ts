import { lazy } from './load.js';
import type { CountryYearDataset } from './types.js';

/** V-Dem v15: Electoral Democracy Index with its 68% interval, Regimes of the World, 1900–2024. */
export interface VdemV15 extends CountryYearDataset<'polyarchy' | 'low' | 'high' | 'regime'> {
  regimes: string[];
  /** ERT episodes: [start, end, censored] per country. */
  episodes: Record<string, { aut: [number, number, number][]; dem: [number, number, number][] }>;
}

/** V-Dem v14: Liberal Democracy Index and Regimes of the World, 1970–2023. */
export interface VdemV14 extends CountryYearDataset<'libdem' | 'regime'> {
  regimes: string[];
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const democracyLoaders = {
  v15: lazy<VdemV15>(() => import('../../data/vdem-v15.json')),
  v14: lazy<VdemV14>(() => import('../../data/vdem-v14.json')),
};
