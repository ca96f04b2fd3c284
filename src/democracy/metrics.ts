import type { VdemV14, VdemV15 } from '../data/democracy.js';
import { columnAt as at } from '../data/types.js';
import { messages } from '../core/i18n.js';
import { METRIC_EDITIONS, type Edition } from './editions.js';

const msg = messages({
  'democracy.measure': 'Measure',
  'democracy.edi': 'Electoral Democracy Index',
  'democracy.ldi': 'Liberal Democracy Index',
  'democracy.row': 'Regimes of the World',
  'democracy.polyarchy.short': 'Electoral democracy',
  'democracy.libdem.short': 'Liberal democracy',
  'democracy.regime.short': 'Regime type',
  'democracy.polyarchy.title': 'Electoral democracy around the world',
  'democracy.libdem.title': 'Liberal democracy around the world',
  'democracy.regime.title': 'Regime types around the world',
  'democracy.withEdition': '{label} ({edition})',
  'democracy.revision': 'V-Dem revises its whole history with every release; compare figures only within one version.',
});

/** The label of the menu that chooses the index, in the current language. */
export const measureLabel = (): string => msg('democracy.measure');

/** The caveat on comparing V-Dem versions, in the current (or a given) language. */
export const revisionCaveat = (lang?: string): string => msg('democracy.revision', undefined, lang);

/** "Electoral Democracy Index (V-Dem v15)": a name with the edition its values come from. */
export const withEdition = (label: string, edition: string): string => msg('democracy.withEdition', { label, edition });

export type { Edition } from './editions.js';

export const METRICS = ['polyarchy', 'libdem', 'regime'] as const;
export type Metric = (typeof METRICS)[number];

/** The V-Dem editions loaded so far; each metric needs only its own. */
export interface DemocracyData {
  v15?: VdemV15;
  v14?: VdemV14;
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
  /** Heading stem: "<title>, <year>". */
  title: string;
  edition: Edition;
  /** The dataset's series the map colours, whose missing years are hatched. */
  field: 'polyarchy' | 'regime' | 'libdem';
  /** Reads one country-year; only called once the metric's edition is loaded. */
  read: (data: DemocracyData, code: string, year: number) => CountryValue;
}

export const CHANGE_SPAN = 10;

// The readers name each column (`s.polyarchy`), not `valueAt(s, field, year)`:
// a map's year change reads ~1,000 values, and a property read by a name
// given at run time costs several times more, most of all in code not yet
// optimised, as on a chart's first render.
function fromV15(field: 'polyarchy' | 'regime') {
  return (data: DemocracyData, code: string, year: number): CountryValue => {
    const s = data.v15!.countries[code];
    const i = s ? year - s.start : -1;
    const index = at(s?.polyarchy, i);
    const regime = at(s?.regime, i);
    return {
      code,
      value: field === 'regime' ? regime : index,
      index,
      low: at(s?.low, i),
      high: at(s?.high, i),
      regime,
      previous: at(s?.polyarchy, i - CHANGE_SPAN),
      previousRegime: at(s?.regime, i - CHANGE_SPAN),
    };
  };
}

// The words are getters, so every chart reading a definition gets them in the
// language of its update.
export const METRIC_DEFINITIONS: Record<Metric, MetricDefinition> = {
  polyarchy: {
    id: 'polyarchy',
    get label() {
      return msg('democracy.edi');
    },
    get short() {
      return msg('democracy.polyarchy.short');
    },
    kind: 'index',
    get indexLabel() {
      return msg('democracy.edi');
    },
    get title() {
      return msg('democracy.polyarchy.title');
    },
    edition: METRIC_EDITIONS.polyarchy,
    field: 'polyarchy',
    read: fromV15('polyarchy'),
  },
  regime: {
    id: 'regime',
    get label() {
      return msg('democracy.row');
    },
    get short() {
      return msg('democracy.regime.short');
    },
    kind: 'regime',
    get indexLabel() {
      return msg('democracy.edi');
    },
    get title() {
      return msg('democracy.regime.title');
    },
    edition: METRIC_EDITIONS.regime,
    field: 'regime',
    read: fromV15('regime'),
  },
  libdem: {
    id: 'libdem',
    get label() {
      return msg('democracy.ldi');
    },
    get short() {
      return msg('democracy.libdem.short');
    },
    kind: 'index',
    get indexLabel() {
      return msg('democracy.ldi');
    },
    get title() {
      return msg('democracy.libdem.title');
    },
    edition: METRIC_EDITIONS.libdem,
    field: 'libdem',
    read: (data, code, year) => {
      const s = data.v14!.countries[code];
      const i = s ? year - s.start : -1;
      const index = at(s?.libdem, i);
      return {
        code,
        value: index,
        index,
        low: null,
        high: null,
        regime: at(s?.regime, i),
        previous: at(s?.libdem, i - CHANGE_SPAN),
        previousRegime: at(s?.regime, i - CHANGE_SPAN),
      };
    },
  },
};

/** The loaded dataset behind a metric, if it has arrived. */
export function datasetOf(metric: Metric, data: DemocracyData): (VdemV15 | VdemV14) | undefined {
  return data[METRIC_DEFINITIONS[metric].edition];
}
