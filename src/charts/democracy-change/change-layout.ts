// Marks of the ranked dot chart: rows + size -> positions. Pure.
import { frame, linear, type Frame } from '../../core/axes.js';
import type { CountryChange } from './change-data.js';

export const ROW_HEIGHT = 24;
const SECTION_HEADER = 26;
const AXIS = 24;

export interface ChangeRow {
  code: string;
  section: 'declines' | 'advances';
  y: number;
  x0: number;
  x1: number;
  /** Interval whiskers [left, right] of each year, or null. */
  i0: [number, number] | null;
  i1: [number, number] | null;
  datum: CountryChange;
}

export interface ChangeLayout {
  frame: Frame;
  rows: ChangeRow[];
  headers: { section: 'declines' | 'advances'; y: number }[];
  ticks: { value: number; x: number }[];
  labelWidth: number;
}

/** Height of the chart for `limit` rows per section, known before data arrives (no layout shift). */
export function changeHeight(limit: number): number {
  return 2 * (SECTION_HEADER + limit * ROW_HEIGHT) + AXIS + 4;
}

export function labelWidth(width: number): number {
  return Math.round(Math.min(170, Math.max(96, width * 0.3)));
}

export function layoutChanges(declines: CountryChange[], advances: CountryChange[], limit: number, width: number): ChangeLayout {
  const left = labelWidth(width);
  const f = frame(width, changeHeight(limit), { top: 0, right: 56, bottom: AXIS, left });
  const x = linear(0, 1, f.left + 6, f.right - 6);
  const rows: ChangeRow[] = [];
  const headers: ChangeLayout['headers'] = [];
  let y = 0;
  for (const [section, list] of [['declines', declines], ['advances', advances]] as const) {
    headers.push({ section, y: y + SECTION_HEADER - 8 });
    y += SECTION_HEADER;
    list.forEach((d, i) => {
      rows.push({
        code: d.code,
        section,
        y: y + i * ROW_HEIGHT + ROW_HEIGHT / 2,
        x0: x(d.from),
        x1: x(d.to),
        i0: d.fromLow !== null && d.fromHigh !== null ? [x(d.fromLow), x(d.fromHigh)] : null,
        i1: d.toLow !== null && d.toHigh !== null ? [x(d.toLow), x(d.toHigh)] : null,
        datum: d,
      });
    });
    y += limit * ROW_HEIGHT;
  }
  const ticks = (width < 420 ? [0, 0.5, 1] : [0, 0.2, 0.4, 0.6, 0.8, 1]).map((value) => ({ value, x: x(value) }));
  return { frame: f, rows, headers, ticks, labelWidth: left };
}
