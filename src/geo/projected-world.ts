import { lazy } from '../data/load.js';
import type { SourceMeta } from '../data/types.js';

/** world-110m-equal-earth.json as shipped: rings delta-encoded in hundredths of a pixel. */
interface ProjectedWorldFile {
  meta: SourceMeta;
  scale: number;
  precision: number;
  bounds: [[number, number], [number, number]];
  countries: { id: string; anchor: [number, number]; rings: number[][] }[];
}

/** One country pre-projected at the file's reference scale: rings as flat x, y lists. */
export interface ProjectedCountry {
  id: string;
  anchor: [number, number];
  rings: Float64Array[];
}

/**
 * The world outlines projected with Equal Earth by the data build (see
 * scripts/data/world-projected.mjs), at d3's fitExtent reference scale: a map
 * only scales and shifts them, so no spherical work happens in the browser.
 */
export interface ProjectedWorld {
  meta: SourceMeta;
  /** [[x0, y0], [x1, y1]] of every ring, unrounded, as fitExtent measures it. */
  bounds: [[number, number], [number, number]];
  countries: ProjectedCountry[];
}

export function decodeProjectedWorld(file: ProjectedWorldFile): ProjectedWorld {
  const unit = 1 / file.precision;
  const countries = file.countries.map(({ id, anchor, rings }) => ({
    id,
    anchor: [anchor[0] * unit, anchor[1] * unit] as [number, number],
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
  return { meta: file.meta, bounds: file.bounds, countries };
}

export const projectedWorldLoaders = {
  equalEarth110m: lazy<ProjectedWorld, ProjectedWorldFile>(() => import('../../data/world-110m-equal-earth.json'), decodeProjectedWorld),
};
