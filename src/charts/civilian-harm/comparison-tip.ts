import type { TipContent } from '../../harm/tooltip.js';
import { formatCount } from '../../core/format.js';
import { messages } from '../../core/i18n.js';
import { harmMsg } from '../../harm/wording.js';
import { kindOf, rowPeriod, rowStrikes, periodLabel, type ComparisonEntry, type ComparisonGroup } from './comparison.js';
import { civcasMsg, formatEstimate, sourceName, type Line } from './describe.js';
import { countsOf } from './comparison-pairs.js';

const msg = messages({
  'civcas.tipNoP': 'not stated (shown beside {period} for comparison only)',
  'civcas.thisP': 'this period',
  'civcas.docL': 'Document',
  'civcas.note': 'Note',
  'civcas.handV': 'hand-transcribed',
});

/** One official or independent figure with its period (or "not stated"), strikes, document and note. */
export function comparisonTip({ row, against }: ComparisonEntry, lang: string): TipContent {
  const period = row.periodStated
    ? rowPeriod(row, lang)
    : msg('civcas.tipNoP', { period: against ? periodLabel(against.periodStart, against.periodEnd, lang) : msg('civcas.thisP', undefined, lang) }, lang);
  const lines: Line[] = [
    { label: civcasMsg('civcas.period', undefined, lang), value: period },
    { label: civcasMsg('civcas.covers', undefined, lang), value: countsOf(row, lang) },
    { label: harmMsg('harm.civ', undefined, lang), value: formatEstimate(row, lang) },
  ];
  if (row.injured !== null) lines.push({ label: harmMsg('harm.inj', undefined, lang), value: formatCount(row.injured, lang) });
  const strikes = rowStrikes(row, lang);
  if (strikes) lines.push({ label: harmMsg('harm.strikes', undefined, lang), value: strikes });
  lines.push({ label: msg('civcas.docL', undefined, lang), value: row.document });
  const note = msg('civcas.note', undefined, lang);
  if (row.readerNote) lines.push({ label: note, value: row.readerNote });
  if (row.handTranscribed) lines.push({ label: note, value: msg('civcas.handV', undefined, lang) });
  return { title: civcasMsg('civcas.rowKind', { kind: kindOf(row, lang), source: sourceName(row.sourceOrg, lang) }, lang), lines };
}

/** The tooltip of a comparison row id. */
export function comparisonTipFor(key: string, groups: ComparisonGroup[], lang: string): TipContent | undefined {
  const entry = groups.flatMap((g) => g.entries).find((e) => String(e.row.id) === key);
  return entry ? comparisonTip(entry, lang) : undefined;
}
