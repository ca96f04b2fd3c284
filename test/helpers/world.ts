import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { lazy } from '../../src/data/load.js';
import type { SourceMeta } from '../../src/data/types.js';

/**
 * The 1:110m outlines in longitude/latitude (TopoJSON -> GeoJSON), as d3-geo
 * reads them: the reference the pre-projected map files are tested against.
 * No element loads them; both maps draw outlines projected by the data build.
 */
export type CountryFeature = Feature<Geometry, { name: string }> & { id: string };

export interface World {
  meta: SourceMeta;
  countries: CountryFeature[];
}

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }> & { meta: SourceMeta };

/** Antarctica holds no country data and would take a fifth of the map's height. */
const LEFT_OUT = new Set(['ATA']);

export function worldFromTopology(topology: WorldTopology): World {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const countries = collection.features.filter(
    (f): f is CountryFeature => typeof f.id === 'string' && !LEFT_OUT.has(f.id),
  );
  return { meta: topology.meta, countries };
}

export const worldLoaders = {
  world110m: lazy<World, WorldTopology>(() => import('../../data/world-110m.json'), worldFromTopology),
};
