// Loader for the Guantánamo chapter (issue #17): dated counts of the detainees held,
// copied by hand from the pages each figure cites. Typed to the shape
// scripts/data/guantanamo.mjs writes.
import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

/** How a count is dated: a day ("2009-01-20"), a month ("2025-01"), a year, or a period (from–to). */
export type CountDatePrecision = 'day' | 'month' | 'year' | 'range';

/** Where a figure was copied from: a note (e.g. the other source's count), the source and its page. */
export interface CitedFigure {
  note: string | null;
  source: string;
  url: string;
}

/** Detainees held at Guantánamo Bay: point-in-time counts (a step series with long gaps), each with its source. */
export interface GuantanamoDetainees {
  meta: SourceMeta;
  /** One column per field, one entry per dated count, in date order. */
  held: {
    /** ISO date as precise as the source: "2009-01-20", "2025-01" or a year. */
    from: string[];
    /** End of the period the count holds over (precision "range"), else null. */
    to: (string | null)[];
    precision: CountDatePrecision[];
    /** People held at that date. */
    held: number[];
    note: (string | null)[];
    source: string[];
    url: string[];
  };
  /** Everyone ever held, from..to (years): 779 (Human Rights First counts 780, said in the note). */
  everHeld: CitedFigure & { value: number; from: number; to: number };
  /** The year of the highest occupancy; the source gives no count for it. */
  peak: CitedFigure & { year: number };
  /** Transfers out of the prison per presidential term, as published; one column per field. */
  administrations: {
    /** Surname, e.g. "Obama". */
    president: string[];
    /** First and last year of the term. */
    from: number[];
    to: number[];
    transferred: number[];
    note: (string | null)[];
    source: string[];
    url: string[];
  };
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const guantanamoLoaders = {
  detainees: lazy<GuantanamoDetainees>(() => import('../../data/guantanamo-detainees.json')),
};
