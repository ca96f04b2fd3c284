// Marks of the stacked area: data rows + size -> paths, ticks, labels. Pure.
import { bandPath, frame, linear, linePath, yearTicks, type Frame, type Point } from '../../core/axes.js';
import type { ShareRow } from './share-data.js';
import { chartHeight } from '../../core/xy-frame.js';

export interface ShareLayout {
  frame: Frame;
  /** x of each row's year, in row order. */
  xs: number[];
  /** One closed area per category, bottom (closed autocracy) to top. */
  bands: string[];
  /** The edge between autocracies and democracies: what the headline is about. */
  divide: string;
  /** y of the 50% line. */
  half: number;
  yearTicks: { year: number; x: number }[];
  valueTicks: { value: number; y: number }[];
  /** Direct labels inside bands thick enough at the right end. */
  labels: { category: number; x: number; y: number }[];
  /** Years autocracies passed half; each label's anchor keeps it clear of a neighbour's and inside the plot. */
  crossings: { year: number; x: number; anchor: 'start' | 'middle' | 'end' | null }[];
  y: (share: number) => number;
}

const MARGINS = { top: 22, right: 10, bottom: 24, left: 40 };
const LABEL_MIN_THICKNESS = 16;

export function layoutShares(rows: ShareRow[], crossings: number[], width: number): ShareLayout {
  const height = chartHeight(width);
  const f = frame(width, height, MARGINS);
  const first = rows[0]?.year ?? 0;
  const last = rows[rows.length - 1]?.year ?? first;
  const x = linear(first, last, f.left, f.right);
  const y = linear(0, 1, f.bottom, f.top);
  const xs = rows.map((r) => x(r.year));
  // Cumulative edges: edge[k] is the top of category k-1 (edge[0] is 0).
  const edges = rows.map((r) => {
    const out = [0];
    for (const s of r.shares) out.push(out[out.length - 1]! + s);
    return out;
  });
  const edgePoints = (k: number): Point[] => rows.map((_, i) => [xs[i]!, y(Math.min(1, edges[i]![k]!))]);
  const bands = [0, 1, 2, 3].map((k) => bandPath(edgePoints(k + 1), edgePoints(k)));
  const labels: ShareLayout['labels'] = [];
  const lastEdges = edges[edges.length - 1];
  if (lastEdges && rows.length > 1) {
    for (let k = 0; k < 4; k++) {
      const top = y(lastEdges[k + 1]!);
      const bottom = y(lastEdges[k]!);
      if (bottom - top < LABEL_MIN_THICKNESS) continue;
      // A label never sits on the 50% line: it goes in the larger part of its band on either side.
      const half = y(0.5);
      let mid = (top + bottom) / 2;
      if (Math.abs(mid - half) < LABEL_MIN_THICKNESS / 2 && top < half && half < bottom) {
        const [from, to] = half - top >= bottom - half ? [top, half] : [half, bottom];
        if (to - from >= LABEL_MIN_THICKNESS) mid = (from + to) / 2;
      }
      labels.push({ category: k, x: f.right - 6, y: mid });
    }
  }
  return {
    frame: f,
    xs,
    bands,
    divide: linePath(edgePoints(2)),
    half: y(0.5),
    yearTicks: yearTicks(first, last, f.right - f.left).map((year) => ({ year, x: x(year) })),
    valueTicks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, y: y(value) })),
    labels,
    crossings: crossingLabels(crossings.map((year) => ({ year, x: x(year) })), f.left, f.right),
    y,
  };
}

/** Width of a four-digit year label (11 px bold), with room to spare, and the gap kept between two. */
const YEAR_WIDTH = 30;
const GAP = 4;
type Anchor = 'start' | 'middle' | 'end';

/** The horizontal extent of a year label drawn at `x` with `anchor` (2 px off its line when beside it). */
export function crossingExtent(x: number, anchor: Anchor): [number, number] {
  if (anchor === 'end') return [x - 2 - YEAR_WIDTH, x - 2];
  if (anchor === 'start') return [x + 2, x + 2 + YEAR_WIDTH];
  return [x - YEAR_WIDTH / 2, x + YEAR_WIDTH / 2];
}

/**
 * Centred on its line, else beside it (after, before) when a neighbour or an edge is too close;
 * the previous label moves before its line to make room. A year that still finds no room has no
 * label (anchor null): its line stays, and the summary names every year.
 */
export function crossingLabels(points: { year: number; x: number }[], left: number, right: number): ShareLayout['crossings'] {
  const out: ShareLayout['crossings'] = [];
  const inside = ([from, to]: [number, number]) => from >= left && to <= right;
  const clearOf = (span: [number, number], before: ShareLayout['crossings'][number] | undefined) =>
    !before?.anchor || span[0] >= crossingExtent(before.x, before.anchor)[1] + GAP;
  for (const p of points) {
    const options: Anchor[] = ['middle', 'start', 'end'];
    const fits = (a: Anchor, before = lastLabelled(out)) => inside(crossingExtent(p.x, a)) && clearOf(crossingExtent(p.x, a), before);
    let anchor = options.find((a) => fits(a)) ?? null;
    const previous = lastLabelled(out);
    if (!anchor && previous && previous.anchor !== 'end') {
      // Make room by moving the previous label before its own line, if that still clears its neighbour.
      const beforePrevious = lastLabelled(out.slice(0, out.indexOf(previous)));
      const moved = crossingExtent(previous.x, 'end');
      if (inside(moved) && clearOf(moved, beforePrevious)) {
        const was = previous.anchor;
        previous.anchor = 'end';
        anchor = options.find((a) => fits(a)) ?? null;
        if (!anchor) previous.anchor = was;
      }
    }
    out.push({ ...p, anchor });
  }
  return out;
}

function lastLabelled(labels: ShareLayout['crossings']) {
  return [...labels].reverse().find((l) => l.anchor !== null);
}
