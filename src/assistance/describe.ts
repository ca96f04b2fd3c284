import { formatIndex } from '../core/format.js';
import { formatLong, formatShare, ordinal } from './amounts.js';
import type { MeasureSource } from './measures.js';
import { isSingleYear, periodLabel, type Period } from './period.js';
import type { Ranking, Recipient } from './ranking.js';
import { INDEX_SHORT, type IndexId } from './regimes.js';
import { NOT_CODED, REGIME_NAMES } from '../democracy/regimes.js';

export interface Words {
  lang: string;
  name: (code: string) => string;
}

export interface Line {
  label: string;
  value: string;
}

/** Tooltip and table facts for one recipient. */
export function recipientLines(source: MeasureSource, period: Period, r: Recipient, index: IndexId, words: Words): Line[] {
  const when = periodLabel(period, source.fiscal);
  const lines: Line[] = [{ label: `${source.label}, ${when}`, value: formatLong(source.unit, r.total, words.lang) }];
  if (!isSingleYear(period)) lines.push({ label: 'Average per year', value: formatLong(source.unit, r.perYear, words.lang) });
  lines.push({ label: 'Rank', value: ordinal(r.rank, words.lang) });
  lines.push({ label: `Regime ${period.to}`, value: r.regime === null ? NOT_CODED : REGIME_NAMES[r.regime]! });
  lines.push({ label: `${INDEX_SHORT[index]} ${period.to}`, value: r.index === null ? 'no data' : formatIndex(r.index, words.lang) });
  return lines;
}

export function recipientLabel(source: MeasureSource, period: Period, r: Recipient, index: IndexId, words: Words): string {
  return `${words.name(r.code)}: ${recipientLines(source, period, r, index, words)
    .map((l) => `${l.label} ${l.value}`)
    .join('; ')}`;
}

/** The generated summary: total, top recipient and the share going to autocracies. */
export function rankingSummary(source: MeasureSource, period: Period, ranking: Ranking, words: Words): string {
  const when = periodLabel(period, source.fiscal);
  if (!ranking.recipients) return `No recipient has ${source.label.toLowerCase()} recorded for ${when}.`;
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
  return parts.join(' ');
}
