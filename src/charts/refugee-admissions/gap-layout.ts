// Marks of the ceiling-and-admissions chart: fiscal years + width -> one
// column of refugees admitted per year, the ceiling as a step line, the
// shortfall between them shaded, the partial year hatched. Pure.
import { frame, linear, tickLabelPlace, valueTicks, yearTicks, type Frame } from '../../core/axes.js';
import { bandScale } from '../../core/scales.js';
import { chartHeight } from '../../core/xy-frame.js';
import { textWidth } from '../../core/text-width.js';
import type { FiscalYear } from './years.js';

export interface YearMark {
  fy: FiscalYear;
  /** The column: left edge, width, top (admitted) and the baseline. */
  x: number;
  width: number;
  y: number;
  /** The year's whole cell (column and the space around it), for the hit area and the focus ring. */
  cellX: number;
  cellWidth: number;
  /** The ceiling's height. */
  ceilingY: number;
  /** The shaded gap from the column's top up to the ceiling; null where admissions reached it, or the year is partial. */
  shortfall: { y: number; height: number } | null;
}

export interface GapLayout {
  frame: Frame;
  marks: YearMark[];
  /** The ceiling as one step line across the years shown. */
  ceiling: string;
  /** `x`: the column's centre (the tick); `labelX` and `anchor`: where its label stands, kept inside the drawing. */
  yearTicks: { year: number; x: number; labelX: number; anchor: 'start' | 'middle' | 'end'; partial: boolean }[];
  valueTicks: { value: number; y: number }[];
}

/** Room under the axis for a second line ("partial") under the partial year's tick. */
const BOTTOM = 20;
const PARTIAL_BOTTOM = 32;
const FONT = 11;

/**
 * `years` are the fiscal years shown, oldest first; `format` writes a value
 * tick as the reader reads it (its width sets the left margin); `note` is the
 * word under a partial year's tick, so it can be kept inside the drawing.
 */
export function layoutGap(years: readonly FiscalYear[], width: number, format: (value: number) => string, note = ''): GapLayout {
  const height = chartHeight(width);
  const max = Math.max(1, ...years.map((y) => Math.max(y.ceiling, y.admitted)));
  // A first frame only to count the value ticks; the margin follows from their widest label.
  const rough = valueTicks(0, max, height - 12 - PARTIAL_BOTTOM);
  const step = rough.length > 1 ? rough[1]! - rough[0]! : max;
  const top = Math.ceil(max / step) * step;
  const values = rough.filter((v) => v <= top).concat(rough.includes(top) ? [] : [top]);
  const left = Math.ceil(Math.max(0, ...values.map((v) => textWidth(format(v), FONT)))) + 10;
  const partialShown = years.some((y) => y.partial);
  const f = frame(width, height, { top: 12, right: 8, bottom: partialShown ? PARTIAL_BOTTOM : BOTTOM, left });
  const yScale = linear(0, top, f.bottom, f.top);
  const band = bandScale(
    years.map((y) => y.year),
    [f.left, f.right],
    years.length > 24 && width < 560 ? 0.12 : 0.25,
  );
  const bw = band.bandwidth();
  const gutter = (band.step() - bw) / 2;

  const marks: YearMark[] = years.map((fy) => {
    const x = band(fy.year)!;
    const y = yScale(fy.admitted);
    const ceilingY = yScale(fy.ceiling);
    const cellX = Math.max(f.left, x - gutter);
    const cellRight = Math.min(f.right, x + bw + gutter);
    return {
      fy,
      x,
      width: bw,
      y,
      cellX,
      cellWidth: cellRight - cellX,
      ceilingY,
      shortfall: !fy.partial && fy.admitted < fy.ceiling ? { y: ceilingY, height: y - ceilingY } : null,
    };
  });

  // One step line: level across each year's cell, a riser where the ceiling changes.
  let ceiling = '';
  marks.forEach((m, i) => {
    ceiling += i ? `V${r(m.ceilingY)}` : `M${r(m.cellX)},${r(m.ceilingY)}`;
    ceiling += `H${r(m.cellX + m.cellWidth)}`;
  });

  const first = years[0]?.year ?? 0;
  const last = years[years.length - 1]?.year ?? 0;
  const noteWidth = note ? textWidth(note, 10) : 0;
  const ticks = years.length ? yearTicks(first, last, f.right - f.left) : [];
  return {
    frame: f,
    marks,
    ceiling,
    yearTicks: ticks.map((year) => {
      const m = marks.find((k) => k.fy.year === year)!;
      const x = m.x + bw / 2;
      const labelWidth = Math.max(textWidth(String(year), FONT), m.fy.partial ? noteWidth : 0);
      // Kept right of the value labels, whose 0 sits just above the ticks.
      const place = tickLabelPlace(x, labelWidth, f.left - 2, f.width);
      return { year, x, labelX: place.x, anchor: place.anchor, partial: m.fy.partial };
    }),
    valueTicks: values.map((value) => ({ value, y: yScale(value) })),
  };
}

const r = (n: number): string => String(Math.round(n * 10) / 10);
