import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

/** Fields of TBIJ's yearly sums: minimum and maximum reported counts. */
export type TbijField =
  | 'records'
  | 'minKilled'
  | 'maxKilled'
  | 'minCivilians'
  | 'maxCivilians'
  | 'minChildren'
  | 'maxChildren'
  | 'minInjured'
  | 'maxInjured';

/** TBIJ strike records summed per country and calendar year (unknown counts as 0). */
export interface TbijYearly {
  meta: SourceMeta;
  note: string;
  countries: Record<string, { start: number } & Record<TbijField, number[]>>;
}

/** Hand-transcribed official admissions and independent estimates, one column per field. */
export interface CivcasTable {
  meta: SourceMeta;
  rows: {
    id: number[];
    periodStart: string[];
    periodEnd: string[];
    theatre: string[];
    estimateType: ('official' | 'independent')[];
    sourceOrg: string[];
    document: string[];
    notes: string[];
    citationUrl: string[];
    strikes: (number | null)[];
    civiliansKilledLow: number[];
    civiliansKilledHigh: (number | null)[];
    civiliansInjured: (number | null)[];
    breakdownOf: (number | null)[];
    handTranscribed: boolean[];
  };
}

/** UCDP GED v19.1 direct deaths in organised violence (all sides), by country and year. */
export interface UcdpConflictDeaths {
  meta: SourceMeta;
  unit: string;
  countries: Record<string, { start: number; deaths: (number | null)[]; rate: (number | null)[] }>;
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const civilianHarmLoaders = {
  tbijYearly: lazy<TbijYearly>(() => import('../../data/tbij-yearly.json')),
  civcas: lazy<CivcasTable>(() => import('../../data/civcas-official-vs-independent.json')),
  ucdp: lazy<UcdpConflictDeaths>(() => import('../../data/ucdp-conflict-deaths.json')),
};
