import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

/** World Bank total population (persons), 1960–2024. */
export interface Population {
  meta: SourceMeta;
  unit: string;
  first: number;
  last: number;
  world: { start: number; pop: (number | null)[] };
  countries: Record<string, { start: number; pop: (number | null)[] }>;
}

export const populationLoaders = {
  population: lazy<Population>(() => import('../../data/population.json')),
};
