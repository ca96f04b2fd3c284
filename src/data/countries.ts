import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

/** [alpha-2, numeric, English name, V-Dem region number] per alpha-3 code. */
export interface CountryRegistry {
  meta: SourceMeta;
  columns: string[];
  regions: Record<string, string>;
  countries: Record<string, [string | null, string | null, string, number | null]>;
}

export const countryLoaders = {
  registry: lazy<CountryRegistry>(() => import('../../data/countries.json')),
};
