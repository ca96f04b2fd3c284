// Loader for the targeted-sanctions chapter (issue #17): Global Magnitsky entries on
// OFAC's SDN list by the year and date they were first seen, per kind. Typed to the
// shape scripts/data/glomag.mjs writes.
import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

/** The kinds of list entry, in the order every per-kind tuple follows. */
export type GlomagKind = 'individual' | 'entity' | 'vessel';

/** One count per kind, in the order of `kinds`: [individuals, entities, vessels]. */
export type PerGlomagKind = [individual: number, entity: number, vessel: number];

/**
 * Global Magnitsky entries on the SDN list. Counts are list entries, not sanction
 * actions or people; entries already listed when the record begins are undated.
 */
export interface Glomag {
  meta: SourceMeta;
  kinds: ['individual', 'entity', 'vessel'];
  /** ISO dates of the first and last archived list versions read. */
  firstRecord: string;
  lastRecord: string;
  /** The years of firstRecord and lastRecord, both partial. */
  partialYears: [first: number, last: number];
  /** All entries counted: undated plus dated, every kind. */
  entries: number;
  /** Entries already on the list at firstRecord (designated since December 2017), per kind. */
  undated: PerGlomagKind;
  /** Entries no longer listed at lastRecord (still counted where first seen), per kind. */
  removed: PerGlomagKind;
  /** Entries first seen per calendar year, one column per kind. */
  years: { year: number[] } & Record<GlomagKind, number[]>;
  /** Entries first seen per ISO date, one column per kind. */
  dates: { date: string[] } & Record<GlomagKind, number[]>;
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const sanctionsLoaders = {
  glomag: lazy<Glomag>(() => import('../../data/glomag.json')),
};
