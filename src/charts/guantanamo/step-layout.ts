// Marks of the step chart: counts + size -> the steps, dots, labels, terms and
// the peak year. Pure.
import { frame, linear, valueTicks, yearTicks, type Frame } from '../../core/axes.js';
import { chartHeight } from '../../core/xy-frame.js';
import { textWidth } from '../../core/text-width.js';
import type { DetaineeCount, Term } from './counts.js';

/** A text label: its anchor point and how it is anchored. */
export interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface StepPoint {
  count: DetaineeCount;
  x: number;
  y: number;
  /** Where its number stands; null where no place is free (the tooltip and the table still give it). */
  label: Label | null;
}

export interface StepLayout {
  frame: Frame;
  points: StepPoint[];
  /** Counts that hold over a stated period: solid. */
  known: string;
  /** From one count to the next, where no count says when the number changed: dashed. */
  between: string;
  terms: { term: Term; name: string; x0: number; x1: number; shaded: boolean; label: Label | null }[];
  /** The year the most people were held (no count): a column over the plot's whole height. */
  peak: { year: number; x0: number; x1: number } | null;
  yearTicks: { year: number; x: number }[];
  valueTicks: { value: number; y: number }[];
}

export interface StepInput {
  /** Counts shown, in date order. */
  counts: readonly DetaineeCount[];
  /** Counts the y scale is drawn for when none is shown (all of them). */
  all: readonly DetaineeCount[];
  terms: readonly Term[];
  /** Each term's name as the reader reads it, in term order. */
  termNames: readonly string[];
  peakYear: number | null;
  from: number;
  to: number;
  /** Each count's number as shown (the language's digits), in `counts` order. */
  numbers: readonly string[];
}

const MARGINS = { top: 26, right: 14, bottom: 24, left: 36 };
const FONT = 11;
/** A label's box around its baseline: 9 px of cap height above, 3 below. */
const ASCENT = 9;
const DESCENT = 3;
const GAP = 2;

type Box = [number, number, number, number]; // left, top, right, bottom

const overlaps = (a: Box, b: Box): boolean => a[0] < b[2] + GAP && b[0] < a[2] + GAP && a[1] < b[3] + GAP && b[1] < a[3] + GAP;

function boxOf(label: Label, width: number): Box {
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return [left, label.y - ASCENT, left + width, label.y + DESCENT];
}

export function layoutSteps(input: StepInput, width: number): StepLayout {
  const f = frame(width, chartHeight(width), MARGINS);
  const { counts, from, to } = input;
  // The axis runs from the start of the first year to the end of the last.
  const x = linear(from, to + 1, f.left, f.right);
  const scaleMax = Math.max(1, ...(counts.length ? counts : input.all).map((c) => c.held));
  const rough = valueTicks(0, scaleMax, f.bottom - f.top);
  const step = rough.length > 1 ? rough[1]! - rough[0]! : scaleMax;
  const top = Math.ceil(scaleMax / step) * step;
  const y = linear(0, top, f.bottom, f.top);
  const clampX = (t: number): number => Math.min(f.right, Math.max(f.left, x(t)));

  const placed: Box[] = [];
  const terms = input.terms
    .map((term, i) => ({ term, name: input.termNames[i] ?? term.president, i }))
    .filter(({ term }) => term.stop > from && term.start < to + 1)
    .map(({ term, name, i }) => {
      const x0 = clampX(term.start);
      const x1 = clampX(term.stop);
      // Centred over the term; it may run past a short term's edges into the plot's margin above, never over another name.
      const w = textWidth(name, FONT);
      const mid = Math.min(f.right - w / 2, Math.max(f.left + w / 2, (x0 + x1) / 2));
      const candidate: Label = { x: mid, y: f.top - 8, anchor: 'middle' };
      const box = boxOf(candidate, w);
      const fits = x1 - x0 >= 12 && box[0] >= f.left && box[2] <= f.right && box[0] <= x1 && box[2] >= x0 && !placed.some((other) => overlaps(box, other));
      const label = fits ? candidate : null;
      if (label) placed.push(box);
      return { term, name, x0, x1, shaded: i % 2 === 0, label };
    });

  const points: StepPoint[] = counts.map((count) => ({ count, x: clampX(count.at), y: y(count.held), label: null }));
  const ends = points.map((p) => (p.count.end === null ? p.x : clampX(p.count.end)));
  let known = '';
  let between = '';
  points.forEach((p, i) => {
    if (ends[i]! > p.x) known += `M${r(p.x)},${r(p.y)}H${r(ends[i]!)}`;
    const next = points[i + 1];
    if (next) between += `M${r(ends[i]!)},${r(p.y)}H${r(next.x)}V${r(next.y)}`;
  });

  // Numbers beside their dots: above and after, else above and before, else below and after; none where all collide.
  for (const box of points.map((p) => [p.x - 4, p.y - 4, p.x + 4, p.y + 4] as Box)) placed.push(box);
  points.forEach((p, i) => {
    const w = textWidth(input.numbers[i] ?? String(p.count.held), FONT);
    const options: Label[] = [
      { x: p.x + 6, y: p.y - 8, anchor: 'start' },
      { x: p.x - 6, y: p.y - 8, anchor: 'end' },
      { x: p.x + 6, y: p.y + 16, anchor: 'start' },
      { x: p.x - 6, y: p.y + 16, anchor: 'end' },
    ];
    const fits = (label: Label): boolean => {
      const box = boxOf(label, w);
      return box[0] >= 0 && box[2] <= f.width && box[1] >= f.top - 4 && box[3] <= f.bottom && !placed.some((other) => overlaps(box, other));
    };
    const label = options.find(fits) ?? null;
    if (label) placed.push(boxOf(label, w));
    p.label = label;
  });

  const peakYear = input.peakYear;
  const peak = peakYear !== null && peakYear >= from && peakYear <= to ? { year: peakYear, x0: x(peakYear), x1: x(peakYear + 1) } : null;

  return {
    frame: f,
    points,
    known,
    between,
    terms,
    peak,
    yearTicks: yearTicks(from, to, f.right - f.left).map((year) => ({ year, x: x(year) })),
    valueTicks: rough.filter((v) => v <= top).concat(rough.includes(top) ? [] : [top]).map((value) => ({ value, y: y(value) })),
  };
}

const r = (n: number): string => String(Math.round(n * 10) / 10);
