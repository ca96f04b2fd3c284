// What the trend and change charts share about their V-Dem index data: loading
// it, checking its shape, the sources to credit and the edition to name
// beside every index value. Pure apart from the loaders it calls.
import { loadedValue } from '../data/load.js';
import { democracyLoaders } from '../data/democracy.js';
import { countryLoaders } from '../data/countries.js';
import type { SourceMeta } from '../data/types.js';
import { formatIndex } from '../core/format.js';
import { messages } from '../core/i18n.js';
import { METRIC_EDITIONS } from './editions.js';
import { METRIC_DEFINITIONS, withEdition } from './metrics.js';
import { metricSource, type TrendData, type TrendMetric } from './trend-data.js';

// Kept with the metric definitions, which the map reads without this module's loaders.
export { revisionCaveat } from './metrics.js';

const msg = messages({
  'democracy.loadFailure': 'The democracy data could not be loaded. Check the connection and try again.',
  'democracy.noBounds': 'The Liberal Democracy Index (V-Dem v14) ships without uncertainty bounds.',
});

/** The load error, read when shown (DataController's `failure`), so it is in the chart's language. */
export const INDEX_LOAD_FAILURE = (): string => msg('democracy.loadFailure');

/** The caveat that the LDI has no intervals, in the current (or a given) language. */
export const noBoundsCaveat = (lang?: string): string => msg('democracy.noBounds', undefined, lang);

/** Both V-Dem files and the country registry (the loaders are read at call time, so tests can swap them). */
export function loadIndexData(): Promise<TrendData> {
  return Promise.all([democracyLoaders.v15(), democracyLoaders.v14(), countryLoaders.registry()]).then(([v15, v14, registry]) => ({ v15, v14, registry }));
}

/** The data at once when every file has already arrived. */
export function settledIndexData(): TrendData | undefined {
  const v15 = loadedValue(democracyLoaders.v15);
  const v14 = loadedValue(democracyLoaders.v14);
  const registry = loadedValue(countryLoaders.registry);
  return v15 && v14 && registry ? { v15, v14, registry } : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Throws when a file parsed but is not what the charts read, so the reader sees the load error. */
export function validateIndexData(data: TrendData): void {
  for (const [name, file] of [['V-Dem v15', data.v15], ['V-Dem v14', data.v14]] as const) {
    if (!isRecord(file) || !isRecord(file.countries) || !isRecord(file.meta) || typeof file.first !== 'number' || typeof file.last !== 'number') {
      throw new Error(`${name}: unexpected shape`);
    }
  }
  if (!isRecord(data.v15.episodes)) throw new Error('V-Dem v15: no episodes');
  if (!isRecord(data.registry) || !isRecord(data.registry.countries) || !isRecord(data.registry.regions)) throw new Error('country registry: unexpected shape');
}

/**
 * The V-Dem edition a metric's values come from, as readers know it
 * ("V-Dem v15"): the file's own label once loaded, the same words before, so
 * text that names it does not change when data arrives.
 */
export function metricEdition(metric: TrendMetric, data?: TrendData): string {
  return (data && metricSource(data, metric).meta.edition) || `V-Dem ${METRIC_EDITIONS[metric]}`;
}

/** "Electoral Democracy Index (V-Dem v15)": the index named with its edition, beside its values. */
export function indexWithEdition(metric: TrendMetric, data?: TrendData): string {
  return withEdition(METRIC_DEFINITIONS[metric].indexLabel, metricEdition(metric, data));
}

/** Datasets to credit: the metric's file, and v15 too for the episodes when the metric is from v14. */
export function indexSources(data: TrendData, metric: TrendMetric): SourceMeta[] {
  return [metricSource(data, metric).meta, ...(metric === 'libdem' ? [data.v15.meta] : [])];
}

/** "0.412–0.498" for a 68% interval, empty when there is none. */
export function intervalRange(low: number | null, high: number | null, lang: string): string {
  return low !== null && high !== null ? `${formatIndex(low, lang)}–${formatIndex(high, lang)}` : '';
}

/** " (0.412–0.498)": the interval in brackets after a value, empty when there is none. */
export function intervalText(low: number | null, high: number | null, lang: string): string {
  const range = intervalRange(low, high, lang);
  return range && ` (${range})`;
}
