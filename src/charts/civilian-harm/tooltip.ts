import type { TipContent } from '../../harm/tooltip.js';
import { formatCount } from '../../core/format.js';
import { messages } from '../../core/i18n.js';
import { harmMsg } from '../../harm/wording.js';
import { stagePoint, type Point } from '../../core/tooltip-controller.js';
import { cellAt, type YearCell } from './annual.js';
import type { AnnualLayout } from './annual-layout.js';
import type { AnnualTableInput } from './tables.js';
import { kindOf, rowPeriod, rowStrikes, periodLabel, type ComparisonEntry, type ComparisonGroup } from './comparison.js';
import { cellLines, cellTitle, civcasMsg, formatEstimate, sourceName, type Line } from './describe.js';
import { countsOf } from './comparison-pairs.js';

export type { TipContent };

const msg = messages({
  'civcas.tipNoP': 'not stated (shown beside {period} for comparison only)',
  'civcas.thisP': 'this period',
  'civcas.docL': 'Document',
  'civcas.note': 'Note',
  'civcas.handV': 'hand-transcribed',
});

/** One country-year: "Afghanistan, 2017" and its strikes, records and ranges. */
export function annualTip(cell: YearCell, { name, years, lang, withContext }: AnnualTableInput): TipContent {
  return { title: cellTitle(cell, name(cell.code), years, lang), lines: cellLines(cell, lang, withContext) };
}

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

/** Beside the bar of `key` (right edge, middle of its range), in stage pixels. */
export function barAnchor(layout: AnnualLayout, key: string, scale: number): Point | undefined {
  const bar = layout.panels.flatMap((p) => p.bars).find((b) => b.key === key);
  return bar ? { x: (bar.x + bar.width) * scale, y: ((bar.yMax + bar.yMin) / 2) * scale } : undefined;
}

/** Under the middle of a comparison row, in stage pixels. */
export function rowAnchor(row: Element | null, stage: HTMLElement): Point | undefined {
  if (!row) return undefined;
  const box = row.getBoundingClientRect();
  // Viewport pixels (which CSS zoom on the page scales) to stage pixels.
  return stagePoint(stage, box.left + box.width / 2, box.bottom);
}

/** The tooltip of a bar key (annual view, given its settings) or a comparison row id. */
export function tipFor(key: string, annual: AnnualTableInput | undefined, groups: ComparisonGroup[], lang: string): TipContent | undefined {
  if (annual) {
    const cell = cellAt(annual.series, key);
    return cell ? annualTip(cell, annual) : undefined;
  }
  const entry = groups.flatMap((g) => g.entries).find((e) => String(e.row.id) === key);
  return entry ? comparisonTip(entry, lang) : undefined;
}
