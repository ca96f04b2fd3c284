import { binRadius, type Bin } from './bins.js';
import type { ZoomState } from '../../geo/zoom.js';

/**
 * The marks worth drawing for a view: those within the view's tiles, a grid
 * of half a view's size, widened by a tile on every side (so a pan draws
 * nothing new until it crosses a tile's edge, and a mark is drawn well
 * before it enters the view). A mark counts by its box (centre ± its drawn
 * radius). In the order of `bins`; the same array for the same `bins`, zoom
 * factor and tiles, so unchanged marks are not rendered again.
 */
export function binsInView(bins: Bin[], zoom: ZoomState, width: number, height: number): Bin[] {
  const { x0, y0, x1, y1, key } = region(zoom, width, height);
  const last = lastCut.get(bins);
  if (last?.key === key) return last.shown;
  const shown = bins.filter((bin) => {
    const r = binRadius(bin) / zoom.k;
    return bin.x + r >= x0 && bin.x - r <= x1 && bin.y + r >= y0 && bin.y - r <= y1;
  });
  lastCut.set(bins, { key, shown });
  return shown;
}

const lastCut = new WeakMap<Bin[], { key: string; shown: Bin[] }>();

/** The layout box drawn for a view: its tiles (half a view wide and high) and one more tile on each side. */
export function region(zoom: ZoomState, width: number, height: number): { x0: number; y0: number; x1: number; y1: number; key: string } {
  const { k } = zoom;
  const tw = width / k / 2;
  const th = height / k / 2;
  // The view in layout units: screen = k * layout + (x, y).
  const left = Math.floor(-zoom.x / k / tw) - 1;
  const right = Math.ceil((width - zoom.x) / k / tw) + 1;
  const top = Math.floor(-zoom.y / k / th) - 1;
  const bottom = Math.ceil((height - zoom.y) / k / th) + 1;
  return { x0: left * tw, y0: top * th, x1: right * tw, y1: bottom * th, key: `${k}|${width}|${height}|${left}|${right}|${top}|${bottom}` };
}
