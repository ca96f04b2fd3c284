import type { ProjectedWorld } from '../../geo/projected-world.js';
import { binStrikes, separate, type Bin, type PlacedStrike } from './bins.js';
import { cachedFrame, type MapFrame } from './projection.js';
import { selectStrikes, strikesBetween, type StrikeSelection } from './strike-index.js';
import { Recent } from './memo.js';
import type { Strike } from './strikes.js';
import { IDENTITY, clampZoom, type ZoomState } from '../../geo/zoom.js';

/** Grid cell (screen px) within which records merge into one cluster. */
const CELL = 28;

/** Placings and clusterings kept per map (zooming in and out, countries or the focus moving back revisit them). */
const SCENES_KEPT = 24;

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
 * their screen positions and the clusters at the current zoom. Panning
 * changes none of them; the records and positions do not change with zoom.
 */
export class MapScene {
  frame?: MapFrame;
  shown: Strike[] = [];
  placed: PlacedStrike[] = [];
  bins: Bin[] = [];
  private frameKey = '';
  private shownKey = '';
  private binsKey = '';
  private data?: { world: ProjectedWorld; rows: Strike[] };
  // Kept per map: switching countries, dates or zoom back (or the focus moving back) finds them.
  private readonly placings = new Recent<string, { shown: Strike[]; placed: PlacedStrike[] }>(SCENES_KEPT);
  private readonly binnings = new Recent<string, Bin[]>(SCENES_KEPT);

  /** Updates the scene; returns the zoom to use (kept across a resize, reset for other countries). */
  update({ world, rows, codes, width, height, from, end, zoom, activeId }: SceneInput): ZoomState {
    // Other data (a reload, a swapped loader): nothing computed so far holds.
    const otherData = this.data?.world !== world || this.data.rows !== rows;
    if (otherData) {
      this.data = { world, rows };
      this.placings.clear();
      this.binnings.clear();
      this.shownKey = this.binsKey = '';
    }
    const frameKey = `${codes.join()}|${width}|${height}`;
    if (otherData || frameKey !== this.frameKey) {
      const previous = this.frame;
      this.frame = cachedFrame(world, codes, width, height);
      // A resize (a scrollbar appearing, a rotated phone) keeps the reader's zoom; other countries start afresh.
      const sameCountries = this.frameKey.split('|')[0] === codes.join();
      zoom = previous && sameCountries
        ? clampZoom({ k: zoom.k, x: (zoom.x * width) / previous.width, y: (zoom.y * height) / previous.height }, width, height)
        : IDENTITY;
      this.frameKey = frameKey;
    }
    const frame = this.frame!;
    const shownKey = `${frameKey}|${from}|${end}`;
    if (shownKey !== this.shownKey) {
      ({ shown: this.shown, placed: this.placed } = this.placings.get(shownKey, () => place(selectStrikes(rows, codes), from, end, frame)));
      this.shownKey = shownKey;
    }
    const binsKey = `${shownKey}|${zoom.k}|${activeId}`;
    if (binsKey !== this.binsKey) {
      // The focused record is drawn on its own, so a cluster "opens" for it.
      this.bins = this.binnings.get(binsKey, () => separate(binStrikes(this.placed.filter((p) => p.strike.id !== activeId), zoom.k, CELL), zoom.k));
      this.binsKey = binsKey;
    }
    return zoom;
  }
}

/** The records dated `from` to `end`, and those with coordinates where the frame puts them (as `frame.projection` does, from coordinates projected once per dataset). */
function place(selection: StrikeSelection, from: string, end: string, { scale, offset: [px, py] }: MapFrame): { shown: Strike[]; placed: PlacedStrike[] } {
  const indexes = strikesBetween(selection, from, end);
  const placed: PlacedStrike[] = [];
  for (const i of indexes) {
    const strike = selection.rows[i]!;
    if (strike.lat !== null && strike.lon !== null) placed.push({ strike, x: selection.mx[i]! * scale + px, y: selection.my[i]! * scale + py });
  }
  return { shown: indexes.map((i) => selection.rows[i]!), placed };
}
