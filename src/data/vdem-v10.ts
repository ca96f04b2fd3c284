import { lazy } from './load.js';
import type { CountryYearDataset } from './types.js';

/** V-Dem v10 (Democracy Report 2020): Electoral Democracy Index (with its 68% interval) and Regimes of the World, 1900–2019. */
export interface VdemV10 extends CountryYearDataset<'polyarchy' | 'low' | 'high' | 'regime'> {
  regimes: string[];
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const vdemV10Loaders = {
  v10: lazy<VdemV10>(() => import('../../data/vdem-v10.json')),
};
