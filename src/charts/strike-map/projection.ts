import type { ProjectedCountry, ProjectedWorld } from '../../geo/projected-world.js';
import { ringsPath } from '../../geo/rings-path.js';
import { Recent } from './memo.js';

/** Screen position of a [longitude, latitude] in degrees. */
export type Projection = (lonLat: [number, number]) => [number, number];

export interface MapFrame {
  width: number;
  height: number;
  projection: Projection;
  /** The projection as a scale and shift of unit Mercator: `projection([lon, lat])` is `[mercatorX(lon) * scale + offset[0], mercatorY(lat) * scale + offset[1]]`, to the bit. */
  scale: number;
  offset: [number, number];
  /** Outlines of every country that shows inside the frame. */
  shapes: FramedShape[];
}

/** A country's outline in a frame, with where its name can go (layout coordinates). */
export interface FramedShape {
  code: string;
  d: string;
  /** One of the countries framed (or a part of one, such as Somaliland). */
  focus: boolean;
  /** Centroid of its largest landmass, from the data build. */
  anchor: [number, number];
  /** Its projected box: [[x0, y0], [x1, y1]]. */
  box: [[number, number], [number, number]];
  /** Its rings as shipped and the scale and shift that place them in the frame (for `onLand`). */
  land: { rings: readonly Float64Array[]; k: number; tx: number; ty: number };
}

/** Whether a layout point is on the shape's land. */
export function onLand({ land: { rings, k, tx, ty } }: FramedShape, x: number, y: number): boolean {
  return insideRings(rings, (x - tx) / k, (y - ty) / k);
}

/** Somaliland is part of Somalia in TBIJ's records; frame and outline them together. */
const PARTS: Record<string, string[]> = { SOM: ['SOM', 'SML'] };

const RADIANS = Math.PI / 180;

/** Unit Mercator x (radians of longitude): a frame scales and shifts it. */
export function mercatorX(lon: number): number {
  return lon * RADIANS;
}

/** Unit Mercator y (north up): a frame scales and shifts it. */
export function mercatorY(lat: number): number {
  return -Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2));
}

/**
 * A Mercator frame fitted to the selected countries' outlines (not to the
 * strikes, whose approximate coordinates include a few outliers), with the
 * neighbours drawn for orientation. The outlines come pre-projected (d3's
 * `geoMercator().precision(0)`, clipped at the antimeridian) at the file's
 * reference scale and translate; this only scales and shifts them, with the
 * arithmetic of d3's `fitExtent`, so no spherical work happens in the browser.
 */
export function frameMap(world: ProjectedWorld, codes: string[], width: number, height: number): MapFrame {
  const wanted = new Set(codes.flatMap((code) => PARTS[code] ?? [code]));
  let bx0 = Infinity;
  let by0 = Infinity;
  let bx1 = -Infinity;
  let by1 = -Infinity;
  for (const country of world.countries) {
    if (!wanted.has(country.id)) continue;
    const [[x0, y0], [x1, y1]] = boundsOf(country);
    bx0 = Math.min(bx0, x0);
    by0 = Math.min(by0, y0);
    bx1 = Math.max(bx1, x1);
    by1 = Math.max(by1, y1);
  }
  // d3's fitExtent on bounds measured at the reference projection: this frame's
  // projection is the reference one scaled by k and shifted by (tx, ty).
  const pad = Math.min(24, width * 0.05);
  const w = width - 2 * pad;
  const h = height - 2 * pad;
  const k = Math.min(w / (bx1 - bx0), h / (by1 - by0));
  const tx = pad + (w - k * (bx1 + bx0)) / 2;
  const ty = pad + (h - k * (by1 + by0)) / 2;
  const s = world.scale * k;
  const [rx, ry] = world.translate;
  const px = rx * k + tx;
  const py = ry * k + ty;
  const projection: Projection = ([lon, lat]) => [mercatorX(lon) * s + px, mercatorY(lat) * s + py];
  // Only outlines whose projected box meets the frame, with a 10 % margin (zoom and pan never leave it), are drawn.
  const left = (-0.1 * width - tx) / k;
  const right = (1.1 * width - tx) / k;
  const top = (-0.1 * height - ty) / k;
  const bottom = (1.1 * height - ty) / k;
  const shapes: MapFrame['shapes'] = [];
  for (const country of world.countries) {
    const [[x0, y0], [x1, y1]] = boundsOf(country);
    if (x1 < left || x0 > right || y1 < top || y0 > bottom || !country.rings.length) continue;
    shapes.push({
      code: country.id,
      d: ringsPath(country.rings, k, tx, ty),
      focus: wanted.has(country.id),
      anchor: [country.anchor[0] * k + tx, country.anchor[1] * k + ty],
      box: [
        [x0 * k + tx, y0 * k + ty],
        [x1 * k + tx, y1 * k + ty],
      ],
      land: { rings: country.rings, k, tx, ty },
    });
  }
  return { width, height, projection, scale: s, offset: [px, py], shapes };
}

/** Even–odd point in polygon over flat x, y rings: an odd number of edge crossings to the right means inside. */
export function insideRings(rings: readonly Float64Array[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const xi = ring[i]!;
      const yi = ring[i + 1]!;
      const xj = ring[j]!;
      const yj = ring[j + 1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Frames already built, per outline file: switching countries back and forth, or a resize back, re-uses them. */
const frames = new WeakMap<ProjectedWorld, Recent<string, MapFrame>>();

/** `frameMap`, remembered for the last few countries and sizes of each outline file (a frame is never changed once built). */
export function cachedFrame(world: ProjectedWorld, codes: string[], width: number, height: number): MapFrame {
  let cache = frames.get(world);
  if (!cache) frames.set(world, (cache = new Recent(12)));
  return cache.get(`${codes.join()}|${width}|${height}`, () => frameMap(world, codes, width, height));
}

const boundsCache = new WeakMap<ProjectedCountry, [[number, number], [number, number]]>();

/** The country's projected bounds as shipped, or measured from its rings if a file lacks them. */
function boundsOf(country: ProjectedCountry): [[number, number], [number, number]] {
  if (country.bounds) return country.bounds;
  let bounds = boundsCache.get(country);
  if (!bounds) {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const ring of country.rings) {
      for (let i = 0; i < ring.length; i += 2) {
        x0 = Math.min(x0, ring[i]!);
        x1 = Math.max(x1, ring[i]!);
        y0 = Math.min(y0, ring[i + 1]!);
        y1 = Math.max(y1, ring[i + 1]!);
      }
    }
    bounds = [
      [x0, y0],
      [x1, y1],
    ];
    boundsCache.set(country, bounds);
  }
  return bounds;
}
