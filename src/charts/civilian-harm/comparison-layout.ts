import { linearScale } from '../../core/scales.js';
import type { CivcasRow, ComparisonGroup } from './comparison.js';

/**
 * One civilians-killed axis shared by every period, so a longer bar is a
 * larger count wherever it is. Positions are fractions of the strip width
 * (0–1): the view draws them as percentages, so a strip needs no measured
 * width and its height is fixed whatever the container.
 */
export interface ComparisonAxis {
  max: number;
  ticks: { value: number; at: number }[];
  /** Fewer round values (0, 500, 1,000) for narrow containers, on the same scale. */
  sparseTicks: { value: number; at: number }[];
  at: (value: number) => number;
}

export function comparisonAxis(groups: ComparisonGroup[]): ComparisonAxis {
  const max = Math.max(1, ...groups.flatMap((g) => g.entries.map((e) => e.row.high ?? e.row.low)));
  // About six steps: round values (0, 200, … 1,200) whose labels fit 320 px.
  const scale = linearScale([0, max], [0, 1], 6);
  const at = (value: number): number => Math.min(1, Math.max(0, scale(value)));
  const tick = (value: number) => ({ value, at: at(value) });
  return { max: scale.domain()[1], ticks: scale.ticks(6).map(tick), sparseTicks: scale.ticks(3).map(tick), at };
}

/** One figure on the axis: from its low to its high end; `open` when only a lower bound ("at least") was published. */
export interface FigureMark {
  low: number;
  high: number;
  open: boolean;
}

export function figureMark(row: Pick<CivcasRow, 'low' | 'high'>, axis: ComparisonAxis): FigureMark {
  return { low: axis.at(row.low), high: axis.at(row.high ?? row.low), open: row.high === null };
}
