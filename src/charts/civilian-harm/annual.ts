import type { TbijYearly, UcdpConflictDeaths } from '../../data/civilian-harm.js';

export const MEASURES = ['civilians', 'killed', 'children', 'injured'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  civilians: 'Civilians killed',
  killed: 'People killed (all)',
  children: 'Children killed',
  injured: 'People injured',
};

const FIELDS = {
  civilians: ['minCivilians', 'maxCivilians'],
  killed: ['minKilled', 'maxKilled'],
  children: ['minChildren', 'maxChildren'],
  injured: ['minInjured', 'maxInjured'],
} as const;

export interface Range {
  min: number;
  max: number;
}

/** One country-year; `covered` is false outside the years TBIJ recorded for that country. */
export interface YearCell {
  code: string;
  year: number;
  covered: boolean;
  strikes: number;
  value: Range;
  all: Record<Measure, Range>;
  /** UCDP deaths in organised violence (all sides), when that context is asked for. */
  conflictDeaths: number | null;
}

export interface CountryTotal {
  code: string;
  first: number;
  last: number;
  strikes: number;
  value: Range;
  all: Record<Measure, Range>;
}

/** The years TBIJ covers for any country: the widest `from`/`to` that makes sense. */
export function yearSpan(data: TbijYearly): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const series of Object.values(data.countries)) {
    first = Math.min(first, series.start);
    last = Math.max(last, series.start + series.records.length - 1);
  }
  return { first, last };
}

export function cellsFor(
  data: TbijYearly,
  code: string,
  from: number,
  to: number,
  measure: Measure,
  ucdp?: UcdpConflictDeaths,
): YearCell[] {
  const series = data.countries[code];
  const conflict = ucdp?.countries[code];
  const cells: YearCell[] = [];
  for (let year = from; year <= to; year++) {
    const i = series ? year - series.start : -1;
    const covered = !!series && i >= 0 && i < series.records.length;
    const read = (m: Measure): Range =>
      covered ? { min: series![FIELDS[m][0]][i]!, max: series![FIELDS[m][1]][i]! } : { min: 0, max: 0 };
    const all = { civilians: read('civilians'), killed: read('killed'), children: read('children'), injured: read('injured') };
    cells.push({
      code,
      year,
      covered,
      strikes: covered ? series!.records[i]! : 0,
      value: all[measure],
      all,
      conflictDeaths: conflict ? (conflict.deaths[year - conflict.start] ?? null) : null,
    });
  }
  return cells;
}

/** Sums over the covered years of the range; null when TBIJ has no year of this country in it. */
export function totalOf(cells: YearCell[], measure: Measure): CountryTotal | null {
  const covered = cells.filter((c) => c.covered);
  if (!covered.length) return null;
  const sum = (m: Measure): Range => ({
    min: covered.reduce((s, c) => s + c.all[m].min, 0),
    max: covered.reduce((s, c) => s + c.all[m].max, 0),
  });
  const all = { civilians: sum('civilians'), killed: sum('killed'), children: sum('children'), injured: sum('injured') };
  return {
    code: covered[0]!.code,
    first: covered[0]!.year,
    last: covered[covered.length - 1]!.year,
    strikes: covered.reduce((s, c) => s + c.strikes, 0),
    value: all[measure],
    all,
  };
}
