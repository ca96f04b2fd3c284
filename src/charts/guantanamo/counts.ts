// The detainee counts as the chart reads them: each dated count placed on a
// time axis (fractional years), the span of years the data covers, and the
// presidential terms. Pure.
import type { CountDatePrecision, GuantanamoDetainees } from '../../data/guantanamo.js';

export interface DetaineeCount {
  /** Row of the count in the data file. */
  index: number;
  /** The date as the source gives it: "2009-01-20", "2025-01" or a year. */
  date: string;
  /** End of the period the count holds over (precision "range"), else null. */
  until: string | null;
  precision: CountDatePrecision;
  held: number;
  source: string;
  url: string;
  /** The source's own note (English, as published), or null. */
  note: string | null;
  /** Where the count sits on the time axis, and where its period ends (ranges only), in fractional years. */
  at: number;
  end: number | null;
}

export interface Term {
  president: string;
  from: number;
  to: number;
  transferred: number;
  note: string | null;
  source: string;
  url: string;
  /** Start and end on the time axis (fractional years). */
  start: number;
  stop: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * A date of the data on the time axis: a day at its own place in its year, a
 * month at its middle, a year at its middle; NaN for anything else.
 */
export function timeOf(date: string): number {
  let m = DAY.exec(date);
  if (m) {
    const year = Number(m[1]);
    const start = Date.UTC(year, 0, 1);
    const day = (Date.UTC(year, Number(m[2]) - 1, Number(m[3])) - start) / 86400000;
    return year + day / (isLeap(year) ? 366 : 365);
  }
  m = MONTH.exec(date);
  if (m) return Number(m[1]) + (Number(m[2]) - 0.5) / 12;
  m = YEAR.exec(date);
  if (m) return Number(m[1]) + 0.5;
  return Number.NaN;
}

/** The calendar year of a date of the data. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

/**
 * U.S. presidential terms begin at noon on 20 January (Twentieth Amendment,
 * section 1): where a term the data dates by its years starts and ends on the
 * axis, so counts of 11 and 19 January 2017 fall in the term that was ending.
 */
export const inauguration = (year: number): number => year + 19 / 365;

/** Every dated count, in date order. */
export function detaineeCounts(data: GuantanamoDetainees): DetaineeCount[] {
  const h = data.held;
  return h.from
    .map((date, index) => {
      const until = h.to[index] ?? null;
      return {
        index,
        date,
        until,
        precision: h.precision[index]!,
        held: h.held[index]!,
        source: h.source[index]!,
        url: h.url[index]!,
        note: h.note[index] ?? null,
        at: timeOf(date),
        end: until ? timeOf(until) : null,
      };
    })
    .sort((a, b) => a.at - b.at);
}

/** The counts dated (or, for a period, running) within the years from–to. */
export function countsIn(counts: readonly DetaineeCount[], from: number, to: number): DetaineeCount[] {
  return counts.filter((c) => yearOf(c.date) <= to && yearOf(c.until ?? c.date) >= from);
}

/** The presidential terms of the data, each placed on the axis from one inauguration to the next. */
export function terms(data: GuantanamoDetainees): Term[] {
  const a = data.administrations;
  return a.president.map((president, i) => ({
    president,
    from: a.from[i]!,
    to: a.to[i]!,
    transferred: a.transferred[i]!,
    note: a.note[i] ?? null,
    source: a.source[i]!,
    url: a.url[i]!,
    // The first term the data lists starts with the prison (its first year), not at an inauguration.
    start: i === 0 ? a.from[i]! : inauguration(a.from[i]!),
    stop: inauguration(a.to[i]!),
  }));
}

/** The years the data covers: from the first year anyone was held to the latest count. */
export function dataSpan(data: GuantanamoDetainees): { first: number; last: number } {
  const years = data.held.from.map(yearOf);
  return { first: Math.min(data.everHeld.from, ...years), last: Math.max(data.everHeld.to, ...years) };
}

/** Throws when the file parsed but is not what the chart reads, so the reader sees the load error. */
export function validateDetainees(data: GuantanamoDetainees): void {
  const h = data?.held;
  const columns = h && [h.from, h.to, h.precision, h.held, h.source, h.url, h.note];
  if (!columns || columns.some((c) => !Array.isArray(c) || c.length !== h.from.length) || !h.from.length) throw new Error('guantanamo: unexpected shape of held');
  if (h.from.some((d) => Number.isNaN(timeOf(d))) || h.held.some((n) => typeof n !== 'number')) throw new Error('guantanamo: unreadable count');
  const a = data.administrations;
  if (!a || !Array.isArray(a.president) || !Array.isArray(a.from) || !Array.isArray(a.to)) throw new Error('guantanamo: unexpected shape of administrations');
  if (typeof data.everHeld?.value !== 'number' || typeof data.peak?.year !== 'number' || !Array.isArray(data.meta?.caveats)) throw new Error('guantanamo: unexpected shape');
}
