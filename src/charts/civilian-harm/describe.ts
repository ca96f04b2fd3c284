import { formatCalendarDate, SHORT_MONTH_YEAR } from '../../core/dates.js';
import { formatCount } from '../../core/format.js';
import { currentLanguage, formatInteger, messages } from '../../core/i18n.js';
import type { YearStatus } from '../../data/types.js';
import { formatCountRange, formatRecords, formatStrikes, formatStrikesAndRecords, harmMsg, numberRange, yearLabel } from '../../harm/wording.js';
import { MEASURE_LABELS, type CountryTotal, type Measure, type Range, type YearCell } from './annual.js';
import type { CivcasRow } from './comparison.js';

// Also the words the table view, the data file and the tooltip share.
export const civcasMsg = messages({
  'civcas.year': 'Year',
  'civcas.period': 'Period',
  'civcas.covers': 'Covers',
  'civcas.notes': 'Notes',
  'civcas.rowKind': '{kind}: {source}',
  'civcas.atLeast': 'at least {n}',
  'civcas.noData': 'no data',
  'civcas.mm': '{label} (min–max)',
  'civcas.killedAll': 'People killed, all',
  'civcas.conflict': 'Conflict deaths, all sides (UCDP)',
  'civcas.notCovYr': 'not covered this year',
  'civcas.unit': '{measure} per year (min–max)',
  'civcas.cell': '{title}: {measure} {range} (reported range), {strikes} ({records})',
  'civcas.cellNone': '{title}: not covered by TBIJ',
  'civcas.total': '{name} {years}: {strikes}, {range} {measure}.',
});
const msg = civcasMsg;

/** A reported range as published: "424–969", or one number when both ends agree. */
export function formatRange(range: Range, lang: string): string {
  return formatCountRange(range, lang);
}

/** An official or independent figure; an open upper end reads "at least N". */
export function formatEstimate(row: Pick<CivcasRow, 'low' | 'high'>, lang: string): string {
  if (row.high === null) return msg('civcas.atLeast', { n: formatCount(row.low, lang) }, lang);
  return formatRange({ min: row.low, max: row.high }, lang);
}

/**
 * A source as readers name it: dates the table writes as ISO ("as quoted by
 * The Hill 2016-07-01") read as months ("as quoted by The Hill, Jul 2016").
 */
export function sourceName(sourceOrg: string, lang: string): string {
  return sourceOrg.replace(/,?\s*\b(\d{4})-(\d{2})(?:-\d{2})?\b/g, (_, y: string, m: string) => `, ${formatCalendarDate(Number(y), Number(m), 15, SHORT_MONTH_YEAR, lang)}`);
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
  return deaths === null ? msg('civcas.noData', undefined, lang) : formatCount(deaths, lang);
}

export interface Line {
  label: string;
  value: string;
}

const minMax = (label: string): string => msg('civcas.mm', { label });

/**
 * The names of the annual numbers, one wording for tooltip and table headers
 * alike; "(min–max)" marks TBIJ's reported ranges. Getters: in the language
 * of the update in progress.
 */
export const ANNUAL_LABELS = {
  get strikes() {
    return minMax(harmMsg('harm.strikes'));
  },
  get records() {
    return harmMsg('harm.records');
  },
  get civilians() {
    return minMax(harmMsg('harm.civ'));
  },
  get children() {
    return minMax(harmMsg('harm.child'));
  },
  get killed() {
    return minMax(msg('civcas.killedAll'));
  },
  get injured() {
    return minMax(harmMsg('harm.inj'));
  },
  get conflict() {
    return msg('civcas.conflict');
  },
};

export function cellLines(cell: YearCell, lang: string, withContext: boolean): Line[] {
  if (!cell.covered) return [{ label: 'TBIJ', value: msg('civcas.notCovYr', undefined, lang) }];
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
  return msg('civcas.unit', { measure: MEASURE_LABELS[measure].toLowerCase() });
}

/** "Afghanistan, 2018 (partial: data end November 2018)": the tooltip title of one bar. */
export function cellTitle(cell: YearCell, name: string, years: YearStatus | undefined, lang: string): string {
  return harmMsg('harm.title', { name, when: yearLabel(cell.year, years, lang) }, lang);
}

/** The accessible name of one bar, read by screen readers and the live region. */
export function cellLabel(cell: YearCell, name: string, measure: Measure, lang: string, years?: YearStatus): string {
  const title = cellTitle(cell, name, years, lang);
  if (!cell.covered) return msg('civcas.cellNone', { title }, lang);
  return msg(
    'civcas.cell',
    { title, measure: MEASURE_LABELS[measure].toLowerCase(), range: formatRange(cell.value, lang), strikes: formatStrikes(cell.strikes, lang), records: formatRecords(cell.records, lang) },
    lang,
  );
}

/**
 * "Afghanistan 2015–2018: 5,433–5,437 strikes (827 TBIJ records), 150–384 civilians killed."
 * per country; "Pakistan 2004–2018: 430 strikes, 424–969 civilians killed." where records are strikes.
 */
export function totalSentence(total: CountryTotal, name: string, measure: Measure, lang: string): string {
  const years = yearsLabel(total.first, total.last, lang);
  return msg('civcas.total', { name, years, strikes: formatStrikesAndRecords(total.strikes, total.records, lang), range: formatRange(total.value, lang), measure: MEASURE_LABELS[measure].toLowerCase() }, lang);
}

/** "2004–2018", or one year when the range is a single year; in the language's digits. */
export function yearsLabel(first: number, last: number, lang = currentLanguage()): string {
  return first === last ? formatInteger(first, lang) : numberRange(formatInteger(first, lang), formatInteger(last, lang), lang);
}
