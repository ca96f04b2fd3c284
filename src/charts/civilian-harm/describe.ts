import { formatCount } from '../../core/format.js';
import type { YearStatus } from '../../data/types.js';
import { formatCountRange, formatRecords, formatStrikes, formatStrikesAndRecords, yearLabel } from '../../harm/wording.js';
import { MEASURE_LABELS, type CountryTotal, type Measure, type Range, type YearCell } from './annual.js';
import type { CivcasRow } from './comparison.js';

/** A reported range as published: "424–969", or one number when both ends agree. */
export function formatRange(range: Range, lang: string): string {
  return formatCountRange(range, lang);
}

/** An official or independent figure; an open upper end reads "at least N". */
export function formatEstimate(row: Pick<CivcasRow, 'low' | 'high'>, lang: string): string {
  if (row.high === null) return `at least ${formatCount(row.low, lang)}`;
  return formatRange({ min: row.low, max: row.high }, lang);
}

const months = new Map<string, Intl.DateTimeFormat>();

/**
 * A source as readers name it: dates the table writes as ISO ("as quoted by
 * The Hill 2016-07-01") read as months ("as quoted by The Hill, Jul 2016").
 */
export function sourceName(sourceOrg: string, lang: string): string {
  let month = months.get(lang);
  if (!month) months.set(lang, (month = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' })));
  const format = month;
  return sourceOrg.replace(/,?\s*\b(\d{4})-(\d{2})(?:-\d{2})?\b/g, (_, y: string, m: string) => `, ${format.format(Date.UTC(Number(y), Number(m) - 1, 15))}`);
}

/**
 * A source as the chart labels it: without "(as quoted by …)", which the
 * tooltip and table keep, so that most figures take one line.
 */
export function shortSourceName(sourceOrg: string): string {
  return sourceOrg.replace(/\s*\(as quoted by [^)]*\)/i, '');
}

/**
 * A row's own notes for readers: the clauses of the table's notes that do not
 * point at other rows ("compare row 7") or web addresses, which mean nothing
 * on screen. The reader note, where the table has one, comes first.
 */
export function rowNote(row: Pick<CivcasRow, 'notes' | 'readerNote'>): string {
  const clauses = row.notes
    .split(/;\s*/)
    .map((clause) => clause.trim())
    .filter((clause) => clause && !/\brows? \d+\b/i.test(clause) && !/\b[\w-]+\.(gov|com|org|net|no|na)\b/i.test(clause));
  const joined = clauses.join('; ');
  const notes = joined && !/[.!?]$/.test(joined) ? `${joined}.` : joined;
  return [row.readerNote ?? '', notes.charAt(0).toUpperCase() + notes.slice(1)].filter(Boolean).join(' ');
}

/** UCDP deaths, or "no data" where the source has none (never 0). */
export function formatConflict(deaths: number | null, lang: string): string {
  return deaths === null ? 'no data' : formatCount(deaths, lang);
}

export interface Line {
  label: string;
  value: string;
}

/**
 * The names of the annual numbers, one wording for tooltip and table headers
 * alike; "(min–max)" marks TBIJ's reported ranges.
 */
export const ANNUAL_LABELS = {
  strikes: 'Strikes (min–max)',
  records: 'TBIJ records',
  civilians: 'Civilians killed (min–max)',
  children: 'Children killed (min–max)',
  killed: 'People killed, all (min–max)',
  injured: 'People injured (min–max)',
  conflict: 'Conflict deaths, all sides (UCDP)',
} as const;

export function cellLines(cell: YearCell, lang: string, withContext: boolean): Line[] {
  if (!cell.covered) return [{ label: 'TBIJ', value: 'not covered this year' }];
  const lines: Line[] = [
    { label: ANNUAL_LABELS.strikes, value: formatRange(cell.strikes, lang) },
    { label: ANNUAL_LABELS.records, value: formatCount(cell.records, lang) },
    { label: ANNUAL_LABELS.civilians, value: formatRange(cell.all.civilians, lang) },
    { label: ANNUAL_LABELS.children, value: formatRange(cell.all.children, lang) },
    { label: ANNUAL_LABELS.killed, value: formatRange(cell.all.killed, lang) },
    { label: ANNUAL_LABELS.injured, value: formatRange(cell.all.injured, lang) },
  ];
  if (withContext) lines.push({ label: ANNUAL_LABELS.conflict, value: formatConflict(cell.conflictDeaths, lang) });
  return lines;
}

/** "civilians killed per year (min–max)": the unit of the annual chart's value axis. */
export function unitLabel(measure: Measure): string {
  return `${MEASURE_LABELS[measure].toLowerCase()} per year (min–max)`;
}

/** "Afghanistan, 2018 (partial: data end November 2018)": the tooltip title of one bar. */
export function cellTitle(cell: YearCell, name: string, years: YearStatus | undefined, lang: string): string {
  return `${name}, ${yearLabel(cell.year, years, lang)}`;
}

/** The accessible name of one bar, read by screen readers and the live region. */
export function cellLabel(cell: YearCell, name: string, measure: Measure, lang: string, years?: YearStatus): string {
  const title = cellTitle(cell, name, years, lang);
  if (!cell.covered) return `${title}: not covered by TBIJ`;
  return `${title}: ${MEASURE_LABELS[measure].toLowerCase()} ${formatRange(cell.value, lang)} (reported range), ${formatStrikes(cell.strikes, lang)} (${formatRecords(cell.records, lang)})`;
}

/**
 * "Afghanistan 2015–2018: 5,433–5,437 strikes (827 TBIJ records), 150–384 civilians killed."
 * per country; "Pakistan 2004–2018: 430 strikes, 424–969 civilians killed." where records are strikes.
 */
export function totalSentence(total: CountryTotal, name: string, measure: Measure, lang: string): string {
  return `${name} ${yearsLabel(total.first, total.last)}: ${formatStrikesAndRecords(total.strikes, total.records, lang)}, ${formatRange(total.value, lang)} ${MEASURE_LABELS[measure].toLowerCase()}.`;
}

/** "2004–2018", or one year when the range is a single year. */
export function yearsLabel(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}
