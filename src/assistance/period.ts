import { parseYear } from '../core/parse.js';

/** A span of years, both ends included; a single year has from === to. */
export interface Period {
  from: number;
  to: number;
}

/** How a measure's years are written: fiscal ("FY2005") or calendar, and which years are provisional. */
export interface YearBasis {
  fiscal: boolean;
  /** Incomplete years, labelled "(provisional)" wherever they are shown. */
  provisional?: readonly number[];
}

export const isSingleYear = (p: Period): boolean => p.from === p.to;

export function yearsOf(period: Period): number[] {
  const years: number[] = [];
  for (let y = period.from; y <= period.to; y++) years.push(y);
  return years;
}

/**
 * The period the attributes ask for: `from`/`to` win over `year`; a lone
 * `from` runs to the default year (or to itself, if later), a lone `to` starts
 * at the first. With no year at all, `latest` (the latest complete year, never
 * a provisional one). Years are clamped to the data; a reversed span is put
 * the right way round.
 */
export function parsePeriod(
  year: unknown,
  from: unknown,
  to: unknown,
  first: number,
  last: number,
  latest = last,
): { value: Period; problems: string[] } {
  const problems: string[] = [];
  const take = (parsed: { value: number; problem?: string }): number => {
    if (parsed.problem) problems.push(parsed.problem);
    return parsed.value;
  };
  if (blank(from) && blank(to)) {
    const single = take(parseYear(year, first, last, latest));
    return { value: { from: single, to: single }, problems };
  }
  if (!blank(year)) problems.push(`year is ignored when from or to is set; showing the period.`);
  let start = take(parseYear(from, first, last, first));
  let end = take(parseYear(to, first, last, Math.max(start, latest)));
  if (start > end) {
    problems.push(`from (${start}) is after to (${end}); showing ${end}–${start}.`);
    [start, end] = [end, start];
  }
  return { value: { from: start, to: end }, problems };
}

/** True when `from` or `to` is set (a period, not a single year); never throws on odd values. */
export function isPeriodMode(from: unknown, to: unknown): boolean {
  return !blank(from) || !blank(to);
}

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

const yearText = (year: number, fiscal: boolean): string => `${fiscal ? 'FY' : ''}${year}`;

/**
 * "FY2005", "FY2002–FY2013", "2019", "1950–2021"; a provisional year is named
 * so: "FY2024 (provisional)", "FY2020–FY2024 (FY2024 provisional)".
 */
export function periodLabel(period: Period, basis: boolean | YearBasis): string {
  const { fiscal, provisional = [] } = typeof basis === 'boolean' ? { fiscal: basis } : basis;
  if (isSingleYear(period)) return `${yearText(period.from, fiscal)}${provisional.includes(period.from) ? ' (provisional)' : ''}`;
  const inside = provisional.filter((y) => y >= period.from && y <= period.to);
  const span = `${yearText(period.from, fiscal)}–${yearText(period.to, fiscal)}`;
  return inside.length ? `${span} (${inside.map((y) => yearText(y, fiscal)).join(', ')} provisional)` : span;
}
