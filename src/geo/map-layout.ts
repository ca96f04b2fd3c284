import type { ProjectedWorld } from './projected-world.js';
import { ringsPath } from './rings-path.js';

export interface MapShape {
  code: string;
  d: string;
}

/** Anchor for tooltips and keyboard movement: centre of a country's largest part. */
export interface MapAnchor {
  code: string;
  x: number;
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  shapes: MapShape[];
  /** Anchors by code. */
  anchor: (code: string) => MapAnchor | undefined;
  anchors: () => MapAnchor[];
}

/** Width / height of the map area, fixed so the box is reserved before data arrives. */
export const MAP_ASPECT = 2;

const cache = new WeakMap<ProjectedWorld, Map<number, MapLayout>>();

/**
 * The pre-projected world (Equal Earth) fitted into a width × width/MAP_ASPECT
 * box with a 2 px margin, as d3's fitExtent fits it. Pure, so layouts are
 * shared by every map on the page with the same geometry and width.
 */
export function layoutMap(world: ProjectedWorld, width: number): MapLayout {
  const byWidth = cache.get(world) ?? new Map<number, MapLayout>();
  cache.set(world, byWidth);
  let layout = byWidth.get(width);
  if (!layout) {
    layout = computeLayout(world, width);
    byWidth.set(width, layout);
  }
  return layout;
}

function computeLayout(world: ProjectedWorld, width: number): MapLayout {
  const height = Math.round(width / MAP_ASPECT);
  // d3's fitExtent arithmetic, on bounds measured at the same reference scale:
  // the projection at this width is the reference one scaled by k, shifted by (tx, ty).
  const [[x0, y0], [x1, y1]] = world.bounds;
  const w = width - 4;
  const h = height - 4;
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  const tx = 2 + (w - k * (x1 + x0)) / 2;
  const ty = 2 + (h - k * (y1 + y0)) / 2;
  const shapes = world.countries.map((country) => ({ code: country.id, d: ringsPath(country.rings, k, tx, ty) }));
  const anchors = new Map(world.countries.map(({ id, anchor: [x, y] }) => [id, { code: id, x: x * k + tx, y: y * k + ty }]));
  return { width, height, shapes, anchor: (code) => anchors.get(code), anchors: () => [...anchors.values()] };
}
