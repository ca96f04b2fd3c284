// How the civilian-harm theme words its numbers. One TBIJ record can stand for
// many strikes (one Afghanistan record is 455), so a number of strikes is
// always TBIJ's minimum–maximum strike count, and a count of records is called
// "records". Years after the data end are labelled partial wherever shown.
import { formatCalendarDate, MONTH_YEAR } from '../core/dates.js';
import { formatCount } from '../core/format.js';
import { formatInteger, isRightToLeftUi, messages, uiLanguageOf } from '../core/i18n.js';
import type { YearStatus } from '../data/types.js';

// Labels both civilian-harm charts use (tooltips, tables, data files): one wording, one translation.
export const harmMsg = messages({
  'harm.strike': { one: '# strike', other: '# strikes' },
  'harm.strikeR': '{range} strikes',
  'harm.record': { one: '# TBIJ record', other: '# TBIJ records' },
  'harm.partial': 'partial: data end {month}',
  'harm.partialS': { one: '{years} is partial: data end {month}.', other: '{years} are partial: data end {month}.' },
  'harm.title': '{name}, {when}',
  'harm.strikes': 'Strikes',
  'harm.records': 'TBIJ records',
  'harm.civ': 'Civilians killed',
  'harm.child': 'Children killed',
  'harm.inj': 'People injured',
  'harm.country': 'Country',
  'harm.iso': 'ISO 3166-1 alpha-3 code',
  'harm.source': 'Source',
  'harm.key': 'Key',
  'harm.notGiven': 'not given',
  'harm.lowR': '{label}, lowest reported',
  'harm.highR': '{label}, highest reported',
  // The TBIJ data file's first two caveats, shown on both charts.
  'harm.cavRange': 'TBIJ figures are reported ranges (minimum–maximum) from press and official reports, not verified body counts.',
  'harm.cavRec': "One TBIJ record can stand for many strikes (one Afghanistan record of September 2018 is 455 strikes), so numbers of strikes are TBIJ's minimum–maximum strike counts, not numbers of records.",
});
const msg = harmMsg;

/** A minimum–maximum count. */
export interface CountRange {
  min: number;
  max: number;
}

/**
 * "2,609–2,611", "2015–2018": two numbers joined, as one left-to-right run in
 * a right-to-left language (the bidi algorithm would otherwise show the
 * larger number first to a reader reading from the right), not broken at the dash.
 */
export function numberRange(low: string, high: string, lang: string, dash = '–'): string {
  return rightToLeft(lang) ? `\u2066${low}\u2060${dash}\u2060${high}\u2069` : `${low}${dash}${high}`;
}

/** An ISO date ("2018-11-25") as one left-to-right run in a right-to-left language, where it would read "25-11-2018". */
export const isoDate = (date: string, lang: string): string => (rightToLeft(lang) ? `\u2066${date}\u2069` : date);

function rightToLeft(lang: string): boolean {
  const ui = uiLanguageOf(lang);
  return !!ui && isRightToLeftUi(ui);
}

/**
 * Words drawn in an SVG (which runs left to right) as one run of their own
 * direction: in Arabic, brackets and numbers would otherwise take the SVG's.
 */
export const ownRun = (text: string, lang: string): string => (rightToLeft(lang) ? `\u2068${text}\u2069` : text);

/** "2,609–2,611", or one number when both ends agree. */
export function formatCountRange({ min, max }: CountRange, lang: string): string {
  return min === max ? formatCount(min, lang) : numberRange(formatCount(min, lang), formatCount(max, lang), lang);
}

/** "2,609–2,611 strikes", "430 strikes", "1 strike": TBIJ's minimum–maximum strike count. */
export function formatStrikes(strikes: CountRange, lang: string): string {
  return strikes.min === strikes.max
    ? msg('harm.strike', { count: strikes.min }, lang)
    : msg('harm.strikeR', { range: formatCountRange(strikes, lang) }, lang);
}

/** "132 TBIJ records", "1 TBIJ record". */
export function formatRecords(records: number, lang: string): string {
  return msg('harm.record', { count: records }, lang);
}

/**
 * "5,433–5,437 strikes (827 TBIJ records)"; where every record is one strike
 * (Pakistan), just "430 strikes".
 */
export function formatStrikesAndRecords(strikes: CountRange, records: number, lang: string): string {
  const same = strikes.min === records && strikes.max === records;
  return same ? formatStrikes(strikes, lang) : `${formatStrikes(strikes, lang)} (${formatRecords(records, lang)})`;
}

/** "November 2018": the month of the last record, for "data end …". */
export function lastRecordMonth(years: Pick<YearStatus, 'last' | 'lastRecord'>, lang: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(years.lastRecord ?? '');
  if (!match) return formatInteger(years.last, lang);
  return formatCalendarDate(Number(match[1]), Number(match[2]), 15, MONTH_YEAR, lang);
}

export function isPartial(year: number, years: Pick<YearStatus, 'provisionalYears'> | undefined): boolean {
  return !!years?.provisionalYears.includes(year);
}

/** "partial: data end November 2018" for a provisional year, else "". */
export function partialNote(year: number, years: YearStatus | undefined, lang: string): string {
  return years && isPartial(year, years) ? msg('harm.partial', { month: lastRecordMonth(years, lang) }, lang) : '';
}

/** "2018 (partial: data end November 2018)", or the plain year when it is complete. */
export function yearLabel(year: number, years: YearStatus | undefined, lang: string): string {
  const note = partialNote(year, years, lang);
  const text = formatInteger(year, lang);
  return note ? `${text} (${note})` : text;
}

/** "2018 is partial: data end November 2018." when the span includes a provisional year, else "". */
export function partialSentence(first: number, last: number, years: YearStatus | undefined, lang: string): string {
  const partial = (years?.provisionalYears ?? []).filter((year) => year >= first && year <= last);
  if (!years || !partial.length) return '';
  const listed = partial.map((year) => formatInteger(year, lang)).join(', ');
  return msg('harm.partialS', { count: partial.length, years: listed, month: lastRecordMonth(years, lang) }, lang);
}
