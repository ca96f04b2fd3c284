// The words readers get: kinds and periods, each column's line, the summary
// and the notes under the credit. Pure.
import { formatCalendarDate, DAY_MONTH_YEAR, SHORT_MONTH, SHORT_MONTH_YEAR, type DateParts } from '../../core/dates.js';
import type { Glomag, GlomagKind } from '../../data/sanctions.js';
import { currentLanguage, formatInteger, formatList, messages } from '../../core/i18n.js';
import { KINDS, entriesOf, totals, type Period } from './periods.js';

const msg = messages({
  'sanctions.heading': 'Global Magnitsky sanctions: entries on the U.S. list',
  'sanctions.lede': 'Counts are entries on the U.S. Treasury’s sanctions list, not sanction actions: one announcement can add many entries.',
  'sanctions.individuals': { one: '# individual', other: '# individuals' },
  'sanctions.entities': { one: '# entity', other: '# entities' },
  'sanctions.vessels': { one: '# vessel', other: '# vessels' },
  'sanctions.entries': { one: '# entry', other: '# entries' },
  'sanctions.kindIndividual': 'Individuals',
  'sanctions.kindEntity': 'Entities',
  'sanctions.kindVessel': 'Vessels',
  'sanctions.undated': 'Undated',
  'sanctions.undatedPeriod': 'Undated: already listed on {date}',
  'sanctions.fromPeriod': '{year} (from {date})',
  'sanctions.toPeriod': '{year} (to {date})',
  'sanctions.tickBy': 'by {date}',
  'sanctions.tickFrom': 'from {date}',
  'sanctions.tickTo': 'to {date}',
  'sanctions.line': '{period}: {entries}',
  'sanctions.lineKinds': '{period}: {entries} ({list})',
  'sanctions.sumAll': 'The chart counts {entries} of the Global Magnitsky program on the U.S. sanctions list: {list}.',
  'sanctions.sumOne': 'The chart counts {entries} of the Global Magnitsky program on the U.S. sanctions list.',
  'sanctions.sumUndated': { one: '# of them was already listed on {date} and has no date.', other: '# of them were already listed on {date} and have no date.' },
  'sanctions.sumPeak': 'Of the entries with a date, the most were first seen in {year}: {entries}.',
  'sanctions.sumDay': 'The most on one day: {entries} on {date}.',
  'sanctions.sumNone': 'No entries of these kinds were first seen from {from} to {to}.',
  'sanctions.noteUndated': 'Entries already on the list on {date}, when the archived copies begin, have no date: they were designated before then and are counted together as undated, not spread over years.',
  'sanctions.notePartial': '{first} counts entries first seen from {firstDate} only, and {last} to {lastDate} only.',
  'sanctions.noteLag': 'A year is the year an entry was first seen on the list, which can lag the announcement by hours, or by days when the archive missed a copy.',
  'sanctions.noteKinds': 'Companies and vessels are entries of their own, and an entry can fall under other sanctions programs too.',
  'sanctions.noteRemoved': { one: '# entry was taken off the list by {date}; it is still counted where it was first seen.', other: '# entries were taken off the list by {date}; they are still counted where they were first seen.' },
});

/** A count or a year in the language's digits. */
export const integer = (value: number, grouping = false): string => formatInteger(value, currentLanguage(), grouping);

const COUNTED = { individual: 'sanctions.individuals', entity: 'sanctions.entities', vessel: 'sanctions.vessels' } as const;
const NAMES = { individual: 'sanctions.kindIndividual', entity: 'sanctions.kindEntity', vessel: 'sanctions.kindVessel' } as const;

/** "21 individuals" */
export const kindCount = (kind: GlomagKind, count: number): string => msg(COUNTED[kind], { count });

/** "Individuals": a kind as a column or legend name. */
export const kindName = (kind: GlomagKind): string => msg(NAMES[kind]);

/** "193 entries" */
export const entriesText = (count: number): string => msg('sanctions.entries', { count });

type DateStyle = 'long' | 'short' | 'month';

const DATE_STYLES: Record<DateStyle, DateParts> = { long: DAY_MONTH_YEAR, short: SHORT_MONTH_YEAR, month: SHORT_MONTH };

/** An ISO date of the data: "August 18, 2021", short "Aug 2021", or its month "Aug". */
export function formatDate(date: string, style: DateStyle = 'long', lang = currentLanguage()): string {
  const [year, month, day] = date.split('-').map(Number);
  return formatCalendarDate(year!, month || 1, day || 1, DATE_STYLES[style], lang);
}

/** What the record covers: its first and last archived copies and its partial years. */
export type RecordSpan = Pick<Glomag, 'firstRecord' | 'lastRecord' | 'partialYears'>;

