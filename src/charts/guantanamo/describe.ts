// The words readers get: dates as the sources give them, each count's line,
// the summary and the notes under the credit. Pure.
import { formatCalendarDate, DAY_MONTH_YEAR, MONTH_YEAR } from '../../core/dates.js';
import type { GuantanamoDetainees } from '../../data/guantanamo.js';
import { currentLanguage, formatInteger, formatList, messages } from '../../core/i18n.js';
import type { DetaineeCount, Term } from './counts.js';

const msg = messages({
  'gtmo.heading': 'People held at Guantánamo Bay',
  'gtmo.onDay': 'on {date}',
  'gtmo.inMonth': 'in {date}',
  'gtmo.inYear': 'in {date}',
  'gtmo.inPeriod': 'from {from} to {to}',
  'gtmo.period': '{from} to {to}',
  'gtmo.held': { one: '# person held', other: '# people held' },
  'gtmo.countLine': '{held} {when}',
  'gtmo.sumTotal': { one: '# person was held at Guantánamo Bay from {from} to {to}.', other: '# people were held at Guantánamo Bay from {from} to {to}.' },
  'gtmo.sumChange': 'The number held went from {first} {firstWhen} to {last} {lastWhen}.',
  'gtmo.sumOne': { one: '# person was held {when}.', other: '# people were held {when}.' },
  'gtmo.sumNone': 'The sources give no count of the people held between {from} and {to}.',
  'gtmo.sumPeak': 'The prison held the most people in {year}; the sources give no number for that year.',
  'gtmo.noteSeries':
    'These are counts at single dates, copied by hand from news reports and the pages of human-rights groups, not an official yearly series. Between two counts the number is not known: a dashed step does not say when it changed.',
  'gtmo.notePeak': 'The prison held the most people in {year}; no source gives that number, so the chart shows none.',
  'gtmo.noteTotals': 'The sources do not quite agree on the total ever held, nor on the transfers under Presidents {presidents}.',
  'gtmo.noteDated': 'The count {period} comes from an undated page, and the count {latest} from a reproduced copy of a newspaper article.',
  'gtmo.noteTransfers': 'The data give no transfers after {year}.',
  'gtmo.bush': 'Bush',
  'gtmo.obama': 'Obama',
  'gtmo.trump': 'Trump',
});

const PRESIDENTS: Record<string, 'gtmo.bush' | 'gtmo.obama' | 'gtmo.trump'> = { bush: 'gtmo.bush', obama: 'gtmo.obama', trump: 'gtmo.trump' };

/** A president's surname in the reader's script, else as the data has it. */
export function presidentName(surname: string): string {
  const key = PRESIDENTS[surname.toLowerCase()];
  return key ? msg(key) : surname;
}

/** A count or a year in the language's digits. */
export const integer = (value: number, grouping = false): string => formatInteger(value, currentLanguage(), grouping);

/** A date of the data as precise as its source: "January 20, 2009", "January 2025", "2003". */
export function formatDate(date: string, lang = currentLanguage()): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return formatInteger(year!, lang);
  return formatCalendarDate(year!, month, day || 1, day ? DAY_MONTH_YEAR : MONTH_YEAR, lang);
}

/** When a count was taken, as a phrase: "on January 20, 2009", "in January 2025", "from May 2018 to January 2021". */
export function whenOf(count: Pick<DetaineeCount, 'date' | 'until'>): string {
  if (count.until) return msg('gtmo.inPeriod', { from: formatDate(count.date), to: formatDate(count.until) });
  const parts = count.date.split('-').length;
  const date = formatDate(count.date);
  return msg(parts === 3 ? 'gtmo.onDay' : parts === 2 ? 'gtmo.inMonth' : 'gtmo.inYear', { date });
}

/** The date column's text: the date, or the period. */
export function dateText(count: Pick<DetaineeCount, 'date' | 'until'>): string {
  return count.until ? msg('gtmo.period', { from: formatDate(count.date), to: formatDate(count.until) }) : formatDate(count.date);
}

/** "242 people held" */
export const heldText = (held: number): string => msg('gtmo.held', { count: held });

/** One count in a sentence: "242 people held on January 20, 2009". */
export const countLine = (count: DetaineeCount): string => msg('gtmo.countLine', { held: heldText(count.held), when: whenOf(count) });

export const defaultHeading = (): string => msg('gtmo.heading');

/**
 * Three sentences: everyone ever held, the first and last count in the years
 * shown, and the peak year, which has no number.
 */
export function detaineeSummary(data: GuantanamoDetainees, counts: readonly DetaineeCount[], from: number, to: number): string {
  const sentences = [msg('gtmo.sumTotal', { count: data.everHeld.value, from: data.everHeld.from, to: data.everHeld.to })];
  const first = counts[0];
  const last = counts[counts.length - 1];
  if (!first || !last) sentences.push(msg('gtmo.sumNone', { from, to }));
  else if (first === last) sentences.push(msg('gtmo.sumOne', { count: first.held, when: whenOf(first) }));
  else sentences.push(msg('gtmo.sumChange', { first: integer(first.held, true), firstWhen: whenOf(first), last: integer(last.held, true), lastWhen: whenOf(last) }));
  // Said whatever the years shown: no count stands for it, so the reader needs it to read the others.
  sentences.push(msg('gtmo.sumPeak', { year: data.peak.year }));
  return sentences.join(' ');
}

/** The notes under the credit: what kind of series this is, the peak, where sources differ, the least certain counts, the missing transfers. */
export function detaineeNotes(data: GuantanamoDetainees, counts: readonly DetaineeCount[], terms: readonly Term[]): string[] {
  const notes = [msg('gtmo.noteSeries'), msg('gtmo.notePeak', { year: data.peak.year })];
  const differing = terms.filter((t) => t.note).map((t) => presidentName(t.president));
  if (differing.length) notes.push(msg('gtmo.noteTotals', { presidents: formatList(differing) }));
  const period = counts.find((c) => c.until);
  const latest = counts[counts.length - 1];
  const dated = data.meta.caveats.some((c) => /undated/.test(c) && /reproduced copy/.test(c));
  if (dated && period && latest && latest !== period) notes.push(msg('gtmo.noteDated', { period: whenOf(period), latest: whenOf(latest) }));
  const lastTerm = terms[terms.length - 1];
  if (lastTerm) notes.push(msg('gtmo.noteTransfers', { year: lastTerm.to }));
  return notes;
}
