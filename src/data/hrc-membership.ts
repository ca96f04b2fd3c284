// Loader for the UN Human Rights Council chapter (issue #17): members by cycle
// 2006–2025 with their UN regional group, and the U.S. membership, withdrawal (2018)
// and return. Typed to the shape scripts/data/unhrc-membership.mjs writes.
import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

/** The UN regional groups, in the file's (alphabetical) order. */
export type UnRegionalGroup =
  | 'African Group'
  | 'Asia and the Pacific Group'
  | 'Eastern European Group'
  | 'Latin American and Caribbean Group'
  | 'Western European and Others Group';

/** The U.S. standing in a calendar year (hand-written from news reports and official statements). */
export type UsCouncilStatus = 'member' | 'member until withdrawal' | 'withdrawn' | 'observer' | 'non-member';

/** The U.S. standing after a dated event. */
export type UsCouncilStatusAfter = 'member' | 'withdrawn' | 'non-member' | 'observer (non-member)' | 'non-participant';

/** Council members per cycle (June–June before 2013, calendar years from 2013) and the U.S. record. */
export interface UnhrcMembership {
  meta: SourceMeta;
  groups: UnRegionalGroup[];
  /** One column per field, one entry per cycle in order. */
  cycles: {
    /** "2006-07" for a June–June cycle, "2013" for a calendar year. */
    id: string[];
    /** ISO dates. */
    start: string[];
    end: string[];
    /** Read from the Council's recorded votes, or (2025) from General Assembly election results. */
    basis: ('votes' | 'elections')[];
    /** ISO3 codes of the cycle's members (48 where a seat changed hands). */
    members: string[][];
    /** The year each member's term expires, in the order of `members`. */
    expires: number[][];
  };
  /** ISO3 -> index into `groups` (each state's current group). */
  regions: Record<string, number>;
  /** Mid-cycle changes (suspension, withdrawal, by-election): cycle id, ISO3 and what happened. */
  notes: { cycle: string[]; code: string[]; note: string[] };
  /** The U.S. per calendar year: member 1 or 0, status and a note. */
  us: { year: number[]; member: (0 | 1)[]; status: UsCouncilStatus[]; note: (string | null)[] };
  /** Dated U.S. events with the standing after them and the page they are cited from. */
  usEvents: {
    /** ISO dates. */
    date: string[];
    event: string[];
    statusAfter: UsCouncilStatusAfter[];
    url: string[];
    sourceNote: (string | null)[];
  };
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const hrcMembershipLoaders = {
  membership: lazy<UnhrcMembership>(() => import('../../data/unhrc-membership.json')),
};
