import { lazy } from '../data/load.js';
import type { SourceMeta } from '../data/types.js';

type Bounds = [[number, number], [number, number]];

/** world-110m-equal-earth.json (or -mercator.json) as shipped: rings delta-encoded in hundredths of a pixel. */
interface ProjectedWorldFile {
  meta: SourceMeta;
  scale: number;
  /** Mercator only: the reference translate (Equal Earth's is [0, 0]). */
  translate?: [number, number];
  precision: number;
  bounds: Bounds;
  countries: { id: string; anchor: [number, number]; bounds?: Bounds; rings: number[][] }[];
}

/** One country pre-projected at the file's reference scale: rings as flat x, y lists. */
export interface ProjectedCountry {
  id: string;
  anchor: [number, number];
  /** Mercator only: the country's projected bounds, unrounded, as fitExtent measures them. */
  bounds?: Bounds;
  rings: Float64Array[];
}

/**
 * The world outlines projected with Equal Earth by the data build (see
 * scripts/data/world-projected.mjs), at d3's fitExtent reference scale: a map
 * only scales and shifts them, so no spherical work happens in the browser.
 */
export interface ProjectedWorld {
  meta: SourceMeta;
  /** d3's reference scale and translate the rings are projected at. */
  scale: number;
  translate: [number, number];
  /** [[x0, y0], [x1, y1]] of every ring, unrounded, as fitExtent measures it. */
  bounds: Bounds;
  countries: ProjectedCountry[];
}

export function decodeProjectedWorld(file: ProjectedWorldFile): ProjectedWorld {
  const unit = 1 / file.precision;
  const countries = file.countries.map(({ id, anchor, bounds, rings }) => ({
    id,
    anchor: [anchor[0] * unit, anchor[1] * unit] as [number, number],
    ...(bounds ? { bounds } : {}),
    rings: rings.map((deltas) => {
      const ring = new Float64Array(deltas.length);
      let x = 0;
      let y = 0;
      for (let i = 0; i < deltas.length; i += 2) {
        x += deltas[i]!;
        y += deltas[i + 1]!;
        ring[i] = x * unit;
        ring[i + 1] = y * unit;
      }
      return ring;
    }),
  }));
  return { meta: file.meta, scale: file.scale, translate: file.translate ?? [0, 0], bounds: file.bounds, countries };
}

export const projectedWorldLoaders = {
  equalEarth110m: lazy<ProjectedWorld, ProjectedWorldFile>(() => import('../../data/world-110m-equal-earth.json'), decodeProjectedWorld),
  /** Mercator (d3's `geoMercator().precision(0)`), with each country's bounds: the strike map frames a few countries. */
  mercator110m: lazy<ProjectedWorld, ProjectedWorldFile>(() => import('../../data/world-110m-mercator.json'), decodeProjectedWorld),
};
