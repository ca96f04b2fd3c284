import { geoBounds, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { CountryFeature } from '../../geo/world.js';

export interface MapFrame {
  width: number;
  height: number;
  projection: GeoProjection;
  /** Outlines of every country that shows inside the frame. */
  shapes: { code: string; d: string; focus: boolean }[];
}

/** Somaliland is part of Somalia in TBIJ's records; frame and outline them together. */
const PARTS: Record<string, string[]> = { SOM: ['SOM', 'SML'] };

/**
 * A Mercator projection fitted to the selected countries' outlines (not to
 * the strikes, whose approximate coordinates include a few outliers), with the
 * neighbours drawn for orientation.
 */
export function frameMap(countries: CountryFeature[], codes: string[], width: number, height: number): MapFrame {
  const wanted = new Set(codes.flatMap((code) => PARTS[code] ?? [code]));
  const focus = countries.filter((f) => wanted.has(f.id));
  const pad = Math.min(24, width * 0.05);
  // No adaptive resampling: 110m outlines have vertices close enough that Mercator's curvature between them is invisible.
  const projection = geoMercator().precision(0).fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    { type: 'FeatureCollection', features: focus },
  );
  const path = geoPath(projection);
  // Projecting all ~180 outlines costs hundreds of ms on a phone; only those
  // whose geographic box meets the frame (zoom and pan never leave it) are drawn.
  const [west, north] = projection.invert!([-0.1 * width, -0.1 * height])!;
  const [east, south] = projection.invert!([1.1 * width, 1.1 * height])!;
  const shapes: MapFrame['shapes'] = [];
  for (const feature of countries) {
    const [[x0, y0], [x1, y1]] = boundsOf(feature);
    const wraps = x0 > x1;
    if (!wraps && (x1 < west || x0 > east || y1 < south || y0 > north)) continue;
    const d = path(feature);
    if (d) shapes.push({ code: feature.id, d, focus: wanted.has(feature.id) });
  }
  return { width, height, projection, shapes };
}

const boundsCache = new WeakMap<CountryFeature, [[number, number], [number, number]]>();

function boundsOf(feature: CountryFeature): [[number, number], [number, number]] {
  let bounds = boundsCache.get(feature);
  if (!bounds) {
    bounds = geoBounds(feature);
    boundsCache.set(feature, bounds);
  }
  return bounds;
}
