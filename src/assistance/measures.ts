import { yearValue, type ForeignAssistance, type MilitaryAid, type SipriUsArms } from '../data/assistance.js';
import type { SourceMeta, YearStatus } from '../data/types.js';
import { messages } from '../core/i18n.js';

const msg = messages({
  'aid.m.arms': 'Major arms deliveries',
  'aid.m.aid': 'All foreign assistance',
  'aid.m.mil': 'Military aid',
  'aid.b.arms': 'SIPRI trend-indicator value (TIV), calendar year of delivery',
  'aid.b.aid': '{flow}, {dollars}, U.S. fiscal year',
  'aid.b.mil': 'disbursements, current US dollars, U.S. fiscal year',
  'aid.f.obl': 'obligations',
  'aid.f.disb': 'disbursements',
  'aid.d.const': 'constant US dollars (FY2022 prices)',
  'aid.d.cur': 'current US dollars (not adjusted for inflation)',
  'aid.fn.obl': 'obligations (money committed)',
  'aid.fn.disb': 'disbursements (money paid out)',
  'aid.u.arms':
    'Arms are measured in SIPRI trend-indicator values (TIV, millions). TIV is not dollars: it measures the military capability of the major weapons delivered, not what was paid. Years are calendar years of delivery.',
  'aid.u.aid':
    'All U.S. foreign assistance (economic and military), {flow}, in {dollars}. Years are U.S. fiscal years (October to September): FY2005 ran from October 2004 to September 2005.',
  'aid.u.mil':
    'Military aid is money disbursed under ForeignAssistance.gov’s “military” objective, in current US dollars (not adjusted for inflation), FY2002–2015 only. A recipient-year with no military-objective record is not reported (no data), not $0. Years are U.S. fiscal years (October to September).',
  // The datasets' own sentences (data/*.json meta), shown on the chart: readerNote, and the first caveat under Details.
  'aid.note.mil':
    '“Military aid” counts only what ForeignAssistance.gov marks with the military objective and leaves out many Defense Department programmes, so it is a floor, not the total of U.S. security assistance.',
  'aid.cav.arms': 'TIV is not dollars: it measures the volume of military capability transferred (major conventional weapons only), not sale prices or financial value.',
  'aid.cav.aid': 'U.S. fiscal years (October–September), not calendar years; the July–September 1976 transition quarter is kept apart from FY1976.',
  'aid.cav.mil': 'U.S. fiscal years (October–September), FY2002–2015 only, disbursements only, nominal (current) whole US dollars.',
});

export const MEASURES = ['arms', 'aid', 'military-aid'] as const;
export type Measure = (typeof MEASURES)[number];
export const FLOWS = ['obligations', 'disbursements'] as const;
export type Flow = (typeof FLOWS)[number];
export const DOLLARS = ['constant', 'current'] as const;
export type Dollars = (typeof DOLLARS)[number];

export interface AssistanceData {
  arms?: SipriUsArms;
  aid?: ForeignAssistance;
  militaryAid?: MilitaryAid;
}

export interface MeasureOptions {
  flow: Flow;
  dollars: Dollars;
}

/** One measure read one way: what the charts rank, map and plot. */
export interface MeasureSource {
  measure: Measure;
  unit: 'tiv' | 'usd';
  /** Dollars at constant (FY2022) prices; false for current dollars and for TIV. */
  constant: boolean;
  /** Fiscal years (Oct–Sep) for aid; calendar years of delivery for arms. */
  fiscal: boolean;
  first: number;
  last: number;
  /** The latest complete year: the default, never a provisional one. */
  latest: number;
  /** Incomplete years, labelled "(provisional)" wherever shown. */
  provisional: readonly number[];
  meta: SourceMeta;
  label: string;
  /**
   * True when the data mark some recipient-years as not reported (military
   * aid: no military-objective record), never zero: such years are left out of
   * rankings and sums, and shown as not reported.
   */
  gaps: boolean;
  /** True when the data list the recipient for that year with no value: not reported (not "none recorded"). */
  notReported: (code: string, year: number) => boolean;
  /** How the amounts are counted, in a phrase for captions and tooltips. */
  basis: string;
  /** The on-screen explanation of the unit and year basis. */
  unitNote: string;
  /** The dataset's note beside the numbers (its readerNote), or ''. */
  readerNote: string;
  /** The dataset's first caveat, shown under the footer's Details. */
  caveat: string;
  codes: string[];
  amount: (code: string, year: number) => number | null;
}

/** What each measure is called, in the language of the update that reads it. */
export const MEASURE_LABELS: Record<Measure, string> = {
  get arms() {
    return msg('aid.m.arms');
  },
  get aid() {
    return msg('aid.m.aid');
  },
  get 'military-aid'() {
    return msg('aid.m.mil');
  },
};

/** Which loaded dataset a measure needs. */
export const DATASET_OF: Record<Measure, keyof AssistanceData> = {
  arms: 'arms',
  aid: 'aid',
  'military-aid': 'militaryAid',
};

/**
 * Sources already read, per dataset object and reading (the flow and dollars
 * matter for aid only): a source depends on nothing else, and one shared
 * object lets what is derived from it (rankings) be cached too.
 */
const sources = new WeakMap<object, Map<string, MeasureSource>>();

/**
 * The source for a measure, or undefined while its dataset is not loaded.
 * Built once per dataset and reading, and shared by charts in any language:
 * its words are getters, read in the language of the update that reads them.
 */
