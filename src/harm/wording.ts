// How the civilian-harm theme words its numbers. One TBIJ record can stand for
// many strikes (one Afghanistan record is 455), so a number of strikes is
// always TBIJ's minimum–maximum strike count, and a count of records is called
// "records". Years after the data end are labelled partial wherever shown.
import { formatCount } from '../core/format.js';
import type { YearStatus } from '../data/types.js';

/** A minimum–maximum count. */
export interface CountRange {
  min: number;
  max: number;
}

/** "2,609–2,611", or one number when both ends agree. */
export function formatCountRange({ min, max }: CountRange, lang: string): string {
  return min === max ? formatCount(min, lang) : `${formatCount(min, lang)}–${formatCount(max, lang)}`;
}

/** "2,609–2,611 strikes", "430 strikes", "1 strike": TBIJ's minimum–maximum strike count. */
export function formatStrikes(strikes: CountRange, lang: string): string {
  const one = strikes.min === 1 && strikes.max === 1;
  return `${formatCountRange(strikes, lang)} ${one ? 'strike' : 'strikes'}`;
}

/** "132 TBIJ records", "1 TBIJ record". */
export function formatRecords(records: number, lang: string): string {
  return `${formatCount(records, lang)} TBIJ ${records === 1 ? 'record' : 'records'}`;
}

/**
 * "5,433–5,437 strikes (827 TBIJ records)"; where every record is one strike
 * (Pakistan), just "430 strikes".
 */
export function formatStrikesAndRecords(strikes: CountRange, records: number, lang: string): string {
  const same = strikes.min === records && strikes.max === records;
  return same ? formatStrikes(strikes, lang) : `${formatStrikes(strikes, lang)} (${formatRecords(records, lang)})`;
}

/** One month formatter per language: creating one costs about a millisecond. */
const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "November 2018": the month of the last record, for "data end …". */
export function lastRecordMonth(years: Pick<YearStatus, 'last' | 'lastRecord'>, lang: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(years.lastRecord ?? '');
  if (!match) return String(years.last);
  let month = monthFormats.get(lang);
  if (!month) monthFormats.set(lang, (month = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return month.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15));
}

export function isPartial(year: number, years: Pick<YearStatus, 'provisionalYears'> | undefined): boolean {
  return !!years?.provisionalYears.includes(year);
}

/** "partial: data end November 2018" for a provisional year, else "". */
export function partialNote(year: number, years: YearStatus | undefined, lang: string): string {
  return years && isPartial(year, years) ? `partial: data end ${lastRecordMonth(years, lang)}` : '';
}

/** "2018 (partial: data end November 2018)", or the plain year when it is complete. */
export function yearLabel(year: number, years: YearStatus | undefined, lang: string): string {
  const note = partialNote(year, years, lang);
  return note ? `${year} (${note})` : String(year);
}

/** "2018 is partial: data end November 2018." when the span includes a provisional year, else "". */
export function partialSentence(first: number, last: number, years: YearStatus | undefined, lang: string): string {
  const partial = (years?.provisionalYears ?? []).filter((year) => year >= first && year <= last);
  if (!years || !partial.length) return '';
  return `${partial.join(', ')} ${partial.length === 1 ? 'is' : 'are'} partial: data end ${lastRecordMonth(years, lang)}.`;
}
