// Marks of the column chart: cycles + size -> one stacked column per cycle
// (autocracies at the foot, then democracies, then members V-Dem does not
// rate), the line of the Council's seats, the U.S. row under the axis and the
// two U.S. events above their columns. Pure.
import { frame, linear, valueTicks, type Frame } from '../../core/axes.js';
import { chartHeight } from '../../core/xy-frame.js';
import { textWidth } from '../../core/text-width.js';
import type { Cycle, Membership } from './cycles.js';

/** A piece of a column: a regime code 0–3, or 'none' for members without a rating. */
export type Part = 0 | 1 | 2 | 3 | 'none';
export const PARTS: readonly Part[] = [0, 1, 2, 3, 'none'];

export interface Segment {
  part: Part;
  count: number;
  y0: number;
  y1: number;
  /** Where the count is written inside the segment; null where it does not fit. */
  label: { x: number; y: number } | null;
}

export interface Column {
  cycle: Cycle;
  /** Left edge and width of the bar; the band (x0..x1) is what a pointer or finger hits. */
  x: number;
  width: number;
  x0: number;
  x1: number;
  /** Centre of the band. */
  cx: number;
  top: number;
  segments: Segment[];
  /** The year under the column, where there is room for it. */
  tick: boolean;
}

export interface Annotation {
  cycle: Cycle;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** From under the text down to the column's top. */
  lineY0: number;
  lineY1: number;
}

export interface ColumnLayout {
  frame: Frame;
  columns: Column[];
  valueTicks: { value: number; y: number }[];
  /** The Council's seats, drawn as a line across the plot. */
  seats: { value: number; y: number };
  /** The U.S. row's baseline, under the year labels. */
  usY: number;
  annotations: Annotation[];
}

export interface ColumnInput {
  membership: Membership;
  /** Each U.S. event's words as the reader reads them: the withdrawal and the return. */
  withdrawalText: string;
  returnText: string;
  /** The U.S. row's label, in the left margin. */
  usLabel: string;
  /** A column's year label as shown, in cycle order (the language's digits). */
  years: readonly string[];
  /** The counts as shown (the language's digits): `numbers[n]` is n. */
  numbers: (n: number) => string;
}

const FONT = 11;
const TOP = 36;
/** Year labels under the axis, then the U.S. row. */
const BOTTOM = 42;

export function layoutColumns(input: ColumnInput, width: number): ColumnLayout {
  const { membership } = input;
  const cycles = membership.cycles;
  const left = Math.max(30, textWidth(input.usLabel, FONT) + 10);
  const f = frame(width, chartHeight(width), { top: TOP, right: 8, bottom: BOTTOM, left });
  const most = Math.max(membership.seats, ...cycles.map((c) => c.members.length));
  const ticks = valueTicks(0, most, f.bottom - f.top);
  const y = linear(0, Math.max(most, ticks[ticks.length - 1] ?? most), f.bottom, f.top);
  const band = (f.right - f.left) / Math.max(1, cycles.length);
  const barWidth = Math.max(4, Math.min(band - 2, band * 0.76));
  // Year labels under every column where they fit, else every second or fifth one; the last always.
  const yearWidth = Math.max(...input.years.map((t) => textWidth(t, FONT)), 1) + 6;
  const every = [1, 2, 3, 4, 5, 10].find((n) => band * n >= yearWidth) ?? 10;
  const last = cycles.length - 1;

  const columns: Column[] = cycles.map((cycle, i) => {
    const x0 = f.left + i * band;
    const cx = x0 + band / 2;
    const counts: [Part, number][] = [
      [0, cycle.counts[0]],
      [1, cycle.counts[1]],
      [2, cycle.counts[2]],
      [3, cycle.counts[3]],
      ['none', cycle.notRated],
    ];
    let total = 0;
    const segments: Segment[] = [];
    for (const [part, count] of counts) {
      if (!count) continue;
      const y0 = y(total);
      const y1 = y(total + count);
      total += count;
      const text = input.numbers(count);
      const fits = y0 - y1 >= FONT + 2 && textWidth(text, FONT - 1) + 4 <= barWidth;
      segments.push({ part, count, y0, y1, label: fits ? { x: cx, y: (y0 + y1) / 2 } : null });
    }
    const tick = (last - i) % every === 0 && (i === last || last - i >= every);
    return { cycle, x: cx - barWidth / 2, width: barWidth, x0, x1: x0 + band, cx, top: y(total), segments, tick };
  });

  // The U.S. withdrawal and return above their columns: on one line where both fit, else the second a line higher.
  const annotations: Annotation[] = [];
  const placed: [number, number, number][] = []; // left, right, row
  const events = [
    [membership.withdrawal, input.withdrawalText],
    [membership.comeback, input.returnText],
  ] as const;
  for (const [cycle, text] of events) {
    if (!cycle) continue;
    const column = columns[cycle.index]!;
    const w = textWidth(text, FONT);
    const xMid = Math.min(f.width - w / 2 - 2, Math.max(w / 2 + 2, column.cx));
    const left0 = xMid - w / 2;
    const right0 = xMid + w / 2;
    const row = placed.some(([l, r, k]) => k === 0 && l < right0 + 6 && left0 < r + 6) ? 1 : 0;
    placed.push([left0, right0, row]);
    const baseline = f.top - 10 - row * 13;
    annotations.push({ cycle, text, x: xMid, y: baseline, anchor: 'middle', lineY0: baseline + 3, lineY1: column.top - 2 });
  }

  return {
    frame: f,
    columns,
    valueTicks: ticks.filter((v) => Math.abs(v - membership.seats) >= 4).map((value) => ({ value, y: y(value) })),
    seats: { value: membership.seats, y: y(membership.seats) },
    usY: f.bottom + 32,
    annotations,
  };
}
