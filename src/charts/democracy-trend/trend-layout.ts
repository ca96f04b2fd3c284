// Marks of the trend chart: series + size -> paths, bands, labels, ticks. Pure.
import { bandPath, frame, linear, linePath, spreadLabels, valueTicks, yearTicks, type Frame, type Point } from '../../core/axes.js';

import type { Episode, TrendSeries } from '../../democracy/trend-data.js';
import { chartHeight } from '../../core/xy-frame.js';

export interface SeriesMarks {
  id: string;
  line: string;
  band: string;
  /** Where the direct label sits at the right edge, and its anchor at the line's last value. */
  label: { x: number; y: number; anchorY: number } | null;
  /** y per year (null where no data), indexed like `years`. */
  ys: (number | null)[];
}

export interface TrendLayout {
  frame: Frame;
  years: number[];
  xs: number[];
  series: SeriesMarks[];
  yearTicks: { year: number; x: number }[];
  valueTicks: { value: number; y: number }[];
  episodes: { kind: Episode['kind']; x: number; width: number; start: number; end: number }[];
  y: (value: number) => number;
  /** Characters a direct label may take before it is shortened. */
  labelChars: number;
}

const LABEL_GAP = 13;

/** Right margin for direct labels: room for names on desktop, codes-length on phones. */
export function labelMargin(width: number): number {
  return Math.round(Math.min(150, Math.max(64, width * 0.22)));
}

export function layoutTrend(series: TrendSeries[], episodes: Episode[], from: number, to: number, width: number): TrendLayout {
  const height = chartHeight(width);
  const right = labelMargin(width);
  const f = frame(width, height, { top: 12, right, bottom: 24, left: 40 });
  const x = linear(from, to, f.left, f.right);
  const y = linear(0, 1, f.bottom, f.top);
  const years: number[] = [];
  for (let year = from; year <= to; year++) years.push(year);
  const xs = years.map(x);
  const marks: SeriesMarks[] = series.map((s) => {
    const linePoints: (Point | null)[] = s.points.map((p) => (p.value === null ? null : [x(p.year), y(p.value)]));
    const upper: (Point | null)[] = s.points.map((p) => (p.high === null ? null : [x(p.year), y(p.high)]));
    const lower: (Point | null)[] = s.points.map((p) => (p.low === null ? null : [x(p.year), y(p.low)]));
    const last = [...s.points].reverse().find((p) => p.value !== null);
    return {
      id: s.id,
      line: linePath(linePoints),
      band: bandPath(upper, lower),
      label: last ? { x: f.right + 6, y: y(last.value!), anchorY: y(last.value!) } : null,
      ys: s.points.map((p) => (p.value === null ? null : y(p.value))),
    };
  });
  const labelled = marks.filter((m) => m.label);
  const spread = spreadLabels(
    labelled.map((m) => m.label!.anchorY),
    LABEL_GAP,
    f.top,
    f.bottom,
  );
  labelled.forEach((m, i) => (m.label!.y = spread[i]!));
  return {
    frame: f,
    years,
    xs,
    series: marks,
    yearTicks: yearTicks(from, to, f.right - f.left).map((year) => ({ year, x: x(year) })),
    valueTicks: valueTicks(0, 1, f.bottom - f.top, 36).map((value) => ({ value, y: y(value) })),
    episodes: episodes.map((e) => ({
      kind: e.kind,
      start: e.start,
      end: e.end,
      // An episode year covers the whole year around its tick.
      x: Math.max(f.left, x(e.start - 0.5)),
      width: Math.min(f.right, x(e.end + 0.5)) - Math.max(f.left, x(e.start - 0.5)),
    })),
    y,
    labelChars: Math.max(3, Math.floor((right - 8) / 6.6)),
  };
}

/** Initials of a region's name ("Middle East and North Africa" -> "MENA"), as V-Dem abbreviates them. */
export function regionInitials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !['and', 'the', 'of'].includes(word.toLowerCase()))
    .map((word) => word.split('-').map((part) => part[0]!.toUpperCase()).join(''))
    .join('');
}
