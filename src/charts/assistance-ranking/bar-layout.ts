import { linearScale } from '../../core/scales.js';
import type { Recipient } from '../../assistance/ranking.js';

export const ROW_HEIGHT = 26;
export const TOP = 20;

export interface Bar {
  code: string;
  /** Top of the row. */
  y: number;
  width: number;
  /** Where the value label starts (inside a long bar, after a short one). */
  labelX: number;
  labelInside: boolean;
}

export interface BarLayout {
  width: number;
  height: number;
  /** Left edge of the names column is 0; names end (right-aligned) here. */
  nameRight: number;
  /** The regime symbol sits centred here. */
  symbolX: number;
  barX: number;
  /** Right-aligned democracy index column. */
  indexX: number;
  bars: Bar[];
}

/** Height reserved for `limit` rows, known before any data arrives. */
export const layoutHeight = (limit: number): number => TOP + limit * ROW_HEIGHT + 4;

/** Horizontal bars for the rows, in a box `width` wide with room for `limit` rows. Pure. */
export function layoutBars(rows: Pick<Recipient, 'code' | 'total'>[], width: number, limit: number, labelWidth = 64): BarLayout {
  const nameRight = Math.round(Math.min(150, Math.max(84, width * 0.26)));
  const symbolX = nameRight + 12;
  const barX = symbolX + 10;
  const indexX = width - 2;
  const barEnd = indexX - 44;
  const max = rows[0]?.total ?? 1;
  const x = linearScale([0, max], [0, Math.max(20, barEnd - barX)]);
  const bars = rows.slice(0, limit).map((r, i) => {
    const w = Math.max(1, x(r.total));
    const labelInside = w > barEnd - barX - labelWidth;
    return { code: r.code, y: TOP + i * ROW_HEIGHT, width: w, labelX: labelInside ? barX + w - 4 : barX + w + 4, labelInside };
  });
  return { width, height: layoutHeight(limit), nameRight, symbolX, barX, indexX, bars };
}
