// Series for the trend chart, read from the V-Dem files: one per country,
// plus unweighted world / regional averages and ERT episodes. Pure.
import type { VdemV14, VdemV15 } from '../data/democracy.js';
import type { CountryRegistry } from '../data/countries.js';
import type { SourceMeta } from '../data/types.js';
import { valueAt } from '../data/types.js';
import { listSome, listTokens, type Parsed, describeValue } from '../core/parse.js';
import { currentLanguage, formatInteger, formatList, messages, uiLanguageOf } from '../core/i18n.js';
import { METRIC_DEFINITIONS } from './metrics.js';

const msg = messages({
  'trend.compareBad': 'Comparison {value} ignored; use "world" or a region: {regions}.',
  'trend.compareUnknown': {
    one: 'Unknown comparison {listed} ignored; use "world" or a region: {regions}.',
    other: 'Unknown comparison {listed} ignored; use "world" or a region: {regions}.',
  },
  // V-Dem's six politico-geographic regions (countries.json), as shown; their
  // slugs in `compare` stay the English ones.
  'trend.region1': 'Eastern Europe and Central Asia',
  'trend.region2': 'Latin America and the Caribbean',
  'trend.region3': 'Middle East and North Africa',
  'trend.region4': 'Sub-Saharan Africa',
  'trend.region5': 'Western Europe and North America',
  'trend.region6': 'Asia and the Pacific',
});

export const TREND_METRICS = ['polyarchy', 'libdem'] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

export interface TrendData {
  v15: VdemV15;
  v14: VdemV14;
  registry: CountryRegistry;
}

export interface TrendPoint {
  year: number;
  value: number | null;
  low: number | null;
  high: number | null;
}

export interface TrendSeries {
  /** ISO3 code, or `world` / `region-<n>` for averages. */
  id: string;
  kind: 'country' | 'average';
  points: TrendPoint[];
  /** Countries averaged per year, for averages. */
  counts?: number[];
}

export const METRIC_INFO: Record<TrendMetric, { readonly label: string; hasInterval: boolean }> = {
  polyarchy: {
    get label() {
      return METRIC_DEFINITIONS.polyarchy.label;
    },
    hasInterval: true,
  },
  libdem: {
    get label() {
      return METRIC_DEFINITIONS.libdem.label;
    },
    hasInterval: false,
  },
};

/**
 * A V-Dem region's name in the reader's language (its number as in
 * countries.json); the data's own name for a region the catalogue does not know.
 */
export function regionName(region: number | string, regions: Record<string, string>): string {
  const key = `trend.region${region}`;
  return /^trend\.region[1-6]$/.test(key) ? msg(key as 'trend.region1') : (regions[String(region)] ?? String(region));
}

/** A year in the language's digits. */
export const yearText = (year: number): string => formatInteger(year, currentLanguage());

/** "1971–1975" in the language's digits. */
export const yearSpan = (from: number, to: number): string => `${yearText(from)}–${yearText(to)}`;

/**
 * Names or typed values in a row: "A, B, C" in English (as the notes always
 * read), the language's own list ("A, B et C") elsewhere.
 */
export function inRow(items: readonly string[]): string {
  return uiLanguageOf(currentLanguage()) === 'en' ? items.join(', ') : formatList(items);
}

export function metricSource(data: TrendData, metric: TrendMetric): { first: number; last: number; meta: SourceMeta } {
  return metric === 'polyarchy' ? data.v15 : data.v14;
}

/** Codes a metric's dataset covers. */
export function hasSeries(data: TrendData, metric: TrendMetric, code: string): boolean {
  return metric === 'polyarchy' ? code in data.v15.countries : code in data.v14.countries;
}

