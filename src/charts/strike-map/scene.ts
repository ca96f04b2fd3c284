import type { ProjectedWorld } from '../../geo/projected-world.js';
import { binStrikes, separate, type Bin, type PlacedStrike } from './bins.js';
import { frameMap, type MapFrame } from './projection.js';
import type { Strike } from './strikes.js';
import { IDENTITY, clampZoom, type ZoomState } from './zoom.js';

/** Grid cell (screen px) within which records merge into one cluster. */
const CELL = 28;

export interface SceneInput {
  /** The outlines, pre-projected with Mercator. */
  world: ProjectedWorld;
  rows: Strike[];
  codes: string[];
  width: number;
  height: number;
  /** ISO dates of the records shown. */
  from: string;
  end: string;
  zoom: ZoomState;
  activeId: string;
}

/**
 * What the map draws, recomputed only when its inputs change: the frame
 * (projection fitted to the chosen countries and size), the records shown,
 * their screen positions and the clusters at the current zoom.
 */
export class MapScene {
  frame?: MapFrame;
  shown: Strike[] = [];
  placed: PlacedStrike[] = [];
  bins: Bin[] = [];
  private frameKey = '';
  private binsKey = '';

  /** Updates the scene; returns the zoom to use (kept across a resize, reset for other countries). */
  update({ world, rows, codes, width, height, from, end, zoom, activeId }: SceneInput): ZoomState {
    const frameKey = `${codes.join()}|${width}|${height}`;
    if (frameKey !== this.frameKey) {
      const previous = this.frame;
      this.frame = frameMap(world, codes, width, height);
      // A resize (a scrollbar appearing, a rotated phone) keeps the reader's zoom; other countries start afresh.
      const sameCountries = this.frameKey.split('|')[0] === codes.join();
      zoom = previous && sameCountries
        ? clampZoom({ k: zoom.k, x: (zoom.x * width) / previous.width, y: (zoom.y * height) / previous.height }, width, height)
        : IDENTITY;
      this.frameKey = frameKey;
      this.binsKey = '';
    }
    const binsKey = `${frameKey}|${from}|${end}|${zoom.k}|${activeId}`;
    if (binsKey !== this.binsKey) {
      const wanted = new Set(codes);
      this.shown = rows.filter((r) => wanted.has(r.country) && r.date >= from && r.date <= end);
      const projection = this.frame!.projection;
      this.placed = this.shown.flatMap((strike) => {
        if (strike.lat === null || strike.lon === null) return [];
        const [x, y] = projection([strike.lon, strike.lat]);
        return [{ strike, x, y }];
      });
      // The focused record is drawn on its own, so a cluster "opens" for it.
      this.bins = separate(binStrikes(this.placed.filter((p) => p.strike.id !== activeId), zoom.k, CELL), zoom.k);
      this.binsKey = binsKey;
    }
    return zoom;
  }
}
