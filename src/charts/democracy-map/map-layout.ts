import { geoEqualEarth, geoPath, geoArea, geoCentroid } from 'd3-geo';
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
 * Projects the world into a width × width/MAP_ASPECT box. Pure, so layouts are
 * shared by every map on the page with the same geometry and width.
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

function computeLayout(features: CountryFeature[], width: number): MapLayout {
  const height = Math.round(width / MAP_ASPECT);
  const projection = geoEqualEarth().fitExtent(
    [
      [2, 2],
      [width - 2, height - 2],
    ],
    { type: 'FeatureCollection', features },
  );
  const path = geoPath(projection).digits(1);
  const shapes = features.map((feature) => ({ code: feature.id, d: path(feature) ?? '' }));
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
