import { mercatorX, mercatorY } from './projection.js';
import type { Strike } from './strikes.js';

/**
 * The records of a set of countries, built once per dataset: in time order,
 * with their dates for a binary search and their unit Mercator coordinates
 * (`mercatorX`/`mercatorY`; NaN without coordinates), so a frame only scales
 * and shifts them.
 */
export interface StrikeSelection {
  rows: Strike[];
  dates: string[];
  mx: Float64Array;
  my: Float64Array;
  /** Whether `dates` ascend as strings, as `strikeRows` sorts them (else `dateSpan` cannot bisect). */
  sorted: boolean;
}

interface DatasetIndex {
  /** Countries with records, sorted. */
  covered: string[];
  selections: Map<string, StrikeSelection>;
}

/** Keyed by the dataset's rows (one array per loaded file), so a reload or a swapped loader starts afresh. */
const indexes = new WeakMap<readonly Strike[], DatasetIndex>();

function indexOf(rows: readonly Strike[]): DatasetIndex {
  let index = indexes.get(rows);
  if (!index) {
    index = { covered: [...new Set(rows.map((r) => r.country))].sort(), selections: new Map() };
    indexes.set(rows, index);
  }
  return index;
}

/** The countries the dataset has records for, sorted (the same array each call). */
export function coveredCountries(rows: readonly Strike[]): string[] {
  return indexOf(rows).covered;
}

/** The records of `codes` (in the order of `rows`, time order), built once per dataset and set of countries. */
export function selectStrikes(rows: readonly Strike[], codes: readonly string[]): StrikeSelection {
  const { selections } = indexOf(rows);
  const key = [...new Set(codes)].sort().join();
  let selection = selections.get(key);
  if (!selection) {
    const wanted = new Set(codes);
    const picked = rows.filter((r) => wanted.has(r.country));
    const mx = new Float64Array(picked.length);
    const my = new Float64Array(picked.length);
    picked.forEach((strike, i) => {
      const placed = strike.lat !== null && strike.lon !== null;
      mx[i] = placed ? mercatorX(strike.lon!) : NaN;
      my[i] = placed ? mercatorY(strike.lat!) : NaN;
    });
    const dates = picked.map((r) => r.date);
    selection = { rows: picked, dates, mx, my, sorted: dates.every((d, i) => i === 0 || dates[i - 1]! <= d) };
    selections.set(key, selection);
  }
  return selection;
}

/** First index in the sorted `dates` whose date is at least (`after` false) or after (`after` true) `date`. */
function bound(dates: readonly string[], date: string, after: boolean): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after ? dates[mid]! <= date : dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The records dated `from` to `end` (ISO dates, inclusive), in order: `rows.filter((r) => r.date >= from && r.date <= end)`. */
export function strikesBetween(selection: StrikeSelection, from: string, end: string): number[] {
  if (!selection.sorted) return selection.dates.flatMap((date, i) => (date >= from && date <= end ? [i] : []));
  const [start, stop] = dateSpan(selection, from, end);
  return Array.from({ length: stop - start }, (_, i) => start + i);
}

/** [start, stop) of the records dated `from` to `end` in a selection whose dates ascend. */
export function dateSpan(selection: StrikeSelection, from: string, end: string): [number, number] {
  const start = bound(selection.dates, from, false);
  return [start, Math.max(start, bound(selection.dates, end, true))];
}
