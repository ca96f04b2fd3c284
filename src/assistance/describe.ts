import { formatIndex } from '../core/format.js';
import { formatLong, formatShare, ordinal } from './amounts.js';
import type { MeasureSource } from './measures.js';
import { isSingleYear, periodLabel, yearsOf, type Period } from './period.js';
import type { Ranking, Recipient } from './ranking.js';
import { INDEX_SHORT, indexIn, regimeIn, type Democracy, type IndexId } from './regimes.js';
import { NOT_CODED, REGIME_NAMES } from '../democracy/regimes.js';

export interface Words {
  lang: string;
  name: (code: string) => string;
}

export interface Line {
  label: string;
  value: string;
}

/** What a chart shows for a recipient-year without a value: "not reported" where gaps are not zeros (military aid). */
export const NOT_REPORTED = 'not reported';
export const NONE_RECORDED = 'none recorded';
/** The country giving the assistance every chart shows. */
export const DONOR = 'USA';
export const DONOR_WORDS = 'donor (the United States gives this assistance)';

/** The last label made: every recipient's lines of a year change name the same period. */
let lastWhen: { source?: MeasureSource; from: number; to: number; label: string } = { from: NaN, to: NaN, label: '' };

/** "FY2024 (provisional)", "FY2002–FY2013": the period as a measure writes it. */
export function whenLabel(source: MeasureSource, period: Period): string {
  if (lastWhen.source !== source || lastWhen.from !== period.from || lastWhen.to !== period.to) {
    lastWhen = { source, from: period.from, to: period.to, label: periodLabel(period, source) };
  }
  return lastWhen.label;
}

/** "3 of 14 years not reported (left out of the total)", or '' when every year has a value. */
export function missingNote(period: Period, r: Recipient): string {
  return r.missing ? `${r.missing} of ${yearsOf(period).length} years ${NOT_REPORTED} (left out of the total)` : '';
}

const regimeLine = (regime: number | null, year: number): Line => ({ label: `Regime ${year}`, value: regime === null ? NOT_CODED : REGIME_NAMES[regime]! });
const indexLine = (value: number | null, index: IndexId, year: number, lang: string): Line => ({
  label: `${INDEX_SHORT[index]} ${year}`,
  value: value === null ? 'no data' : formatIndex(value, lang),
});

/** Tooltip and table facts for one recipient. */
export function recipientLines(source: MeasureSource, period: Period, r: Recipient, index: IndexId, words: Words): Line[] {
  const when = whenLabel(source, period);
  const lines: Line[] = [{ label: `${source.label}, ${when}`, value: formatLong(source.unit, r.total, words.lang) }];
  if (!isSingleYear(period)) {
    lines.push({ label: r.missing ? 'Average per reported year' : 'Average per year', value: formatLong(source.unit, r.perYear, words.lang) });
    if (r.missing) lines.push({ label: 'Not reported', value: missingNote(period, r) });
  }
  lines.push({ label: 'Rank', value: ordinal(r.rank, words.lang) });
  lines.push(regimeLine(r.regime, period.to), indexLine(r.index, index, period.to, words.lang));
  return lines;
}

/** Tooltip facts for a country with nothing to rank: the donor, "not reported" (a gap in military aid) or "none recorded". */
export function absentLines(source: MeasureSource, period: Period, code: string, democracy: Democracy, index: IndexId, lang: string): Line[] {
  const gap = yearsOf(period).some((year) => source.notReported(code, year));
  return [
    { label: `${source.label}, ${whenLabel(source, period)}`, value: code === DONOR ? DONOR_WORDS : gap ? NOT_REPORTED : NONE_RECORDED },
    regimeLine(regimeIn(democracy, code, period.to), period.to),
    indexLine(indexIn(democracy, index, code, period.to), index, period.to, lang),
  ];
}

export const linesLabel = (name: string, lines: Line[]): string => `${name}: ${lines.map((l) => `${l.label} ${l.value}`).join('; ')}`;

export function recipientLabel(source: MeasureSource, period: Period, r: Recipient, index: IndexId, words: Words): string {
  return linesLabel(words.name(r.code), recipientLines(source, period, r, index, words));
}

/** The generated summary: total, top recipient, the share going to autocracies, and what is not reported. */
export function rankingSummary(source: MeasureSource, period: Period, ranking: Ranking, words: Words): string {
  const when = whenLabel(source, period);
  const gaps = gapSentence(source, period, ranking);
  if (!ranking.recipients) return `No recipient has ${source.label.toLowerCase()} recorded for ${when}.${gaps ? ` ${gaps}` : ''}`;
  const top = ranking.rows[0];
  const parts = [
    `${source.label}, ${when}: ${formatLong(source.unit, ranking.total, words.lang)} to ${ranking.recipients} countries.`,
    `${formatShare(ranking.share.autocracy, words.lang)} went to autocracies (closed or electoral, V-Dem Regimes of the World in the year received)${
      ranking.share.notCoded >= 0.005 ? `, ${formatShare(ranking.share.notCoded, words.lang)} to countries V-Dem does not code` : ''
    }.`,
  ];
  if (top) {
    parts.push(
      `The largest recipient shown is ${words.name(top.code)} (${top.regime === null ? NOT_CODED.toLowerCase() : REGIME_NAMES[top.regime]!.toLowerCase()}), with ${formatLong(source.unit, top.total, words.lang)}.`,
    );
  }
  if (gaps) parts.push(gaps);
  return parts.join(' ');
}

/** For a measure with gaps: how many recipients are not reported, and that sums leave those years out. */
function gapSentence(source: MeasureSource, period: Period, ranking: Ranking): string {
  if (!source.gaps) return '';
  const parts: string[] = [];
  const n = ranking.notReported.length;
  if (n) {
    parts.push(
      `${n} ${n === 1 ? 'recipient has' : 'recipients have'} no value reported for ${whenLabel(source, period)}: shown as not reported and left out of the ranking (not counted as $0).`,
    );
  }
  const p = ranking.partial;
  if (p) parts.push(p === 1 ? 'The total of 1 recipient leaves out years not reported.' : `The totals of ${p} recipients leave out years not reported.`);
  return parts.join(' ');
}
