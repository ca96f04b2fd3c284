import type { ReactiveControllerHost } from 'lit';
import { DataController } from '../../core/data-controller.js';
import type { ReadyDetail } from '../../core/events.js';
import { democracyLoaders, type VdemV14, type VdemV15 } from '../../data/democracy.js';
import { countryLoaders, type CountryRegistry } from '../../data/countries.js';
import { loadedValue } from '../../data/load.js';
import { projectedWorldLoaders, type ProjectedWorld } from '../../geo/projected-world.js';
import { METRIC_DEFINITIONS, type Edition, type Metric } from '../../democracy/metrics.js';
import { messages } from '../../core/i18n.js';

const msg = messages({ 'map.loadFailure': 'The map data could not be loaded. Check the connection and try again.' });

/** What the map draws for one V-Dem edition. */
export interface MapData {
  dataset: VdemV15 | VdemV14;
  world: ProjectedWorld;
  registry: CountryRegistry;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Throws when a file parsed but is not what the map reads, so the reader sees the load error. */
export function checkMapData({ dataset, world, registry }: MapData): void {
  if (!isObject(dataset) || !isObject(dataset.meta) || !isObject(dataset.countries) || !Number.isInteger(dataset.first) || !Number.isInteger(dataset.last)) {
    throw new TypeError('V-Dem file has the wrong shape');
  }
  if (!isObject(world) || !Array.isArray(world.countries) || !isObject(world.meta)) throw new TypeError('world file has the wrong shape');
  if (!isObject(registry) || !isObject(registry.countries)) throw new TypeError('country registry has the wrong shape');
}

/** What one edition needs: its dataset, the geometry and the country registry. */
const loadersOf = (edition: Edition): (() => Promise<unknown>)[] => [democracyLoaders[edition], projectedWorldLoaders.equalEarth110m, countryLoaders.registry];

const asMapData = ([dataset, world, registry]: unknown[]): MapData => ({ dataset, world, registry }) as MapData;

/** The map's data, one V-Dem edition at a time (the one the metric reads), with geometry and names. */
export function mapDataController(
  host: ReactiveControllerHost & HTMLElement,
  metric: () => Metric,
  ready: () => ReadyDetail | undefined,
): DataController<MapData, Edition> {
  return new DataController<MapData, Edition>(host, {
    key: () => METRIC_DEFINITIONS[metric()].edition,
    load: (edition) => Promise.all(loadersOf(edition).map((load) => load())).then(asMapData),
    settled: (edition) => {
      const parts = loadersOf(edition).map((load) => loadedValue(load));
      return parts.every((part) => part !== undefined) ? asMapData(parts) : undefined;
    },
    validate: checkMapData,
    failure: () => msg('map.loadFailure'),
    ready,
  });
}
