// The fiscal years as the chart reads them: each year's ceiling and the
// refugees admitted, the gap between them, whether the year is partial, and
// the span of years that have a ceiling. Pure.
import type { RefugeeAdmissions } from '../../data/refugee-admissions.js';

export interface FiscalYear {
  /** U.S. fiscal year (1 October of the year before to 30 September). */
  year: number;
  ceiling: number;
  admitted: number;
  /** Only part of the year's admissions are counted (not comparable with whole years). */
  partial: boolean;
  /** Admitted minus ceiling: negative where admissions fell short. */
  difference: number;
  /** Admitted as a share of the ceiling (0.89 for 89%). */
  share: number;
}

/** Every fiscal year that has both a ceiling and an admissions figure, oldest first. */
export function fiscalYears(data: RefugeeAdmissions): FiscalYear[] {
  const { start, ceiling, admitted } = data.series;
  const years: FiscalYear[] = [];
  ceiling.forEach((c, i) => {
    const a = admitted[i];
    if (c === null || c === undefined || a === null || a === undefined) return;
    const year = start + i;
    years.push({ year, ceiling: c, admitted: a, partial: data.partial.includes(year), difference: a - c, share: c > 0 ? a / c : 0 });
  });
  return years;
}

/** The years the chart can show: the first with a ceiling (the Refugee Act of 1980) to the last. */
export function dataSpan(years: readonly FiscalYear[]): { first: number; last: number } {
  return { first: years[0]?.year ?? 0, last: years[years.length - 1]?.year ?? 0 };
}

/** The fiscal years from–to. */
export const yearsIn = (years: readonly FiscalYear[], from: number, to: number): FiscalYear[] => years.filter((y) => y.year >= from && y.year <= to);

/** The whole years of a list (partial years left out). */
export const wholeYears = (years: readonly FiscalYear[]): FiscalYear[] => years.filter((y) => !y.partial);

/** The year with the smallest value of `pick` (the earliest of equals); undefined for none. */
export function lowest(years: readonly FiscalYear[], pick: (y: FiscalYear) => number): FiscalYear | undefined {
  return years.reduce<FiscalYear | undefined>((best, y) => (!best || pick(y) < pick(best) ? y : best), undefined);
}

/** Throws when the file parsed but is not what the chart reads, so the reader sees the load error. */
export function validateAdmissions(data: RefugeeAdmissions): void {
  const s = data?.series;
  if (!s || typeof s.start !== 'number' || !Array.isArray(s.ceiling) || !Array.isArray(s.admitted) || s.ceiling.length !== s.admitted.length) {
    throw new Error('refugee admissions: unexpected shape of series');
  }
  if ([...s.ceiling, ...s.admitted].some((v) => v !== null && typeof v !== 'number')) throw new Error('refugee admissions: unreadable figure');
  if (!Array.isArray(data.partial) || !Array.isArray(data.meta?.caveats)) throw new Error('refugee admissions: unexpected shape');
  if (!s.ceiling.some((v) => typeof v === 'number')) throw new Error('refugee admissions: no year has a ceiling');
}
