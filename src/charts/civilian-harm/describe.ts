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

/** UCDP deaths, or "no data" where the source has none (never 0). */
export function formatConflict(deaths: number | null, lang: string): string {
  return deaths === null ? 'no data' : formatCount(deaths, lang);
}

export interface Line {
  label: string;
  value: string;
}

export function cellLines(cell: YearCell, lang: string, withContext: boolean): Line[] {
  if (!cell.covered) return [{ label: 'TBIJ', value: 'not covered this year' }];
  const lines = [
    { label: 'Strikes (TBIJ min–max)', value: formatRange(cell.strikes, lang) },
    { label: 'TBIJ records', value: formatCount(cell.records, lang) },
    { label: 'Civilians killed', value: formatRange(cell.all.civilians, lang) },
    { label: 'Children killed', value: formatRange(cell.all.children, lang) },
    { label: 'People killed (all)', value: formatRange(cell.all.killed, lang) },
    { label: 'Injured', value: formatRange(cell.all.injured, lang) },
  ];
  if (withContext) lines.push({ label: 'UCDP conflict deaths', value: formatConflict(cell.conflictDeaths, lang) });
  return lines;
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