export function countrySeries(data: TrendData, metric: TrendMetric, code: string, from: number, to: number): TrendSeries {
  const points: TrendPoint[] = [];
  for (let year = from; year <= to; year++) {
    if (metric === 'polyarchy') {
      const s = data.v15.countries[code];
      points.push({ year, value: valueAt(s, 'polyarchy', year), low: valueAt(s, 'low', year), high: valueAt(s, 'high', year) });
    } else {
      points.push({ year, value: valueAt(data.v14.countries[code], 'libdem', year), low: null, high: null });
    }
  }
  return { id: code, kind: 'country', points };
}

/**
 * The unweighted mean of every coded country in a year (V-Dem's "country
 * average"), over the whole world or one V-Dem region (`region` = its number).
 */
export function averageSeries(data: TrendData, metric: TrendMetric, region: number | null, from: number, to: number): TrendSeries {
  const codes = Object.keys(metric === 'polyarchy' ? data.v15.countries : data.v14.countries).filter(
    (code) => region === null || data.registry.countries[code]?.[3] === region,
  );
  const points: TrendPoint[] = [];
  const counts: number[] = [];
  for (let year = from; year <= to; year++) {
    let sum = 0;
    let n = 0;
    for (const code of codes) {
      const value = countrySeries(data, metric, code, year, year).points[0]!.value;
      if (value !== null) {
        sum += value;
        n++;
      }
    }
    points.push({ year, value: n ? sum / n : null, low: null, high: null });
    counts.push(n);
  }
  return { id: region === null ? 'world' : `region-${region}`, kind: 'average', points, counts };
}

/** `world`, `none` or a V-Dem region, by number or by (a prefix of) its name in kebab case. */
export function regionSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function parseCompare(raw: unknown, regions: Record<string, string>): { value: (number | null)[]; unknown: string[]; bad?: string } {
  const value: (number | null)[] = [];
  const unknown: string[] = [];
  const { tokens, bad } = listTokens(raw);
  for (const token of tokens.map((t) => t.toLowerCase())) {
    if (token === 'none') continue;
    if (token === 'world') {
      if (!value.includes(null)) value.push(null);
      continue;
    }
    const matches = Object.entries(regions).filter(([number, name]) => token === number || regionSlug(name).startsWith(token));
    if (matches.length === 1) {
      const number = Number(matches[0]![0]);
      if (!value.includes(number)) value.push(number);
    } else {
      unknown.push(token);
    }
  }
  return bad ? { value, unknown, bad } : { value, unknown };
}

/** `compare` as averages to draw, with one problem naming what was ignored. */
export function parseComparison(raw: unknown, regions: Record<string, string>): Parsed<(number | null)[]> {
  const { value, unknown, bad } = parseCompare(raw, regions);
  // The slugs are what a page author types, the same in every language: quoted as such outside English.
  const names = Object.values(regions).map(regionSlug);
  const slugs = uiLanguageOf(currentLanguage()) === 'en' ? names.join(', ') : formatList(names.map((name) => `"${name}"`), undefined, 'disjunction');
  if (bad) return { value, problem: msg('trend.compareBad', { value: bad, regions: slugs }) };
  if (!unknown.length) return { value };
  const values = unknown.map(describeValue);
  const listed = values.length > 5 ? listSome(values) : inRow(values);
  return { value, problem: msg('trend.compareUnknown', { count: unknown.length, listed, regions: slugs }) };
}

export interface Episode {
  kind: 'aut' | 'dem';
  start: number;
  end: number;
  /** Still going in the data's last year. */
  ongoing: boolean;
}

/** ERT episodes (V-Dem v15) of a country overlapping [from, to], clipped to it. */
export function episodesOf(data: TrendData, code: string, from: number, to: number): Episode[] {
  const record = data.v15.episodes[code];
  if (!record) return [];
  const out: Episode[] = [];
  for (const kind of ['aut', 'dem'] as const) {
    for (const [start, end, censored] of record[kind]) {
      if (end < from || start > to) continue;
      out.push({ kind, start: Math.max(start, from), end: Math.min(end, to), ongoing: censored === 1 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
