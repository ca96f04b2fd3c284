import { assistanceLoaders } from '../data/assistance.js';
import { democracyLoaders } from '../data/democracy.js';
import { countryLoaders, type CountryRegistry } from '../data/countries.js';
import { loadedValue } from '../data/load.js';
import { DATASET_OF, type AssistanceData, type Measure } from './measures.js';
import type { Democracy, IndexId } from './regimes.js';

export type DatasetKey = keyof AssistanceData;

/**
 * What a chart loads: the measure's dataset, and V-Dem v14 only when the
 * Liberal Democracy Index is shown (`arms+libdem`); every other setting reads
 * v15 alone, so v14 is never downloaded for it.
 */
export type LoadKey = DatasetKey | `${DatasetKey}+libdem`;

/** Everything an assistance chart draws: V-Dem, the registry, the measure's dataset and the chart's own data. */
export interface Loaded<Own> {
  democracy: Democracy;
  registry: CountryRegistry;
  data: AssistanceData;
  own: Own;
}

export const datasetKey = (measure: Measure): DatasetKey => DATASET_OF[measure];

/** The load a measure and index need. */
export const loadKey = (measure: Measure, index: IndexId): LoadKey => (index === 'libdem' ? `${datasetKey(measure)}+libdem` : datasetKey(measure));

function splitKey(key: LoadKey): { dataset: DatasetKey; libdem: boolean } {
  const [dataset, libdem] = key.split('+') as [DatasetKey, string | undefined];
  return { dataset, libdem: libdem === 'libdem' };
}

/** Loads (or joins the loads of) what a chart needs for one dataset and index; throws on wrong-shaped files. */
export async function loadAssistance<Own>(key: LoadKey, own: (() => Promise<Own>) | undefined): Promise<Loaded<Own>> {
  const { dataset: name, libdem } = splitKey(key);
  const [v15, v14, registry, dataset, ownValue] = await Promise.all([
    democracyLoaders.v15(),
    libdem ? democracyLoaders.v14() : Promise.resolve(undefined),
    countryLoaders.registry(),
    assistanceLoaders[name](),
    own ? own() : Promise.resolve(undefined as Own),
  ]);
  return check({ democracy: { v15, v14 }, registry, data: { [name]: dataset }, own: ownValue }, name, libdem);
}

/** The same, at once, when every load has already finished (no placeholder frame); else undefined. */
export function settledAssistance<Own>(key: LoadKey, own: (() => Promise<Own>) | undefined): Loaded<Own> | undefined {
  const { dataset: name, libdem } = splitKey(key);
  const v15 = loadedValue(democracyLoaders.v15);
  const v14 = libdem ? loadedValue(democracyLoaders.v14) : undefined;
  const registry = loadedValue(countryLoaders.registry);
  const dataset = loadedValue(assistanceLoaders[name] as () => Promise<unknown>);
  const ownValue = own ? loadedValue(own) : (undefined as Own);
  if (!v15 || (libdem && !v14) || !registry || !dataset || (own && ownValue === undefined)) return undefined;
  try {
    return check({ democracy: { v15, v14 }, registry, data: { [name]: dataset }, own: ownValue as Own }, name, libdem);
  } catch {
    return undefined; // the load reports it
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A cheap shape check, so a wrong file shows the load error rather than "Loading…" for ever or an exception. */
function check<T extends Loaded<unknown>>(loaded: T, key: DatasetKey, libdem: boolean): T {
  const dataset = loaded.data[key] as unknown;
  const { v14 } = loaded.democracy;
  const ok =
    isRecord(loaded.democracy.v15) &&
    isRecord(loaded.democracy.v15.countries) &&
    (!libdem || (isRecord(v14) && isRecord(v14.countries))) &&
    isRecord(loaded.registry) &&
    isRecord(loaded.registry.countries) &&
    isRecord(dataset) &&
    isRecord(dataset.meta) &&
    isRecord(dataset.countries) &&
    (key !== 'militaryAid' || (isRecord(dataset.world) && Array.isArray(dataset.world.military)));
  if (!ok) throw new TypeError(`wrong-shaped ${key} data`);
  return loaded;
}
