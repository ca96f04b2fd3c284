import { geoEqualEarth, geoArea, geoCentroid } from 'd3-geo';
import { projectWorld, ringsPath, REFERENCE_SCALE, type PlanarWorld } from './planar-world.js';
import type { Feature, Polygon } from 'geojson';
import type { CountryFeature } from '../../geo/world.js';

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
  /** Anchors by code, computed on first use (keyboard or tooltip), not on first render. */
  anchor: (code: string) => MapAnchor | undefined;
  anchors: () => MapAnchor[];
}

/** Width / height of the map area, fixed so the box is reserved before data arrives. */
export const MAP_ASPECT = 2;

/** Main landmass of a country, so France's anchor is in Europe, not in French Guiana. */
function largestPart(feature: CountryFeature): Feature<Polygon> | CountryFeature {
  if (feature.geometry.type !== 'MultiPolygon') return feature;
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const coordinates of feature.geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  return { type: 'Feature', properties: {}, geometry: best! };
}

const cache = new WeakMap<CountryFeature[], Map<number, MapLayout>>();

/**
 * Projects the world into a width × width/MAP_ASPECT box with Equal Earth,
 * fitted as d3's fitExtent fits it (2 px margin). Pure, so layouts are shared
 * by every map on the page with the same geometry and width; the spherical
 * projection itself is done once per geometry (see planar-world.ts).
 */
export function layoutMap(features: CountryFeature[], width: number): MapLayout {
  const byWidth = cache.get(features) ?? new Map<number, MapLayout>();
  cache.set(features, byWidth);
  let layout = byWidth.get(width);
  if (!layout) {
    layout = computeLayout(features, width);
    byWidth.set(width, layout);
  }
  return layout;
}

const planarCache = new WeakMap<CountryFeature[], PlanarWorld>();

function computeLayout(features: CountryFeature[], width: number): MapLayout {
  const height = Math.round(width / MAP_ASPECT);
  let planar = planarCache.get(features);
  if (!planar) {
    planar = projectWorld(features);
    planarCache.set(features, planar);
  }
  // d3's fitExtent arithmetic, on bounds measured at the same reference scale:
  // the same scale and translate as geoEqualEarth().fitExtent(extent, features).
  const [[x0, y0], [x1, y1]] = planar.bounds;
  const w = width - 4;
  const h = height - 4;
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  const tx = 2 + (w - k * (x1 + x0)) / 2;
  const ty = 2 + (h - k * (y1 + y0)) / 2;
  const projection = geoEqualEarth().scale(REFERENCE_SCALE * k).translate([tx, ty]);
  const rings = planar.rings;
  const shapes = features.map((feature, i) => ({ code: feature.id, d: ringsPath(rings[i]!, k, tx, ty) }));
  let anchors: Map<string, MapAnchor> | undefined;
  const all = (): Map<string, MapAnchor> =>
    (anchors ??= new Map(
      features.map((feature) => {
        const [x, y] = projection(geoCentroid(largestPart(feature))) ?? [0, 0];
        return [feature.id, { code: feature.id, x, y }];
      }),
    ));
  return { width, height, shapes, anchor: (code) => all().get(code), anchors: () => [...all().values()] };
}
