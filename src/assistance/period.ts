import { parseYear } from '../core/parse.js';
import { currentLanguage, formatInteger, messages } from '../core/i18n.js';

const msg = messages({
  'aid.yearIgn': 'year is ignored when from or to is set; showing the period.',
  'aid.reversed': 'from ({from}) is after to ({to}); showing {to}–{from}.',
  'aid.fy': 'FY{year}',
  'aid.fySpan': 'FY{from}–FY{to}',
  'aid.span': '{from}–{to}',
  'aid.prov': '{when} (provisional)',
  'aid.spanProv': { other: '{span} ({years} provisional)' },
  'aid.comma': ', ',
});

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
  if (!blank(year)) problems.push(msg('aid.yearIgn'));
  let start = take(parseYear(from, first, last, first));
  let end = take(parseYear(to, first, last, Math.max(start, latest)));
  if (start > end) {
    problems.push(msg('aid.reversed', { from: start, to: end }));
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

const yearText = (year: number, fiscal: boolean): string => (fiscal ? msg('aid.fy', { year }) : formatInteger(year, currentLanguage()));

/**
 * "FY2005", "FY2002–FY2013", "2019", "1950–2021"; a provisional year is named
 * so: "FY2024 (provisional)", "FY2020–FY2024 (FY2024 provisional)". In the
 * language of the update in progress.
 */
export function periodLabel(period: Period, basis: boolean | YearBasis): string {
  const { fiscal, provisional = [] } = typeof basis === 'boolean' ? { fiscal: basis } : basis;
  if (isSingleYear(period)) {
    const when = yearText(period.from, fiscal);
    return provisional.includes(period.from) ? msg('aid.prov', { when }) : when;
  }
  const inside = provisional.filter((y) => y >= period.from && y <= period.to);
  const span = msg(fiscal ? 'aid.fySpan' : 'aid.span', { from: period.from, to: period.to });
  if (!inside.length) return span;
  return msg('aid.spanProv', { span, count: inside.length, years: inside.map((y) => yearText(y, fiscal)).join(msg('aid.comma')) });
}
