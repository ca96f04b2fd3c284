// U.S. state outlines for the state maps: us-atlas's states-albers-10m (Census Bureau
// cartographic boundaries, 2017, already projected with d3.geoAlbersUsa into a 975 x 610
// frame), decoded from TopoJSON and shipped as compact rings, so the browser does no
// topology or projection work: a map only scales and shifts them (as the world maps do).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import { geoPath } from 'd3-geo';
import { projectRoot } from './lib/raw.mjs';
import { eachRow } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';

export const US_ATLAS = 'us-atlas';
const FILE = 'states-albers-10m.json';
/** Coordinates are stored in tenths of a pixel of the 975 x 610 frame. */
export const PRECISION = 10;
/** The frame d3.geoAlbersUsa().scale(1300).translate([487.5, 305]) fits (us-atlas README). */
const FRAME = [975, 610];

/** A file of an installed npm package, with the identity recorded in provenance (as readRaw does for raw files). */
export function readPackageFile(pkg, name) {
  const dir = resolve(projectRoot, 'node_modules', pkg);
  const { version } = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
  const buffer = readFileSync(resolve(dir, name));
  return {
    path: `npm ${pkg}@${version}/${name}`,
    version,
    sha256: createHash('sha256').update(buffer).digest('hex'),
    text: buffer.toString('utf8'),
  };
}

/** First point in tenths of a pixel, then differences; a point that rounds onto the one before is dropped. */
function encodeRing(ring) {
  const out = [];
  let px = 0;
  let py = 0;
  for (const [x, y] of ring) {
    const qx = Math.round(x * PRECISION);
    const qy = Math.round(y * PRECISION);
    if (out.length && qx === px && qy === py) continue;
    out.push(qx - px, qy - py);
    px = qx;
    py = qy;
  }
  return out;
}

/** The largest polygon's planar centroid: Michigan's anchor on its lower peninsula, Hawaii's on its big island. */
function anchorOf(geometry) {
  const path = geoPath();
  const polygons = geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates];
  let best;
  let bestArea = -1;
  for (const coordinates of polygons) {
    const polygon = { type: 'Polygon', coordinates };
    const area = path.area(polygon);
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  const [x, y] = path.centroid(best);
  return [Math.round(x * PRECISION), Math.round(y * PRECISION)];
}

export function buildUsStates() {
  const file = readPackageFile(US_ATLAS, FILE);
  const topology = JSON.parse(file.text);
  const features = new Map(feature(topology, topology.objects.states).features.map((f) => [f.id, f]));
  const states = [];
  const ledger = eachRow(
    file,
    (geometry) => {
      const f = features.get(geometry.id);
      const rings = (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates).map(encodeRing);
      states.push({ fips: geometry.id, name: geometry.properties.name, anchor: anchorOf(f.geometry), rings });
    },
    topology.objects.states.geometries,
  );
  states.sort((a, b) => (a.fips < b.fips ? -1 : 1));
  return dataset(
    {
      id: 'us-states-albers',
      title: 'U.S. state outlines (Albers USA, 1:10m)',
      publisher: 'Mike Bostock (us-atlas), from U.S. Census Bureau cartographic boundary files',
      version: `us-atlas ${file.version} (Census Bureau cartographic state boundaries, 2017 edition)`,
      origin: `npm package us-atlas ${file.version}, ${FILE}: TopoJSON projected with d3.geoAlbersUsa().scale(1300).translate([487.5, 305]) into a 975 x 610 frame; decoded with topojson-client by the build.`,
      citation: 'us-atlas (Mike Bostock), from U.S. Census Bureau cartographic boundary shapefiles, 2017 edition',
      url: 'https://github.com/topojson/us-atlas',
      caveats: [
        'Alaska and Hawaii are moved and scaled to sit below the other states (Albers USA); they are not drawn to scale or in place.',
        'Puerto Rico and the other territories are not drawn on the map; they appear in the list and the table.',
      ],
      dataNotes: [
        'One entry per state and the District of Columbia, keyed by two-digit FIPS code; rings delta-encoded in tenths of a pixel of the 975 x 610 frame; anchor is the planar centroid of the largest polygon.',
      ],
    },
    [ledger],
    { precision: PRECISION, frame: FRAME, states },
  );
}
