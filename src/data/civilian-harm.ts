import { lazy } from './load.js';
import type { SourceMeta, YearStatus } from './types.js';

/** Fields of TBIJ's yearly sums: minimum and maximum reported counts. */
export type TbijField =
  | 'records'
  | 'minStrikes'
  | 'maxStrikes'
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
  /** What each field counts: records are not strikes; strikes are minStrikes–maxStrikes. */
  fields: Record<TbijField, string>;
  /** Coverage: 2018 is incomplete (records end in November 2018). */
  years: YearStatus;
  /** Whole-period sums per country. */
  totals: Record<string, Record<TbijField, number>>;
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
    /** Strikes as published, or TBIJ's minimum strike count (never a count of records). */
    strikes: (number | null)[];
    /** TBIJ's maximum strike count where a range exists. */
    strikesHigh: (number | null)[];
    /** TBIJ records behind a recomputed row (one record can cover several strikes). */
    records: (number | null)[];
    /** False where the source gives no period (the dates are the paired official period). */
    periodStated: boolean[];
    /** A sentence to show beside the row, or null. */
    readerNote: (string | null)[];
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
  first: number;
  last: number;
  /** Years the raw file lacks (shown as "no data"): code -> [first, last]. */
  gaps: Record<string, [number, number]>;
  countries: Record<string, { start: number; deaths: (number | null)[]; rate: (number | null)[] }>;
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const civilianHarmLoaders = {
  tbijYearly: lazy<TbijYearly>(() => import('../../data/tbij-yearly.json')),
  civcas: lazy<CivcasTable>(() => import('../../data/civcas-official-vs-independent.json')),
  ucdp: lazy<UcdpConflictDeaths>(() => import('../../data/ucdp-conflict-deaths.json')),
};
