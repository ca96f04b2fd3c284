// Loader for the asylum and refugees chapter (issue #17): U.S. refugee admissions
// ceilings and refugees admitted by fiscal year, as the Migration Policy Institute
// tabulates the State Department's figures. Typed to the shape
// scripts/data/refugee-admissions.mjs writes.
import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

/** Refugee ceilings and admissions per U.S. fiscal year (1 October to 30 September). */
export interface RefugeeAdmissions {
  meta: SourceMeta;
  /** Fiscal years whose admissions are incomplete (FY2025: first quarter only): not comparable with whole years. */
  partial: number[];
  /** Value in fiscal year `fy` is `series[field][fy - start]`. */
  series: {
    start: number;
    /** Final ceiling as MPI reports it; null before the Refugee Act of 1980 (no ceiling existed). */
    ceiling: (number | null)[];
    /** Refugees admitted (people). */
    admitted: (number | null)[];
  };
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const refugeeAdmissionsLoaders = {
  admissions: lazy<RefugeeAdmissions>(() => import('../../data/refugee-admissions.json')),
};
