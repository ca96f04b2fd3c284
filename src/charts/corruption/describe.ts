// The words readers get: the heading, what the scores are (the data's own
// wording), why they are shown as a table, the credit line TI asks for, each
// row read aloud, the summary and the notes. Pure.
import { currentLanguage, formatInteger, formatList, messages, translate } from '../../core/i18n.js';
import { dataTextKey } from '../../core/chrome.js';
import type { TiCpi } from '../../data/corruption.js';
import type { CpiRow } from './ranking.js';

const msg = messages({
  'cpi.heading': 'Corruption Perceptions Index {year}',
  // Quoted from the description of the index in Our World in Data's package of TI's data.
  'cpi.what':
    'Transparency International ranks countries and territories “by their perceived levels of public sector corruption according to experts and businesspeople”, from 0 (highly corrupt) to 100 (very clean): perceptions, not measured corruption.',
  'cpi.asPublished': 'Transparency International publishes the index under a no-derivatives licence, so the scores are shown as published, in a table.',
  'cpi.noDetail': 'The data have no ranks, standard errors or confidence intervals for {year}; the countries are listed by score, highest first.',
  'cpi.rowDetail': '{name}: rank {rank}, score {score} (90% confidence interval {lower} to {upper}; {sources})',
  'cpi.row': '{name}: score {score}',
  'cpi.sources': { one: '# source', other: '# sources' },
  'cpi.sumCount': { one: '# country or territory was scored in {year}.', other: '# countries and territories were scored in {year}.' },
  'cpi.sumTop': 'Highest score: {names} ({score}). Lowest: {lowest} ({low}).',
  'cpi.noteGap': 'The {from}–{to} editions are not in the data.',
  'cpi.noteCompare': 'Scores of different editions can be compared, but a change of a few points may lie within the margin of error.',
  'cpi.credit': '{index} {year}, {licence}',
  'cpi.noteRounded': 'Standard errors and confidence intervals are shown to two decimals.',
});

export const defaultHeading = (year: number): string => msg('cpi.heading', { year });
export const whatScoresAre = (): string => msg('cpi.what');
export const whyTable = (): string => msg('cpi.asPublished');
export const noDetailNote = (year: number): string => msg('cpi.noDetail', { year });

/** A credit or licence name from the data in the reader's language (the footer's catalogue entries), else as the data has it. */
const dataText = (kind: 'credit' | 'licence', english: string): string => translate(english, dataTextKey(kind, english), undefined, currentLanguage());

/**
 * The credit line of LICENSES.md §9 (c), for the edition shown:
 * "Transparency International, Corruption Perceptions Index [year], CC BY-ND 4.0"
 * (the index's name in the reader's language where the catalogue has it).
 */
export const creditLine = (meta: TiCpi['meta'], year: number): string =>
  msg('cpi.credit', { index: dataText('credit', meta.creditShort ?? meta.publisher), year: integer(year), licence: dataText('licence', meta.licenceName) });

/** A score or a count in the language's digits. */
export const integer = (value: number): string => formatInteger(value, currentLanguage());

const decimals = new Map<string, Intl.NumberFormat>();

/** A standard error or an interval bound, to two decimals in the language's digits. */
export function decimal(value: number, lang = currentLanguage()): string {
  let format = decimals.get(lang);
  if (!format) decimals.set(lang, (format = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  return format.format(value);
}

/** "12 sources" */
export const sourcesText = (count: number): string => msg('cpi.sources', { count });

/** One row in a sentence (the announcement of the row a key moves to). */
export function rowLine(row: CpiRow, name: string): string {
  if (row.rank !== null && row.lower !== null && row.upper !== null && row.sources !== null) {
    return msg('cpi.rowDetail', { name, rank: integer(row.rank), score: integer(row.score), lower: decimal(row.lower), upper: decimal(row.upper), sources: sourcesText(row.sources) });
  }
  return msg('cpi.row', { name, score: integer(row.score) });
}

/**
 * How many were scored and the highest and the lowest score, with every
 * country that shares it (of the whole edition, whatever rows are listed).
 */
export function cpiSummary(rows: readonly CpiRow[], year: number, nameOf: (code: string) => string): string {
  if (!rows.length) return msg('cpi.sumCount', { count: 0, year });
  const scores = rows.map((r) => r.score);
  const high = Math.max(...scores);
  const low = Math.min(...scores);
  const at = (score: number): string => formatList(rows.filter((r) => r.score === score).map((r) => nameOf(r.code)));
  return `${msg('cpi.sumCount', { count: rows.length, year })} ${msg('cpi.sumTop', { names: at(high), score: integer(high), lowest: at(low), low: integer(low) })}`;
}

/** The notes under the credit: the missing editions, comparing editions, the rounding of the detail. */
export function cpiNotes(data: TiCpi): string[] {
  const notes: string[] = [];
  const gap = data.missingYears;
  if (gap.length) notes.push(msg('cpi.noteGap', { from: gap[0]!, to: gap[gap.length - 1]! }));
  notes.push(msg('cpi.noteCompare'), msg('cpi.noteRounded'));
  return notes;
}
