import type { TipContent } from '../../harm/tooltip.js';
import { stagePoint, type Point } from '../../core/tooltip-controller.js';
import { cellAt, type YearCell } from './annual.js';
import type { AnnualLayout } from './annual-layout.js';
import type { AnnualTableInput } from './tables.js';
import { cellLines, cellTitle } from './describe.js';

export type { TipContent };

/** One country-year: "Afghanistan, 2017" and its strikes, records and ranges. */
export function annualTip(cell: YearCell, { name, years, lang, withContext }: AnnualTableInput): TipContent {
  return { title: cellTitle(cell, name(cell.code), years, lang), lines: cellLines(cell, lang, withContext) };
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

/** The tooltip of a bar key in the annual view, given its settings. */
export function annualTipFor(key: string, annual: AnnualTableInput): TipContent | undefined {
  const cell = cellAt(annual.series, key);
  return cell ? annualTip(cell, annual) : undefined;
}
