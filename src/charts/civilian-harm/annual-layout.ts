import { textWidth } from '../../core/text-width.js';
import { currentLanguage, formatInteger, messages } from '../../core/i18n.js';
import { bandScale, linearScale } from '../../core/scales.js';
import type { YearCell } from './annual.js';

export interface BarMark {
  key: string;
  cell: YearCell;
  x: number;
  width: number;
  /** Top (maximum) and bottom (minimum) of the reported range, in px. */
  yMax: number;
  yMin: number;
  /** Strike-count bar in the strip above the panel: TBIJ's minimum strikes. */
  strikeY: number;
  strikeHeight: number;
  /** Top of TBIJ's maximum strikes, where it differs from the minimum; else null. */
  strikeMaxY: number | null;
  /** UCDP context bar, when asked for; no bar where UCDP has no data. */
  conflictY: number;
  conflictHeight: number;
}

export interface Panel {
  code: string;
  top: number;
  /** Baseline (value 0) and top of the range area. */
  baseline: number;
  ceiling: number;
  /** The strips (strikes, then UCDP) sit between the title and the range area, each on its own baseline. */
  strikeTop: number;
  strikeBottom: number;
  conflictTop: number;
  conflictBottom: number;
  bars: BarMark[];
  /** Uncovered years as one band per run, for a "not covered" hatch. */
  gaps: { x: number; width: number }[];
}

/** The words the layout makes room for: the value unit, carried by the first panel, and that panel's title. */
export interface AnnualText {
  unit: string;
  title: string;
}

/** Where the unit of the value axis goes: beside the first title when both fit, else on a line of its own above it. */
export interface UnitMark {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** True when it has a line of its own. */
  ownLine: boolean;
}

export interface AnnualLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  yTicks: { value: number; y: number }[];
  /**
   * `x`: the centre of the year's bar; `labelX`: where its label is centred, moved in from
   * the edge so the label (and its "partial" line) stays inside the drawing.
   * `partial`: a provisional year (data end before the year does), labelled so under the axis.
   */
  xTicks: { year: number; x: number; labelX: number; partial: boolean }[];
  /** Null when no unit text was given. */
  unit: UnitMark | null;
  bandwidth: number;
  maxStrikes: number;
  maxConflict: number;
  panels: Panel[];
}

const msg = messages({ 'civcas.partialT': 'partial' });

/** The "partial" under a provisional year's tick, in the language of the update in progress. */
export const partialTick = (): string => msg('civcas.partialT');

const TITLE = 18;
/** A strip of counts (strikes, UCDP deaths): 18 px of bars and 4 px to the next. */
const STRIP = 22;
/** Between the last strip and the range area's top gridline, so strip bars never read as part of it. */
const STRIP_GAP = 8;
/** Between panels. */
const GAP = 10;
const AXIS = 20;
/** Room for a second tick line ("partial") under a provisional year. */
const PARTIAL_AXIS = 32;
/** A line of 11 px text of its own (the unit), clear of the 14 px title below it. */
const UNIT_LINE = 16;
/** Sizes (px) of the texts the layout places: panel title (inherits the 14 px base, semibold), ticks, the "partial" note. */
const TITLE_FONT = 14;
const TICK_FONT = 11;
const NOTE_FONT = 10;
/** Least room between the first title and the unit when they share a line. */
const UNIT_GAP = 12;


/**
 * Small multiples, one panel per country, sharing the year axis and the value
 * scale so panels compare honestly. Each year is a bar from the reported
 * minimum to the reported maximum — never a single midpoint. The strike counts
 * (and UCDP deaths) are strips of their own above the range area, rising from
 * their own baselines: drawn under the zero line they read as negative values.
 */
export function layoutAnnual(
  series: YearCell[][],
  width: number,
  height: number,
  withContext: boolean,
  partialYears: readonly number[] = [],
  text?: AnnualText,
): AnnualLayout {
  // Room for the strip labels ("strikes", "conflict") and the value ticks.
  const left = 52;
  const right = 8;
  const years = series[0]?.map((c) => c.year) ?? [];
  const x = bandScale(years, [left, width - right], years.length > 12 && width < 480 ? 0.15 : 0.3);
  const all = series.flat();
  const maxValue = Math.max(1, ...all.map((c) => c.value.max));
  const maxStrikes = Math.max(1, ...all.map((c) => c.strikes.max));
  const maxConflict = Math.max(1, ...all.map((c) => c.conflictDeaths ?? 0));
  const strips = STRIP * (withContext ? 2 : 1);
  const partial = years.filter((year) => partialYears.includes(year));
  const axis = partial.length ? PARTIAL_AXIS : AXIS;
  // The unit shares the first title's line only when both fit there, with room between them.
  const unitWidth = text ? textWidth(text.unit, TICK_FONT) : 0;
  const titleWidth = text ? textWidth(text.title, TITLE_FONT) : 0;
  const ownLine = !!text && left + titleWidth + UNIT_GAP + unitWidth > width - right;
  const head = ownLine ? UNIT_LINE : 0;
  const unit: UnitMark | null = !text
    ? null
    : ownLine
      ? // Over the value ticks, in line with the titles; moved left only if it would run past the edge.
        { text: text.unit, x: Math.max(0, Math.min(left, width - right - unitWidth)), y: 11, anchor: 'start', ownLine }
      : { text: text.unit, x: width - right, y: 13, anchor: 'end', ownLine };
  const panelHeight = (height - axis - head) / Math.max(1, series.length);
  const rangeHeight = Math.max(24, panelHeight - TITLE - strips - STRIP_GAP - GAP);
  const y = linearScale([0, maxValue], [rangeHeight, 0], 4);
  const panels = series.map((cells, i): Panel => {
    const top = head + i * panelHeight;
    const strikeTop = top + TITLE;
    const strikeBottom = strikeTop + STRIP - 4;
    const conflictTop = withContext ? strikeBottom + 4 : strikeBottom;
    const conflictBottom = withContext ? conflictTop + STRIP - 4 : strikeBottom;
    const ceiling = conflictBottom + STRIP_GAP;
    const baseline = ceiling + rangeHeight;
    const bars = cells.map((cell) => {
      const strip = strikeBottom - strikeTop;
      const strikeHeight = (cell.strikes.min / maxStrikes) * strip;
      const strikeMaxY = cell.strikes.max > cell.strikes.min ? strikeBottom - (cell.strikes.max / maxStrikes) * strip : null;
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
        strikeMaxY,
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
    xTicks: ticksOf(years, every, partial, x.step()).map((year) => {
      const centre = x(year)! + x.bandwidth() / 2;
      const isPartial = partial.includes(year);
      const half = Math.max(textWidth(formatInteger(year, currentLanguage()), TICK_FONT), isPartial ? textWidth(partialTick(), NOTE_FONT) : 0) / 2;
      return { year, x: centre, labelX: Math.max(half, Math.min(width - half, centre)), partial: isPartial };
    }),
    unit,
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

/** Every `every`-th year, plus each provisional year (dropping a regular tick too close to it). */
function ticksOf(years: number[], every: number, partial: number[], step: number): number[] {
  const regular = years.filter((_, i) => i % every === 0);
  if (!partial.length) return regular;
  const minGap = Math.ceil(40 / Math.max(1, step));
  const kept = regular.filter((year) => partial.includes(year) || partial.every((p) => Math.abs(p - year) >= minGap));
  return [...new Set([...kept, ...partial])].sort((a, b) => a - b);
}
