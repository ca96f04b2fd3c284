import { geoEqualEarth, geoPath, geoArea, geoCentroid } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import type { CountryFeature } from '../../geo/world.js';

export interface MapShape {
  code: string;
  d: string;
  /** Anchor for tooltips and keyboard movement: centre of the largest part. */
  x: number;
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  shapes: MapShape[];
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

/** Projects the world into a width × width/MAP_ASPECT box. Pure; called once per width. */
export function layoutMap(features: CountryFeature[], width: number): MapLayout {
  const height = Math.round(width / MAP_ASPECT);
  const projection = geoEqualEarth().fitExtent(
    [
      [2, 2],
      [width - 2, height - 2],
    ],
    { type: 'FeatureCollection', features },
  );
  const path = geoPath(projection).digits(1);
  const shapes = features.map((feature) => {
    const [x, y] = projection(geoCentroid(largestPart(feature))) ?? [0, 0];
    return { code: feature.id, d: path(feature) ?? '', x, y };
  });
  return { width, height, shapes };
}
