import { formatCount } from '../../core/format.js';
import { MEASURE_LABELS, type CountryTotal, type Measure, type Range, type YearCell } from './annual.js';
import type { CivcasRow } from './comparison.js';

/** A reported range as published: "424–969", or one number when both ends agree. */
export function formatRange(range: Range, lang: string): string {
  const min = formatCount(range.min, lang);
  return range.min === range.max ? min : `${min}–${formatCount(range.max, lang)}`;
}

/** An official or independent figure; an open upper end reads "at least N". */
export function formatEstimate(row: Pick<CivcasRow, 'low' | 'high'>, lang: string): string {
  if (row.high === null) return `at least ${formatCount(row.low, lang)}`;
  return formatRange({ min: row.low, max: row.high }, lang);
}

export interface Line {
  label: string;
  value: string;
}

export function cellLines(cell: YearCell, lang: string, withContext: boolean): Line[] {
  if (!cell.covered) return [{ label: 'TBIJ', value: 'not covered this year' }];
  const lines = [
    { label: 'Strikes (records)', value: formatCount(cell.strikes, lang) },
    { label: 'Civilians killed', value: formatRange(cell.all.civilians, lang) },
    { label: 'Children killed', value: formatRange(cell.all.children, lang) },
    { label: 'People killed (all)', value: formatRange(cell.all.killed, lang) },
    { label: 'Injured', value: formatRange(cell.all.injured, lang) },
  ];
  if (withContext) {
    lines.push({
      label: 'UCDP conflict deaths',
      value: cell.conflictDeaths === null ? 'no data' : formatCount(cell.conflictDeaths, lang),
    });
  }
  return lines;
}

/** The accessible name of one bar, read by screen readers and the live region. */
export function cellLabel(cell: YearCell, name: string, measure: Measure, lang: string): string {
  if (!cell.covered) return `${name}, ${cell.year}: not covered by TBIJ`;
  return `${name}, ${cell.year}: ${MEASURE_LABELS[measure].toLowerCase()} ${formatRange(cell.value, lang)} (reported range), ${strikes(cell.strikes, lang)}`;
}

/** "Pakistan 2004–2018: 430 strikes, 424–969 civilians killed." per country. */
export function totalSentence(total: CountryTotal, name: string, measure: Measure, lang: string): string {
  const years = total.first === total.last ? String(total.first) : `${total.first}–${total.last}`;
  return `${name} ${years}: ${strikes(total.strikes, lang)}, ${formatRange(total.value, lang)} ${MEASURE_LABELS[measure].toLowerCase()}.`;
}

function strikes(count: number, lang: string): string {
  return `${formatCount(count, lang)} ${count === 1 ? 'strike' : 'strikes'}`;
}

/** "2004–2018", or one year when the range is a single year. */
export function yearsLabel(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}
