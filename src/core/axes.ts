// Shared helpers for x/y charts: plot frames, ticks and SVG path strings.
// Pure functions of numbers, so they are tested without a browser; d3-shape
// is not a dependency, and these few path builders keep the bundle small.
import { ticks } from 'd3-array';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The drawable rectangle of a chart of `width` × `height` inside `margins`. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function frame(width: number, height: number, margins: Margins): Frame {
  const left = margins.left;
  const top = margins.top;
  const right = Math.max(left + 1, width - margins.right);
  const bottom = Math.max(top + 1, height - margins.bottom);
  return { width, height, left, right, top, bottom };
}

/**
 * Whole years to label on an x axis, about one per `spacing` pixels, on round
 * steps (1, 2, 5, 10, 20, 25, 50 years). The last year is always labelled,
 * because readers look for "now"; a tick too close to it is dropped.
 */
export function yearTicks(first: number, last: number, pixels: number, spacing = 70): number[] {
  if (last <= first) return [first];
  const wanted = Math.max(1, Math.floor(pixels / spacing));
  const span = last - first;
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => span / s <= wanted) ?? 100;
  const years: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) years.push(year);
  const minGap = Math.max(1, step * 0.6);
  while (years.length && last - years[years.length - 1]! < minGap && years[years.length - 1] !== last) years.pop();
  if (years[years.length - 1] !== last) years.push(last);
  if (years[0]! - first >= step * 0.6 && years.length < wanted + 1 && !years.includes(first)) years.unshift(first);
  return years;
}

/** Round values for a y axis over [min, max]; about one per `spacing` pixels. */
export function valueTicks(min: number, max: number, pixels: number, spacing = 40): number[] {
  return ticks(min, max, Math.max(2, Math.floor(pixels / spacing)));
}

/** A linear map from [d0, d1] to [r0, r1]; constant domains map to the middle. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0;
  if (span === 0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

export type Point = [number, number];

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * A polyline through points; `null` breaks the line, so a gap in the data
 * (a country that did not exist) is a gap on screen, not a straight bridge.
 */
export function linePath(points: (Point | null)[]): string {
  let d = '';
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${fmt(point[0])},${fmt(point[1])}`;
    drawing = true;
  }
  return d;
}

/**
 * A closed area between an upper and a lower edge sharing x positions; a null
 * in either edge splits the area into separate pieces.
 */
export function bandPath(upper: (Point | null)[], lower: (Point | null)[]): string {
  let d = '';
  let run: [Point, Point][] = [];
  const flush = (): void => {
    if (run.length) {
      const top = run.map(([u]) => `${fmt(u[0])},${fmt(u[1])}`).join('L');
      const bottom = run
        .map(([, l]) => `${fmt(l[0])},${fmt(l[1])}`)
        .reverse()
        .join('L');
      d += `M${top}L${bottom}Z`;
    }
    run = [];
  };
  upper.forEach((u, i) => {
    const l = lower[i];
    if (u && l) run.push([u, l]);
    else flush();
  });
  flush();
  return d;
}

/** Index of the entry of `positions` (sorted ascending) nearest to `x`. */
export function nearestIndex(positions: number[], x: number): number {
  let best = 0;
  let bestDistance = Infinity;
  positions.forEach((p, i) => {
    const distance = Math.abs(p - x);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  return best;
}

/**
 * Vertical positions for labels at a chart's right edge, nudged apart so no
 * two are closer than `gap` and all stay within [min, max], keeping order.
 */
export function spreadLabels(wanted: number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => Math.min(max, Math.max(min, o.y)));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = (placed[placed.length - 1] ?? min) - max;
  if (overflow > 0) {
    for (let k = placed.length - 1; k >= 0; k--) {
      placed[k] = k === placed.length - 1 ? placed[k]! - overflow : Math.min(placed[k]!, placed[k + 1]! - gap);
    }
  }
  const result = new Array<number>(wanted.length);
  order.forEach((o, k) => (result[o.i] = Math.max(min, placed[k]!)));
  return result;
}

/** Where a tick's label stands and how it is anchored. */
export interface TickLabelPlace {
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * A tick label `width` px wide, centred under its tick at `x` when it fits
 * between `left` and `right`, else set flush with the edge it would cross, so
 * no label is cut off at a phone's width or runs into the value labels.
 */
export function tickLabelPlace(x: number, width: number, left: number, right: number): TickLabelPlace {
  const half = width / 2;
  if (x + half > right) return { x: right, anchor: 'end' };
  if (x - half < left) return { x: left, anchor: 'start' };
  return { x, anchor: 'middle' };
}
