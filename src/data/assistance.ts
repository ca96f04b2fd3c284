import { lazy } from './load.js';
import type { SourceMeta, YearStatus } from './types.js';

/** A yearly series starting at `start`; null = nothing recorded that year. */
export type YearSeries = (number | null)[];

/** SIPRI TIV (millions) of major arms delivered by the United States, 1950–2021. */
export interface SipriUsArms {
  meta: SourceMeta;
  years: { tiv: YearStatus };
  unit: string;
  first: number;
  last: number;
  allRecipients: { start: number; tiv: YearSeries; total: number };
  countries: Record<string, { start: number; tiv: YearSeries; total: number }>;
  other: Record<string, { kind: string; start: number; tiv: YearSeries; total: number }>;
}

/** One money flow in whole USD, current and constant (base FY2022), by fiscal year. */
export interface AidFlow {
  start: number;
  current: YearSeries;
  constant: YearSeries;
}

/** ForeignAssistance.gov obligations (FY1946–2024) and disbursements (FY2001–2024) per recipient. */
export interface ForeignAssistance {
  meta: SourceMeta;
  /** Per flow: FY2024 is provisional; default charts to latestCompleteYear. */
  years: { obligations: YearStatus; disbursements: YearStatus };
  unit: string;
  yearType: string;
  constantBase: string;
  countries: Record<string, { obligations?: AidFlow; disbursements?: AidFlow }>;
  other: Record<string, { name: string; obligations?: AidFlow; disbursements?: AidFlow }>;
}

/** Military vs total disbursements (current USD), FY2002–2015; military null = not reported. */
export interface MilitaryAid {
  meta: SourceMeta;
  years: { military: YearStatus; total: YearStatus };
  unit: string;
  yearType: string;
  world: { start: number; military: YearSeries; total: YearSeries; share: YearSeries };
  countries: Record<string, { start: number; military: YearSeries; total: YearSeries; share: YearSeries }>;
  other: Record<string, { name: string; start: number; military: YearSeries; total: YearSeries; share: YearSeries }>;
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const assistanceLoaders = {
  arms: lazy<SipriUsArms>(() => import('../../data/sipri-us-arms.json')),
  aid: lazy<ForeignAssistance>(() => import('../../data/foreignassistance.json')),
  militaryAid: lazy<MilitaryAid>(() => import('../../data/military-aid.json')),
};

/** The value of a series in `year`, or null outside it. */
export function yearValue(start: number, series: YearSeries | undefined, year: number): number | null {
  if (!series) return null;
  return series[year - start] ?? null;
}
