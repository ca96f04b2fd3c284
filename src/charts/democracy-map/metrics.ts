import type { VdemV14, VdemV15 } from '../../data/democracy.js';
import type { SourceMeta } from '../../data/types.js';
import { valueAt } from '../../data/types.js';

export const METRICS = ['polyarchy', 'libdem', 'regime'] as const;
export type Metric = (typeof METRICS)[number];

export interface DemocracyData {
  v15: VdemV15;
  v14: VdemV14;
}

/** One country in one year, as every view of the map reads it. */
export interface CountryValue {
  code: string;
  /** What the map colours: the index, or the regime code for the regime metric. */
  value: number | null;
  /** The index read alongside: EDI for polyarchy and regime, LDI for libdem. */
  index: number | null;
  /** 68% interval of the index, where the dataset has one. */
  low: number | null;
  high: number | null;
  /** Regimes of the World 0–3 from the same V-Dem version. */
  regime: number | null;
  /** The index ten years earlier, for the change shown to readers. */
  previous: number | null;
  previousRegime: number | null;
}

export interface MetricDefinition {
  id: Metric;
  label: string;
  short: string;
  kind: 'index' | 'regime';
  /** Name of the index shown in tooltips and tables. */
  indexLabel: string;
  source: (data: DemocracyData) => { first: number; last: number; meta: SourceMeta };
  read: (data: DemocracyData, code: string, year: number) => CountryValue;
}

export const CHANGE_SPAN = 10;

/** Regimes of the World categories, in code order 0–3 (Lührmann, Tannenberg & Lindberg 2018). */
export const REGIME_NAMES = ['Closed autocracy', 'Electoral autocracy', 'Electoral democracy', 'Liberal democracy'];

function fromV15(field: 'polyarchy' | 'regime') {
  return (data: DemocracyData, code: string, year: number): CountryValue => {
    const s = data.v15.countries[code];
    const index = valueAt(s, 'polyarchy', year);
    return {
      code,
      value: field === 'regime' ? valueAt(s, 'regime', year) : index,
      index,
      low: valueAt(s, 'low', year),
      high: valueAt(s, 'high', year),
      regime: valueAt(s, 'regime', year),
      previous: valueAt(s, 'polyarchy', year - CHANGE_SPAN),
      previousRegime: valueAt(s, 'regime', year - CHANGE_SPAN),
    };
  };
}

export const METRIC_DEFINITIONS: Record<Metric, MetricDefinition> = {
  polyarchy: {
    id: 'polyarchy',
    label: 'Electoral Democracy Index',
    short: 'Electoral democracy',
    kind: 'index',
    indexLabel: 'Electoral Democracy Index',
    source: (data) => data.v15,
    read: fromV15('polyarchy'),
  },
  regime: {
    id: 'regime',
    label: 'Regimes of the World',
    short: 'Regime type',
    kind: 'regime',
    indexLabel: 'Electoral Democracy Index',
    source: (data) => data.v15,
    read: fromV15('regime'),
  },
  libdem: {
    id: 'libdem',
    label: 'Liberal Democracy Index',
    short: 'Liberal democracy',
    kind: 'index',
    indexLabel: 'Liberal Democracy Index',
    source: (data) => data.v14,
    read: (data, code, year) => {
      const s = data.v14.countries[code];
      return {
        code,
        value: valueAt(s, 'libdem', year),
        index: valueAt(s, 'libdem', year),
        low: null,
        high: null,
        regime: valueAt(s, 'regime', year),
        previous: valueAt(s, 'libdem', year - CHANGE_SPAN),
        previousRegime: valueAt(s, 'regime', year - CHANGE_SPAN),
      };
    },
  },
};

/** Every unit coded in the metric's dataset (includes states without a map shape). */
export function codesOf(metric: Metric, data: DemocracyData): string[] {
  const source = metric === 'libdem' ? data.v14 : data.v15;
  return Object.keys(source.countries);
}
