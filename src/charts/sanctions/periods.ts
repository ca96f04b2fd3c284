// The list entries as the chart reads them: one period per column (the
// undated entries already listed when the record begins, then each year an
// entry was first seen), a count per kind, and the kinds a reader asked for.
// Pure.
import { listTokens, listSome, describeValue, type Parsed } from '../../core/parse.js';
import { messages } from '../../core/i18n.js';
import type { Glomag, GlomagKind, PerGlomagKind } from '../../data/sanctions.js';

const msg = messages({
  'sanctions.kindNotText': 'The kinds {value} are not a list of words; showing every kind.',
  'sanctions.unknownKinds': { one: 'Unknown kind {listed} ignored; the kinds are {allowed}.', other: 'Unknown kinds {listed} ignored; the kinds are {allowed}.' },
});

export const KINDS: readonly GlomagKind[] = ['individual', 'entity', 'vessel'];

export interface Period {
  /** The year entries were first seen, or null for the entries already listed when the record begins. */
  year: number | null;
  /** True for the first and last years of the record, which it covers only in part. */
  partial: boolean;
  /** Entries first seen in the period, per kind (in `KINDS` order). */
  counts: PerGlomagKind;
}

/** The undated period first, then one per year, oldest first. */
export function periods(data: Glomag): Period[] {
  const undated: Period = { year: null, partial: false, counts: [...data.undated] as PerGlomagKind };
  const years = data.years.year.map((year, i): Period => ({
    year,
    partial: data.partialYears.includes(year),
    counts: KINDS.map((k) => data.years[k][i]!) as PerGlomagKind,
  }));
  return [undated, ...years];
}

/**
 * The periods within the years from–to; the undated entries (listed before the
 * first year's record begins) belong with the first year of the data, so they
 * are shown when the span starts there.
 */
export function periodsIn(all: readonly Period[], from: number, to: number, first: number): Period[] {
  return all.filter((p) => (p.year === null ? from <= first : p.year >= from && p.year <= to));
}

/** The entries of a period in the kinds shown. */
export const entriesOf = (period: Period, kinds: readonly GlomagKind[]): number => kinds.reduce((sum, k) => sum + period.counts[KINDS.indexOf(k)]!, 0);

/** Entries per kind over several periods. */
export function totals(list: readonly Period[]): PerGlomagKind {
  const sums: PerGlomagKind = [0, 0, 0];
  for (const p of list) p.counts.forEach((n, i) => (sums[i as 0 | 1 | 2] += n));
  return sums;
}

/** The years the data covers (the undated entries are not a year). */
export function dataSpan(data: Glomag): { first: number; last: number } {
  return { first: Math.min(...data.years.year), last: Math.max(...data.years.year) };
}

/**
 * The kinds to show: a list (string of words, or an array) of individual,
 * entity, vessel, in any case and order, or "all"; empty means all. Unknown
 * words are reported and dropped; shown in the data's order.
 */
export function parseKinds(raw: unknown): Parsed<GlomagKind[]> {
  const { tokens, bad } = listTokens(raw);
  if (bad) return { value: [...KINDS], problem: msg('sanctions.kindNotText', { value: bad }) };
  const words = tokens.map((t) => t.toLowerCase());
  const unknown = tokens.filter((_, i) => words[i] !== 'all' && !KINDS.includes(words[i] as GlomagKind));
  const chosen = KINDS.filter((k) => words.includes(k));
  const value = !chosen.length || words.includes('all') ? [...KINDS] : chosen;
  if (!unknown.length) return { value };
  return { value, problem: msg('sanctions.unknownKinds', { count: unknown.length, listed: listSome(unknown.map(describeValue)), allowed: ['all', ...KINDS].join(', ') }) };
}

/** Throws when the file parsed but is not what the chart reads, so the reader sees the load error. */
export function validateGlomag(data: Glomag): void {
  const y = data?.years;
  if (!y || !Array.isArray(y.year) || !y.year.length) throw new Error('sanctions: unexpected shape of years');
  for (const k of KINDS) if (!Array.isArray(y[k]) || y[k].length !== y.year.length || y[k].some((n) => typeof n !== 'number')) throw new Error(`sanctions: unexpected column ${k}`);
  if (!Array.isArray(data.undated) || data.undated.length !== KINDS.length || !Array.isArray(data.removed)) throw new Error('sanctions: unexpected undated or removed');
  if (typeof data.entries !== 'number' || typeof data.firstRecord !== 'string' || typeof data.lastRecord !== 'string' || !Array.isArray(data.partialYears) || !Array.isArray(data.meta?.caveats)) {
    throw new Error('sanctions: unexpected shape');
  }
}
