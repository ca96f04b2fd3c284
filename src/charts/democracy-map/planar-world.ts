import { geoEqualEarth, geoStream, type GeoStream } from 'd3-geo';
import type { CountryFeature } from '../../geo/world.js';

/**
 * The scale d3's `fitExtent` measures a projection at; projecting at it once
 * gives both the fit and every later width by scaling (see layoutMap).
 */
export const REFERENCE_SCALE = 150;

type Ring = number[]; // x0, y0, x1, y1, ... at the reference scale

export interface PlanarWorld {
  /** Each country's rings after projection, antimeridian clipping and resampling. */
  rings: Ring[][];
  /** [[x0, y0], [x1, y1]] of everything projected, as d3's fitExtent measures it. */
  bounds: [[number, number], [number, number]];
}

/**
 * Projects every country once with Equal Earth at the reference scale, through
 * d3's own pipeline (clipping, adaptive resampling), and keeps the planar
 * result. The projection is `translate + scale × raw`, so the map at any width
 * is this result scaled and shifted: the spherical work is done once, not once
 * to fit the extent and again per width as `fitExtent` + `geoPath` do.
 */
export function projectWorld(features: CountryFeature[]): PlanarWorld {
  const projection = geoEqualEarth().scale(REFERENCE_SCALE).translate([0, 0]);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let rings: Ring[] = [];
  let ring: Ring | undefined;
  const sink: GeoStream = {
    point(x, y) {
      ring?.push(x, y);
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring && ring.length) rings.push(ring);
      ring = undefined;
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  const stream = projection.stream(sink);
  const all = features.map((feature) => {
    rings = [];
    geoStream(feature, stream);
    return rings;
  });
  return { rings: all, bounds: [[x0, y0], [x1, y1]] };
}

/**
 * SVG path data for one country's rings scaled by `k` and shifted by (tx, ty),
 * with coordinates rounded to 0.1 px as d3's `geoPath().digits(1)` writes them.
 */
export function ringsPath(rings: Ring[], k: number, tx: number, ty: number): string {
  let d = '';
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      d += `${i === 0 ? 'M' : 'L'}${Math.round((ring[i]! * k + tx) * 10) / 10},${Math.round((ring[i + 1]! * k + ty) * 10) / 10}`;
    }
    d += 'Z';
  }
  return d;
}