export function measureSource(measure: Measure, data: AssistanceData, options: MeasureOptions): MeasureSource | undefined {
  const dataset = data[DATASET_OF[measure]];
  if (!dataset) return undefined;
  const key = measure === 'aid' ? `${measure}|${options.flow}|${options.dollars}` : measure;
  let byKey = sources.get(dataset);
  if (!byKey) sources.set(dataset, (byKey = new Map()));
  let source = byKey.get(key);
  if (!source) {
    source = readSource(measure, data, options);
    if (source) byKey.set(key, source);
  }
  return source;
}

function readSource(measure: Measure, data: AssistanceData, options: MeasureOptions): MeasureSource | undefined {
  if (measure === 'arms') {
    const arms = data.arms;
    if (!arms) return undefined;
    return withWords({
      measure,
      unit: 'tiv',
      constant: false,
      fiscal: false,
      first: arms.first,
      last: arms.last,
      ...completeness(arms.years?.tiv, arms.last),
      gaps: false,
      notReported: () => false,
      meta: arms.meta,
      get basis() {
        return msg('aid.b.arms');
      },
      get unitNote() {
        return msg('aid.u.arms');
      },
      codes: Object.keys(arms.countries),
      amount: (code, year) => {
        const s = arms.countries[code];
        return s ? yearValue(s.start, s.tiv, year) : null;
      },
    });
  }
  if (measure === 'aid') {
    const aid = data.aid;
    if (!aid) return undefined;
    const { flow, dollars } = options;
    const starts = Object.values(aid.countries).flatMap((c) => (c[flow] ? [c[flow]!.start] : []));
    const last = Math.max(...Object.values(aid.countries).flatMap((c) => (c[flow] ? [c[flow]!.start + c[flow]![dollars].length - 1] : [])));
    const dollarWord = (): string => msg(dollars === 'constant' ? 'aid.d.const' : 'aid.d.cur');
    return withWords({
      measure,
      unit: 'usd',
      constant: dollars === 'constant',
      fiscal: true,
      first: Math.min(...starts),
      last,
      ...completeness(aid.years?.[flow], last),
      gaps: false,
      notReported: () => false,
      meta: aid.meta,
      get basis() {
        return msg('aid.b.aid', { flow: msg(flow === 'obligations' ? 'aid.f.obl' : 'aid.f.disb'), dollars: dollarWord() });
      },
      get unitNote() {
        return msg('aid.u.aid', { flow: msg(flow === 'obligations' ? 'aid.fn.obl' : 'aid.fn.disb'), dollars: dollarWord() });
      },
      codes: Object.keys(aid.countries).filter((code) => aid.countries[code]![flow]),
      amount: (code, year) => {
        const f = aid.countries[code]?.[flow];
        return f ? yearValue(f.start, f[dollars], year) : null;
      },
    });
  }
  const military = data.militaryAid;
  if (!military) return undefined;
  const last = military.world.start + military.world.military.length - 1;
  return withWords({
    measure,
    unit: 'usd',
    constant: false,
    fiscal: true,
    first: military.world.start,
    last,
    ...completeness(military.years?.military, last),
    gaps: true,
    notReported: (code, year) => {
      const s = military.countries[code];
      return !!s && year >= s.start && year < s.start + s.military.length && s.military[year - s.start] === null;
    },
    meta: military.meta,
    get basis() {
      return msg('aid.b.mil');
    },
    get unitNote() {
      return msg('aid.u.mil');
    },
    codes: Object.keys(military.countries),
    amount: (code, year) => {
      const s = military.countries[code];
      return s ? yearValue(s.start, s.military, year) : null;
    },
  });
}

const NOTE_KEYS = { arms: undefined, aid: undefined, 'military-aid': 'aid.note.mil' } as const;
const CAVEAT_KEYS = { arms: 'aid.cav.arms', aid: 'aid.cav.aid', 'military-aid': 'aid.cav.mil' } as const;

/**
 * A source with its measure's name and its dataset's sentences shown on the
 * chart, as getters. The sentences are the data's own (meta.readerNote,
 * meta.caveats[0]), said in the reader's language; test/assistance/i18n.test.ts
 * keeps the English here equal to the data's.
 */
function withWords(source: Omit<MeasureSource, 'label' | 'readerNote' | 'caveat'>): MeasureSource {
  const { measure, meta } = source;
  const note = NOTE_KEYS[measure];
  return Object.defineProperties(source, {
    label: { get: () => MEASURE_LABELS[measure], enumerable: true },
    readerNote: { get: () => (meta.readerNote && note ? msg(note) : ''), enumerable: true },
    caveat: { get: () => (meta.caveats?.length ? msg(CAVEAT_KEYS[measure]) : ''), enumerable: true },
  }) as MeasureSource;
}

/** The latest complete year and the provisional years of a series (all complete when the data say nothing). */
function completeness(status: YearStatus | undefined, last: number): { latest: number; provisional: number[] } {
  const provisional = Array.isArray(status?.provisionalYears) ? status.provisionalYears.filter((y) => Number.isInteger(y)) : [];
  let latest = typeof status?.latestCompleteYear === 'number' ? Math.min(last, status.latestCompleteYear) : last;
  while (provisional.includes(latest) && latest > 0) latest--;
  return { latest, provisional };
}
