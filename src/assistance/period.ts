import { parseYear } from '../core/parse.js';

/** A span of years, both ends included; a single year has from === to. */
export interface Period {
  from: number;
  to: number;
}

export const isSingleYear = (p: Period): boolean => p.from === p.to;

export function yearsOf(period: Period): number[] {
  const years: number[] = [];
  for (let y = period.from; y <= period.to; y++) years.push(y);
  return years;
}

/**
 * The period the attributes ask for: `from`/`to` win over `year`; a lone
 * `from` runs to the last year, a lone `to` starts at the first. Years are
 * clamped to the data; a reversed span is put the right way round.
 */
export function parsePeriod(
  year: string | number | null | undefined,
  from: string | number | null | undefined,
  to: string | number | null | undefined,
  first: number,
  last: number,
): { value: Period; problems: string[] } {
  const problems: string[] = [];
  const take = (parsed: { value: number; problem?: string }): number => {
    if (parsed.problem) problems.push(parsed.problem);
    return parsed.value;
  };
  const blank = (v: unknown): boolean => v === null || v === undefined || String(v).trim() === '';
  if (blank(from) && blank(to)) {
    const single = take(parseYear(year, first, last, last));
    return { value: { from: single, to: single }, problems };
  }
  if (!blank(year)) problems.push(`year is ignored when from or to is set; showing the period.`);
  let start = take(parseYear(from, first, last, first));
  let end = take(parseYear(to, first, last, last));
  if (start > end) {
    problems.push(`from (${start}) is after to (${end}); showing ${end}–${start}.`);
    [start, end] = [end, start];
  }
  return { value: { from: start, to: end }, problems };
}

/** "FY2005", "FY2002–FY2013", "2019", "1950–2021". */
export function periodLabel(period: Period, fiscal: boolean): string {
  const fy = fiscal ? 'FY' : '';
  return isSingleYear(period) ? `${fy}${period.from}` : `${fy}${period.from}–${fy}${period.to}`;
}
