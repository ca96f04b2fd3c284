import type { TbijYearly, UcdpConflictDeaths } from '../../data/civilian-harm.js';
import { harmMsg, type CountRange } from '../../harm/wording.js';
import { messages } from '../../core/i18n.js';

const msg = messages({ 'civcas.killed': 'People killed (all)' });

export const MEASURES = ['civilians', 'killed', 'children', 'injured'] as const;
export type Measure = (typeof MEASURES)[number];

/** In the language of the update in progress (getters: read where shown). */
export const MEASURE_LABELS: Record<Measure, string> = {
  get civilians() {
    return harmMsg('harm.civ');
  },
  get killed() {
    return msg('civcas.killed');
  },
  get children() {
    return harmMsg('harm.child');
  },
  get injured() {
    return harmMsg('harm.inj');
  },
};

const FIELDS = {
  civilians: ['minCivilians', 'maxCivilians'],
  killed: ['minKilled', 'maxKilled'],
  children: ['minChildren', 'maxChildren'],
  injured: ['minInjured', 'maxInjured'],
} as const;

export type Range = CountRange;

/** One country-year; `covered` is false outside the years TBIJ recorded for that country. */
export interface YearCell {
  code: string;
  year: number;
  covered: boolean;
  /** TBIJ's minimum–maximum number of strikes (not records: one record can be many strikes). */
  strikes: Range;
  /** TBIJ records (rows of its tables). */
  records: number;
  value: Range;
  all: Record<Measure, Range>;
  /** UCDP deaths in organised violence (all sides), when that context is asked for; null: no data. */
  conflictDeaths: number | null;
}

export interface CountryTotal {
  code: string;
  first: number;
  last: number;
  strikes: Range;
  records: number;
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
      strikes: covered ? { min: series!.minStrikes[i] ?? 0, max: series!.maxStrikes[i] ?? 0 } : { min: 0, max: 0 },
      records: covered ? series!.records[i]! : 0,
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
    strikes: { min: covered.reduce((s, c) => s + c.strikes.min, 0), max: covered.reduce((s, c) => s + c.strikes.max, 0) },
    records: covered.reduce((s, c) => s + c.records, 0),
    value: all[measure],
    all,
  };
}

/** UCDP deaths summed over the covered years that have data, and the years without data (never counted as 0). */
export function conflictTotal(cells: YearCell[]): { deaths: number; missing: number[] } {
  const covered = cells.filter((c) => c.covered);
  return {
    deaths: covered.reduce((s, c) => s + (c.conflictDeaths ?? 0), 0),
    missing: covered.filter((c) => c.conflictDeaths === null).map((c) => c.year),
  };
}

/** "PAK-2009" -> ["PAK", "2009"]: a bar's key. */
export function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf('-');
  return at < 0 ? ['', ''] : [key.slice(0, at), key.slice(at + 1)];
}

/** The cell of a bar key such as "PAK-2009". */
export function cellAt(series: YearCell[][], key: string): YearCell | undefined {
  const [code, year] = splitKey(key);
  return series.find((cells) => cells[0]?.code === code)?.find((c) => c.year === Number(year));
}
