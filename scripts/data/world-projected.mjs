// The world outlines pre-projected for the maps: Equal Earth for the two world
// maps and Mercator for the strike map, clipped and resampled by d3-geo exactly
// as at run time, at the scale d3's fitExtent measures at. The maps only scale
// and shift these rings per width, so a page does no spherical projection work
// (as "Command-line cartography" advises: project once, at build time, not in
// every reader's browser).
import { feature } from 'topojson-client';
import { geoArea, geoCentroid, geoEqualEarth, geoMercator, geoStream } from 'd3-geo';

/** d3's fitExtent measures the projected extent at this scale (translate 0). */
export const REFERENCE_SCALE = 150;
/** Coordinates are stored in hundredths of a pixel at the reference scale. */
export const PRECISION = 100;
/** Antarctica holds no country data and would take a fifth of the map's height. */
export const LEFT_OUT = new Set(['ATA']);

/** Main landmass of a country, so France's anchor is in Europe, not in French Guiana. */
function largestPart(country) {
  if (country.geometry.type !== 'MultiPolygon') return country;
  let best;
  let bestArea = -1;
  for (const coordinates of country.geometry.coordinates) {
    const polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  return { type: 'Feature', properties: {}, geometry: best };
}

/** Rings of one country as d3's projection stream emits them, at the reference scale. */
function projectRings(projection, country) {
  const rings = [];
  let ring;
  geoStream(
    country,
    projection.stream({
      point(x, y) {
        ring?.push([x, y]);
      },
      lineStart() {
        ring = [];
      },
      lineEnd() {
        if (ring?.length) rings.push(ring);
        ring = undefined;
      },
      polygonStart() {},
      polygonEnd() {},
      sphere() {},
    }),
  );
  return rings;
}

/** First point in hundredths of a pixel, then differences: short integers, small JSON. */
function encodeRing(ring) {
  const out = [];
  let px = 0;
  let py = 0;
  for (const [x, y] of ring) {
    const qx = Math.round(x * PRECISION);
    const qy = Math.round(y * PRECISION);
    out.push(qx - px, qy - py);
    px = qx;
    py = qy;
  }
  return out;
}

/** [[x0, y0], [x1, y1]] of rings, unrounded, as d3's path bounds measure them. */
function ringBounds(rings) {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** The projections a map can ship pre-projected, each as d3 configures it at run time. */
const PROJECTIONS = {
  equalEarth: { name: 'Equal Earth', make: () => geoEqualEarth() },
  // No adaptive resampling, as the strike map has always drawn it (110m vertices are close enough).
  mercator: { name: 'Mercator', make: () => geoMercator().precision(0) },
};

/**
 * @param topology the shipped world-110m topology (ids already joined to V-Dem codes)
 * @param options.projection a key of PROJECTIONS
 * @param options.countryBounds also store each country's projected bounds (for maps that frame a few countries)
 */
export function projectWorld(topology, { projection: kind = 'equalEarth', countryBounds = false } = {}) {
  const { name, make } = PROJECTIONS[kind];
  const projection = make().scale(REFERENCE_SCALE).translate([0, 0]);
  const countries = [];
  const all = [];
  for (const country of feature(topology, topology.objects.countries).features) {
    if (LEFT_OUT.has(country.id)) continue;
    const rings = projectRings(projection, country);
    all.push(...rings);
    const [ax, ay] = projection(geoCentroid(largestPart(country)));
    countries.push({
      id: country.id,
      anchor: [Math.round(ax * PRECISION), Math.round(ay * PRECISION)],
      ...(countryBounds ? { bounds: ringBounds(rings) } : {}),
      rings: rings.map(encodeRing),
    });
  }
  return {
    projection: name,
    scale: REFERENCE_SCALE,
    ...(kind === 'equalEarth' ? {} : { translate: [0, 0] }),
    precision: PRECISION,
    bounds: ringBounds(all),
    countries,
  };
}