/** A period's full name: "Undated: already listed on August 18, 2021", "2021 (from August 18, 2021)", "2022". */
export function periodName(period: Period, record: RecordSpan): string {
  if (period.year === null) return msg('sanctions.undatedPeriod', { date: formatDate(record.firstRecord) });
  if (!period.partial) return integer(period.year);
  const first = period.year === record.partialYears[0];
  return msg(first ? 'sanctions.fromPeriod' : 'sanctions.toPeriod', { year: integer(period.year), date: formatDate(first ? record.firstRecord : record.lastRecord) });
}

/** The tick under a column: its name and, for the undated column and partial years, a short second line. */
export function periodTick(period: Period, record: RecordSpan): [string] | [string, string] {
  if (period.year === null) return [msg('sanctions.undated'), msg('sanctions.tickBy', { date: formatDate(record.firstRecord, 'short') })];
  if (!period.partial) return [integer(period.year)];
  const first = period.year === record.partialYears[0];
  // The year is on the line above: the month is enough.
  return [integer(period.year), msg(first ? 'sanctions.tickFrom' : 'sanctions.tickTo', { date: formatDate(first ? record.firstRecord : record.lastRecord, 'month') })];
}

/** The kinds shown with their counts: "21 individuals, 15 entities and 157 vessels". */
export const kindList = (counts: readonly number[], kinds: readonly GlomagKind[]): string =>
  formatList(KINDS.filter((k) => kinds.includes(k)).map((k) => kindCount(k, counts[KINDS.indexOf(k)]!)));

/** One column in a sentence: "2022: 193 entries (21 individuals, 15 entities and 157 vessels)". */
export function columnLine(period: Period, kinds: readonly GlomagKind[], record: RecordSpan): string {
  const name = periodName(period, record);
  if (kinds.length === 1) return msg('sanctions.line', { period: name, entries: kindCount(kinds[0]!, entriesOf(period, kinds)) });
  return msg('sanctions.lineKinds', { period: name, entries: entriesText(entriesOf(period, kinds)), list: kindList(period.counts, kinds) });
}

export const defaultHeading = (): string => msg('sanctions.heading');
export const lede = (): string => msg('sanctions.lede');

/** The date with the most entries of the kinds shown, in the years shown; null when none. */
export function busiestDay(data: Glomag, kinds: readonly GlomagKind[], from: number, to: number): { date: string; entries: number } | null {
  let best: { date: string; entries: number } | null = null;
  data.dates.date.forEach((date, i) => {
    const year = Number(date.slice(0, 4));
    if (year < from || year > to) return;
    const entries = kinds.reduce((sum, k) => sum + data.dates[k][i]!, 0);
    if (entries > 0 && (!best || entries > best.entries)) best = { date, entries };
  });
  return best;
}

/**
 * The total shown by kind, the undated share, the year and the day with the
 * most entries first seen. Each number is of the kinds and years shown.
 */
export function sanctionsSummary(data: Glomag, shown: readonly Period[], kinds: readonly GlomagKind[], from: number, to: number): string {
  const sums = totals(shown);
  const all = kinds.reduce((sum, k) => sum + sums[KINDS.indexOf(k)]!, 0);
  const dated = shown.filter((p) => p.year !== null);
  const undated = shown.find((p) => p.year === null);
  const sentences: string[] = [];
  if (kinds.length === 1) sentences.push(msg('sanctions.sumOne', { entries: kindCount(kinds[0]!, all) }));
  else sentences.push(msg('sanctions.sumAll', { entries: entriesText(all), list: kindList(sums, kinds) }));
  if (undated && entriesOf(undated, kinds) > 0) sentences.push(msg('sanctions.sumUndated', { count: entriesOf(undated, kinds), date: formatDate(data.firstRecord) }));
  const peak = dated.reduce<Period | null>((best, p) => (entriesOf(p, kinds) > (best ? entriesOf(best, kinds) : 0) ? p : best), null);
  if (!peak) sentences.push(msg('sanctions.sumNone', { from: integer(from), to: integer(to) }));
  else {
    sentences.push(msg('sanctions.sumPeak', { year: integer(peak.year!), entries: entriesText(entriesOf(peak, kinds)) }));
    const day = busiestDay(data, kinds, from, to);
    if (day) sentences.push(msg('sanctions.sumDay', { entries: entriesText(day.entries), date: formatDate(day.date) }));
  }
  return sentences.join(' ');
}

/** The notes under the credit: undated entries, partial years, the lag of a first sighting, what an entry is, removals. */
export function sanctionsNotes(data: Glomag): string[] {
  const [first, last] = data.partialYears;
  const removed = data.removed.reduce((a, b) => a + b, 0);
  return [
    msg('sanctions.noteUndated', { date: formatDate(data.firstRecord) }),
    msg('sanctions.notePartial', { first: integer(first), firstDate: formatDate(data.firstRecord), last: integer(last), lastDate: formatDate(data.lastRecord) }),
    msg('sanctions.noteLag'),
    msg('sanctions.noteKinds'),
    ...(removed ? [msg('sanctions.noteRemoved', { count: removed, date: formatDate(data.lastRecord) })] : []),
  ];
}
