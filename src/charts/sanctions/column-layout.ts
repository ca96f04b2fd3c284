// Marks of the stacked columns: periods + size -> one column per period (the
// undated entries set apart from the years), one segment per kind shown, the
// total above each column, the value axis. Pure.
import { frame, linear, valueTicks, type Frame } from '../../core/axes.js';
import { chartHeight } from '../../core/xy-frame.js';
import { textWidth } from '../../core/text-width.js';
import type { GlomagKind } from '../../data/sanctions.js';
import { KINDS, entriesOf, type Period } from './periods.js';

export interface Segment {
  kind: GlomagKind;
  count: number;
  y: number;
  height: number;
}

export interface Column {
  period: Period;
  /** "undated" or the year: the column's key (its option's id). */
  key: string;
  x: number;
  width: number;
  /** Entries in the kinds shown. */
  entries: number;
  /** Kinds shown, bottom first; a kind with no entries has a segment of no height. */
  segments: Segment[];
  /** Top of the column. */
  top: number;
  /** Baseline of the total above the column; null where it would not fit the column's width. */
  totalY: number | null;
  /** The tick's lines under the column: its name, and a second line (partial, undated) or none. */
  tick: [string] | [string, string];
  /** Where the tick is centred: under the column, moved in from the chart's edges so it stays inside. */
  tickX: number;
}

export interface ColumnLayout {
  frame: Frame;
  columns: Column[];
  /** Between the undated column and the years: a rule, or null when the undated column is not shown. */
  divider: number | null;
  valueTicks: { value: number; y: number }[];
}

export interface ColumnInput {
  periods: readonly Period[];
  kinds: readonly GlomagKind[];
  /** Each period's tick lines, in `periods` order, as the reader reads them. */
  ticks: readonly ([string] | [string, string])[];
  /** Each period's total as shown (the language's digits), in `periods` order. */
  numbers: readonly string[];
}

const MARGINS = { top: 20, right: 8, bottom: 36, left: 40 };
const FONT = 11;
const NOTE_FONT = 10;
/** The undated column stands most of a step apart from the years (room for its two-line tick). */
const APART = 0.7;

export const periodKey = (period: Period): string => (period.year === null ? 'undated' : String(period.year));

export function layoutColumns(input: ColumnInput, width: number): ColumnLayout {
  const f = frame(width, chartHeight(width), MARGINS);
  /** A tick's centre under its column, moved in from the chart's edges so a tick `half` px wide stays inside. */
  const tickCentre = (x: number, half: number): number => Math.min(f.width - 2 - half, Math.max(2 + half, x));
  const { periods, kinds } = input;
  const undated = periods[0]?.year === null;
  const units = Math.max(1, periods.length + (undated && periods.length > 1 ? APART : 0));
  const step = (f.right - f.left) / units;
  const band = Math.min(96, step * 0.68);
  const entries = periods.map((p) => entriesOf(p, kinds));
  const rough = valueTicks(0, Math.max(1, ...entries), f.bottom - f.top);
  const tickStep = rough.length > 1 ? rough[1]! - rough[0]! : Math.max(1, ...entries);
  const top = Math.ceil(Math.max(1, ...entries) / tickStep) * tickStep;
  const y = linear(0, top, f.bottom, f.top);
  const order = KINDS.filter((k) => kinds.includes(k));

  const columns = periods.map((period, i): Column => {
    const slot = i + (undated && i > 0 ? APART : 0);
    const x = f.left + slot * step + (step - band) / 2;
    let base = 0;
    const segments = order.map((kind): Segment => {
      const count = period.counts[KINDS.indexOf(kind)]!;
      const y0 = y(base);
      base += count;
      const y1 = y(base);
      return { kind, count, y: y1, height: y0 - y1 };
    });
    const columnTop = y(entries[i]!);
    const fits = textWidth(input.numbers[i] ?? String(entries[i]), FONT) <= step - 2;
    const tick = input.ticks[i] ?? [periodKey(period)];
    const half = Math.max(textWidth(tick[0], FONT), tick[1] ? textWidth(tick[1], NOTE_FONT) : 0) / 2;
    const tickX = tickCentre(x + band / 2, half);
    return { period, key: periodKey(period), x, width: band, entries: entries[i]!, segments, top: columnTop, totalY: fits ? columnTop - 5 : null, tick, tickX };
  });

  // A second tick line that would run into its left neighbour's ticks (a phone, a long language),
  // or that keeps its column's year from its place, is left out: the footer's notes say which
  // years are partial. The year is then centred on its own width.
  const yearHalf = (c: (typeof columns)[number]) => textWidth(c.tick[0], FONT) / 2;
  const noteHalf = (c: (typeof columns)[number]) => (c.tick[1] ? textWidth(c.tick[1], NOTE_FONT) / 2 : 0);
  for (let i = 1; i < columns.length; i++) {
    const [left, right] = [columns[i - 1]!, columns[i]!];
    if (!right.tick[1]) continue;
    const notesMeet = left.tick[1] !== undefined && right.tickX - noteHalf(right) - (left.tickX + noteHalf(left)) < 4;
    const yearsMeet = right.tickX - yearHalf(right) - (left.tickX + yearHalf(left)) < 4;
    if (!notesMeet && !yearsMeet) continue;
    const half = yearHalf(right);
    columns[i] = { ...right, tick: [right.tick[0]], tickX: tickCentre(right.x + right.width / 2, half) };
  }

  return {
    frame: f,
    columns,
    divider: undated && periods.length > 1 ? f.left + step * (1 + APART / 2) : null,
    valueTicks: rough.filter((v) => v <= top).concat(rough.includes(top) ? [] : [top]).map((value) => ({ value, y: y(value) })),
  };
}
