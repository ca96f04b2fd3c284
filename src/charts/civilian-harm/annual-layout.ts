import { scaleBand, scaleLinear } from 'd3-scale';
import type { YearCell } from './annual.js';

export interface BarMark {
  key: string;
  cell: YearCell;
  x: number;
  width: number;
  /** Top (maximum) and bottom (minimum) of the reported range, in px. */
  yMax: number;
  yMin: number;
  /** Strike-count bar in the strip under the panel. */
  strikeY: number;
  strikeHeight: number;
  /** UCDP context bar, when asked for. */
  conflictY: number;
  conflictHeight: number;
}

export interface Panel {
  code: string;
  top: number;
  /** Baseline (value 0) and top of the range area. */
  baseline: number;
  ceiling: number;
  strikeTop: number;
  strikeBottom: number;
  conflictTop: number;
  conflictBottom: number;
  bars: BarMark[];
  /** Uncovered years as one band per run, for a "not covered" hatch. */
  gaps: { x: number; width: number }[];
}

export interface AnnualLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  yTicks: { value: number; y: number }[];
  xTicks: { year: number; x: number }[];
  bandwidth: number;
  maxStrikes: number;
  maxConflict: number;
  panels: Panel[];
}

const TITLE = 18;
const STRIP = 18;
const GAP = 10;
const AXIS = 20;

/**
 * Small multiples, one panel per country, sharing the year axis and the value
 * scale so panels compare honestly. Each year is a bar from the reported
 * minimum to the reported maximum — never a single midpoint.
 */
export function layoutAnnual(series: YearCell[][], width: number, height: number, withContext: boolean): AnnualLayout {
  const left = width < 480 ? 40 : 48;
  const right = 8;
  const years = series[0]?.map((c) => c.year) ?? [];
  const x = scaleBand<number>().domain(years).range([left, width - right]).paddingInner(years.length > 12 && width < 480 ? 0.15 : 0.3);
  const all = series.flat();
  const maxValue = Math.max(1, ...all.map((c) => c.value.max));
  const maxStrikes = Math.max(1, ...all.map((c) => c.strikes));
  const maxConflict = Math.max(1, ...all.map((c) => c.conflictDeaths ?? 0));
  const strips = STRIP * (withContext ? 2 : 1);
  const panelHeight = (height - AXIS) / Math.max(1, series.length);
  const rangeHeight = Math.max(24, panelHeight - TITLE - strips - GAP);
  const y = scaleLinear().domain([0, maxValue]).nice(4).range([rangeHeight, 0]);
  const panels = series.map((cells, i): Panel => {
    const top = i * panelHeight;
    const ceiling = top + TITLE;
    const baseline = ceiling + rangeHeight;
    const strikeTop = baseline + 2;
    const strikeBottom = strikeTop + STRIP - 4;
    const conflictTop = strikeBottom + 4;
    const conflictBottom = conflictTop + STRIP - 4;
    const bars = cells.map((cell) => {
      const strikeHeight = (cell.strikes / maxStrikes) * (strikeBottom - strikeTop);
      const conflictHeight = ((cell.conflictDeaths ?? 0) / maxConflict) * (conflictBottom - conflictTop);
      return {
        key: `${cell.code}-${cell.year}`,
        cell,
        x: x(cell.year)!,
        width: x.bandwidth(),
        yMax: ceiling + y(cell.value.max),
        yMin: ceiling + y(cell.value.min),
        strikeY: strikeBottom - strikeHeight,
        strikeHeight,
        conflictY: conflictBottom - conflictHeight,
        conflictHeight,
      };
    });
    return { code: cells[0]?.code ?? '', top, baseline, ceiling, strikeTop, strikeBottom, conflictTop, conflictBottom, bars, gaps: gapsOf(bars, x.step()) };
  });
  const every = Math.ceil(years.length / Math.max(2, Math.floor((width - left) / 44)));
  return {
    width,
    height,
    left,
    right,
    bandwidth: x.bandwidth(),
    maxStrikes,
    maxConflict,
    yTicks: y.ticks(3).map((value) => ({ value, y: y(value) })),
    xTicks: years.filter((_, i) => i % every === 0).map((year) => ({ year, x: x(year)! + x.bandwidth() / 2 })),
    panels,
  };
}

function gapsOf(bars: BarMark[], step: number): { x: number; width: number }[] {
  const gaps: { x: number; width: number }[] = [];
  for (const bar of bars) {
    if (bar.cell.covered) continue;
    const last = gaps[gaps.length - 1];
    const start = bar.x - (step - bar.width) / 2;
    if (last && Math.abs(last.x + last.width - start) < 0.5) last.width += step;
    else gaps.push({ x: start, width: step });
  }
  return gaps;
}
