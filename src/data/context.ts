// Loaders for the context datasets no chart draws yet (Freedom House, UCDP
// violence by type and U.S.-involved conflicts, Airwars Somalia). Typed to the
// shape the build script writes; see scripts/data/*.mjs for each field.
import { lazy } from './load.js';
import type { SourceMeta, YearStatus } from './types.js';

type Yearly<F extends string> = { start: number } & Record<F, (number | null)[]>;

/** Freedom in the World: statuses and ratings by data year, scores by edition. */
export interface FreedomHouse {
  meta: SourceMeta;
  ratings: {
    yearKey: string;
    countries: Record<string, Yearly<'pr' | 'cl'> & { status: (string | null)[] }>;
    [key: string]: unknown;
  };
  scores: {
    yearKey: string;
    firstEdition: number;
    countries: Record<string, Yearly<'prRating' | 'clRating' | 'pr' | 'cl' | 'total'> & { status: (string | null)[] }>;
    [key: string]: unknown;
  };
}

/** UCDP GED deaths by region and type of violence, with rates. */
export interface ViolenceByType {
  meta: SourceMeta;
  types: Record<'stateBased' | 'nonState' | 'oneSided' | 'all', string>;
  regions: Record<string, Yearly<'stateBased' | 'nonState' | 'oneSided' | 'all' | `${string}Rate`>>;
}

/** UCDP/PRIO armed conflicts with the U.S. as a party or troop supporter. */
export interface UsConflicts {
  meta: SourceMeta;
  yearColumns: string[];
  roles: Record<string, string>;
  perYear: Yearly<'conflicts' | 'usConflicts' | 'usWars'>;
  conflicts: Record<string, { type: string; incompatibility: string; start: string; years: unknown[][] }>;
}

/** Airwars: likely U.S. strikes in Somalia, claimed or not by AFRICOM. */
export interface AirwarsSomalia {
  meta: SourceMeta;
  years: { strikes: YearStatus };
  yearly: Yearly<'strikes' | 'claimed' | 'notClaimed'>;
  strikes: Record<'code' | 'dateStart' | 'dateEnd' | 'location' | 'claimed' | 'dph', unknown[]>;
}

export const contextLoaders = {
  freedomHouse: lazy<FreedomHouse>(() => import('../../data/freedom-house.json')),
  violenceByType: lazy<ViolenceByType>(() => import('../../data/ucdp-violence-by-type.json')),
  usConflicts: lazy<UsConflicts>(() => import('../../data/ucdp-us-conflicts.json')),
  airwarsSomalia: lazy<AirwarsSomalia>(() => import('../../data/airwars-somalia.json')),
};
