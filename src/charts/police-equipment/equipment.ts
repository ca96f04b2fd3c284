// The 1033 holdings as the chart reads them: one row per state, district and
// territory for a measure, as a total or per 100,000 residents; ranks; colour
// classes; holdings by ship year. Pure: data in, numbers out.
import type { Leso1033 } from '../../data/police-equipment.js';
import { stateName } from './state-names.js';

/** What the chart can show, in menu order. */
export const MEASURES = ['value', 'controlled', 'rifles', 'mraps', 'aircraft'] as const;
export type Measure = (typeof MEASURES)[number];

/** Totals, or per 100,000 residents (2020 Census). */
export const PERS = ['total', '100k'] as const;
export type Per = (typeof PERS)[number];

/** How many colour classes above zero the map uses. */
export const CLASSES = 4;

/**
 * `ranked`: has a value and a place in the ranking; `territory`: a value, but
 * per 100,000 residents a territory is left out of the ranks and colours (a few
 * items over a population as small as the Northern Mariana Islands' would top
 * the list); `none`: no entry in the list (no data, not zero).
 */
export type RowStatus = 'ranked' | 'territory' | 'none';

export interface StateRow {
  code: string;
  fips: string;
  name: string;
  type: 'state' | 'district' | 'territory';
  population: number;
  value: number | null;
  /** 1 for the most, among ranked rows; 0 when not ranked. */
  rank: number;
  status: RowStatus;
}

export function validateLeso(data: Leso1033): void {
  const n = data?.states?.code?.length;
  if (!n || !MEASURES.every((m) => data.states[m]?.length === n && data.per100k[m]?.length === n && data.byYear[m]) || !Array.isArray(data.byYear.years)) {
    throw new TypeError('wrong-shaped 1033 data');
  }
}

/** Every place of the data for a measure (names in the reader's language): ranked rows first (most first), then territories left out of the ranks, then places without entries; by name within each. */
export function stateRows(data: Leso1033, measure: Measure, per: Per): StateRow[] {
  const { states } = data;
  const values = per === '100k' ? data.per100k[measure] : states[measure];
  const rows: StateRow[] = states.code.map((code, i) => {
    const value = values[i] ?? null;
    const type = states.type[i]!;
    const status: RowStatus = value === null ? 'none' : per === '100k' && type === 'territory' ? 'territory' : 'ranked';
    return { code, fips: states.fips[i]!, name: stateName(code, states.name[i]!), type, population: states.population[i]!, value, rank: 0, status };
  });
  const order: Record<RowStatus, number> = { ranked: 0, territory: 1, none: 2 };
  rows.sort((a, b) => order[a.status] - order[b.status] || (a.status === 'ranked' ? b.value! - a.value! : 0) || a.name.localeCompare(b.name, 'en'));
  let rank = 0;
  let last: number | null = null;
  rows.forEach((row, i) => {
    if (row.status !== 'ranked') return;
    // Ties share a rank: "1, 2, 2, 4".
    if (row.value !== last) rank = i + 1;
    last = row.value;
    row.rank = rank;
  });
  return rows;
}

/**
 * Class breaks over the positive values (zero has a class of its own): the
 * values at 1/4, 2/4 and 3/4 of the sorted list, without repeats.
 */
export function classBreaks(values: readonly number[], classes = CLASSES): number[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (!sorted.length) return [];
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    const value = sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / classes))]!;
    if (value > (breaks[breaks.length - 1] ?? 0) && value > sorted[0]!) breaks.push(value);
  }
  return breaks;
}

/** 0 for zero, 1… for the positive classes (a value at a break opens the class above it); -1 for no value. */
export function classOf(value: number | null, breaks: readonly number[]): number {
  if (value === null) return -1;
  if (value <= 0) return 0;
  let k = 1;
  for (const b of breaks) if (value >= b) k++;
  return k;
}

/** The national figure: over every place in the list (totals), or per 100,000 of their residents. */
export function nationalValue(data: Leso1033, measure: Measure, per: Per): number {
  return per === '100k' ? data.totalsPer100k[measure] : data.totals[measure];
}

export interface ShipYear {
  year: number;
  value: number;
}

/**
 * Holdings by the year they were shipped, for one place or (no code) every
 * place in the list; per 100,000 residents over that population.
 */
export function shipYears(data: Leso1033, measure: Measure, per: Per, code?: string): ShipYear[] {
  const byState = data.byYear[measure];
  const codes = code ? (byState[code] ? [code] : []) : Object.keys(byState);
  const population = code ? (data.states.population[data.states.code.indexOf(code)] ?? 0) : data.totals.population;
  return data.byYear.years.map((year, i) => {
    const total = codes.reduce((sum, c) => sum + (byState[c]![i] ?? 0), 0);
    return { year, value: per === '100k' && population > 0 ? (total / population) * 1e5 : total };
  });
}

/** The territories left out of the ranks per 100,000 residents, smallest population first. */
export function unrankedTerritories(rows: readonly StateRow[]): StateRow[] {
  return rows.filter((r) => r.status === 'territory').sort((a, b) => a.population - b.population);
}
