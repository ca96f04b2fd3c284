import { linearScale, logScale, sqrtScale } from '../../core/scales.js';

export interface ScatterInput {
  code: string;
  /** Democracy index, 0–1. */
  index: number;
  /** Assistance, > 0. */
  amount: number;
  /** Population, or null when unknown (drawn at the smallest size). */
  population: number | null;
}

export interface Dot {
  code: string;
  cx: number;
  cy: number;
  r: number;
}

export interface ScatterLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The y axis title's baseline start: above the plot, horizontal, left-aligned, in a band of its own clear of the tick labels. */
  yTitle: { x: number; y: number };
  dots: Dot[];
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
  /** The shaded quadrant: low index (< INDEX_SPLIT), amount at or above the median. */
  quadrant: { x: number; y: number; width: number; height: number; amountSplit: number };
}

/** Height (px) above the plot kept for the y axis title (12px text, baseline at 13) and the top tick label's upper half. */
export const Y_TITLE_BAND = 28;

/** Below this index a country is in the lower half of V-Dem's 0–1 scale. */
export const INDEX_SPLIT = 0.5;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Dots on x = index (linear 0–1), y = amount (log), area ∝ population. Pure. */
export function layoutScatter(points: ScatterInput[], width: number, height: number): ScatterLayout {
  // The top margin is the y axis title's own band (Y_TITLE_BAND), so it never meets a tick label at any width.
  const margin = { top: Y_TITLE_BAND, right: 12, bottom: 34, left: width < 480 ? 58 : 66 };
  const x = linearScale([0, 1], [margin.left, width - margin.right]);
  const amounts = points.map((p) => p.amount);
  const low = amounts.length ? Math.min(...amounts) : 1;
  const high = amounts.length ? Math.max(...amounts) : 10;
  const y = logScale([low, Math.max(high, low * 10)], [height - margin.bottom, margin.top], true);
  const maxPop = Math.max(1, ...points.map((p) => p.population ?? 0));
  const maxR = Math.max(8, Math.min(26, width / 36));
  const r = sqrtScale([0, maxPop], [2.5, maxR]);
  // Larger dots first, so small ones stay visible and clickable on top.
  const dots = [...points]
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
    .map((p) => ({ code: p.code, cx: x(p.index), cy: y(p.amount), r: Math.max(2.5, r(p.population ?? 0)) }));
  const [y0, y1] = y.domain() as [number, number];
  const decades: number[] = [];
  for (let e = Math.ceil(Math.log10(y0)); 10 ** e <= y1; e++) decades.push(10 ** e);
  const every = Math.ceil(decades.length / Math.max(2, Math.floor((height - margin.top - margin.bottom) / 36)));
  const yTicks = decades.filter((_, i) => i % every === 0).map((value) => ({ value, y: y(value) }));
  const xTicks = (width < 420 ? [0, 0.5, 1] : [0, 0.2, 0.4, 0.6, 0.8, 1]).map((value) => ({ value, x: x(value) }));
  const amountSplit = median(amounts);
  const qx = x(0);
  const qTop = margin.top;
  return {
    width,
    height,
    margin,
    yTitle: { x: 0, y: 13 },
    dots,
    xTicks,
    yTicks,
    quadrant: { x: qx, y: qTop, width: x(INDEX_SPLIT) - qx, height: Math.max(0, y(amountSplit || y0) - qTop), amountSplit },
  };
}
