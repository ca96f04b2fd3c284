import { assistanceLoaders } from '../data/assistance.js';
import { democracyLoaders } from '../data/democracy.js';
import { countryLoaders, type CountryRegistry } from '../data/countries.js';
import { loadedValue } from '../data/load.js';
import { DATASET_OF, type AssistanceData, type Measure } from './measures.js';
import type { Democracy } from './regimes.js';

export type DatasetKey = keyof AssistanceData;

/** Everything an assistance chart draws: V-Dem, the registry, the measure's dataset and the chart's own data. */
export interface Loaded<Own> {
  democracy: Democracy;
  registry: CountryRegistry;
  data: AssistanceData;
  own: Own;
}

export const datasetKey = (measure: Measure): DatasetKey => DATASET_OF[measure];

/** Loads (or joins the loads of) what a chart needs for one dataset; throws on wrong-shaped files. */
export async function loadAssistance<Own>(key: DatasetKey, own: (() => Promise<Own>) | undefined): Promise<Loaded<Own>> {
  const [v15, v14, registry, dataset, ownValue] = await Promise.all([
    democracyLoaders.v15(),
    democracyLoaders.v14(),
    countryLoaders.registry(),
    assistanceLoaders[key](),
    own ? own() : Promise.resolve(undefined as Own),
  ]);
  return check({ democracy: { v15, v14 }, registry, data: { [key]: dataset }, own: ownValue }, key);
}

/** The same, at once, when every load has already finished (no placeholder frame); else undefined. */
export function settledAssistance<Own>(key: DatasetKey, own: (() => Promise<Own>) | undefined): Loaded<Own> | undefined {
  const v15 = loadedValue(democracyLoaders.v15);
  const v14 = loadedValue(democracyLoaders.v14);
  const registry = loadedValue(countryLoaders.registry);
  const dataset = loadedValue(assistanceLoaders[key] as () => Promise<unknown>);
  const ownValue = own ? loadedValue(own) : (undefined as Own);
  if (!v15 || !v14 || !registry || !dataset || (own && ownValue === undefined)) return undefined;
  try {
    return check({ democracy: { v15, v14 }, registry, data: { [key]: dataset }, own: ownValue as Own }, key);
  } catch {
    return undefined; // the load reports it
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A cheap shape check, so a wrong file shows the load error rather than "Loading…" for ever or an exception. */
function check<T extends Loaded<unknown>>(loaded: T, key: DatasetKey): T {
  const dataset = loaded.data[key] as unknown;
  const ok =
    isRecord(loaded.democracy.v15) &&
    isRecord(loaded.democracy.v15.countries) &&
    isRecord(loaded.democracy.v14) &&
    isRecord(loaded.democracy.v14.countries) &&
    isRecord(loaded.registry) &&
    isRecord(loaded.registry.countries) &&
    isRecord(dataset) &&
    isRecord(dataset.meta) &&
    isRecord(dataset.countries) &&
    (key !== 'militaryAid' || (isRecord(dataset.world) && Array.isArray(dataset.world.military)));
  if (!ok) throw new TypeError(`wrong-shaped ${key} data`);
  return loaded;
}
