// The state map's marks for a width: each state's path, scaled from the
// pre-projected 975 x 610 Albers USA frame, and its anchor (keyboard moves,
// tooltip). Pure.
import type { UsStates } from '../../data/us-states.js';
import { ringsPath } from '../../geo/rings-path.js';

export interface StateShape {
  fips: string;
  d: string;
  /** The anchor in the layout's pixels. */
  x: number;
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  shapes: StateShape[];
}

const cache = new WeakMap<UsStates, Map<number, MapLayout>>();

/** The map at `width` px (the height follows the frame's proportions); one layout per outline file and width. */
export function layoutStates(outlines: UsStates, width: number): MapLayout {
  const w = Math.max(200, Math.round(width));
  let byWidth = cache.get(outlines);
  if (!byWidth) cache.set(outlines, (byWidth = new Map()));
  const known = byWidth.get(w);
  if (known) return known;
  const [fw, fh] = outlines.frame;
  const k = w / fw;
  const layout: MapLayout = {
    width: w,
    height: Math.round(fh * k),
    shapes: outlines.states.map((s) => ({ fips: s.fips, d: ringsPath(s.rings, k, 0, 0), x: s.anchor[0] * k, y: s.anchor[1] * k })),
  };
  byWidth.set(w, layout);
  return layout;
}
