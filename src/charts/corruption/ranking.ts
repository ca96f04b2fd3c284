// The ranking of one CPI edition as Transparency International published it:
// each country's score, and for the edition with TI's detail its rank,
// standard error, number of sources and 90% interval. No number is computed
// here (the index's licence allows no adapted versions): rows are only
// picked, filtered and put in order. Pure.
import type { CpiDetail, TiCpi } from '../../data/corruption.js';

/** One country's row for one edition; null where the edition publishes no such figure. */
export interface CpiRow {
  code: string;
  score: number;
  rank: number | null;
  se: number | null;
  sources: number | null;
  lower: number | null;
  upper: number | null;
}

export const SORT_KEYS = ['rank', 'name', 'score', 'error', 'sources'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DIRECTIONS = ['ascending', 'descending'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The order a column sorts in first: rank 1 and A first, the highest score, error and count of sources first. */
export const naturalDirection = (key: SortKey): Direction => (key === 'rank' || key === 'name' ? 'ascending' : 'descending');

/** The editions the data holds, oldest first (2019–2022 are missing, not zero). */
export function editions(data: TiCpi): number[] {
  const years: number[] = [];
  for (let y = data.first; y <= data.last; y++) if (!data.missingYears.includes(y)) years.push(y);
  return years;
}

/** A country's score in one edition as published, else null. */
export function scoreIn(data: TiCpi, code: string, year: number): number | null {
  const entry = data.countries[code];
  if (!entry) return null;
  const value = entry.score[year - entry.start];
  return typeof value === 'number' ? value : null;
}

/** Every country with a score in `year`, in the data's order (by code). */
export function rowsFor(data: TiCpi, year: number): CpiRow[] {
  const detail = data.detail.year === year ? data.detail.countries : undefined;
  const rows: CpiRow[] = [];
  for (const code of Object.keys(data.countries)) {
    const score = scoreIn(data, code, year);
    if (score === null) continue;
    const d: CpiDetail | undefined = detail?.[code];
    rows.push({ code, score, rank: d?.[0] ?? null, se: d?.[1] ?? null, sources: d?.[2] ?? null, lower: d?.[3] ?? null, upper: d?.[4] ?? null });
  }
  return rows;
}

/** Whether the edition comes with TI's rank, standard error, sources and interval. */
export const hasDetail = (data: TiCpi, year: number): boolean => data.detail.year === year;

const compareNullable = (a: number | null, b: number | null): number => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b);

/**
 * Rows in the order asked for. Rank order is TI's: by rank where published,
 * else by score, highest first; ties and empty cells fall back to the name,
 * and empty cells go last in either direction.
 */
export function sortRows(rows: readonly CpiRow[], key: SortKey, direction: Direction, nameOf: (code: string) => string, collator: Intl.Collator): CpiRow[] {
  const byName = (a: CpiRow, b: CpiRow): number => collator.compare(nameOf(a.code), nameOf(b.code));
  const field = (row: CpiRow): number | null => {
    if (key === 'rank') return row.rank ?? -row.score;
    if (key === 'score') return row.score;
    if (key === 'error') return row.se;
    if (key === 'sources') return row.sources;
    return null;
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * byName(a, b);
    const fa = field(a);
    const fb = field(b);
    if (fa === null || fb === null) return compareNullable(fa, fb) || byName(a, b);
    return sign * (fa - fb) || byName(a, b);
  });
}

/** Folds case and accents, so "cote" finds "Côte d'Ivoire" and "turkiye" finds "Türkiye". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u2068\u2069]/g, '')
    .toLocaleLowerCase()
    .trim();

/** Rows whose name (in the reader's language) or code contains the search text. */
export function searchRows(rows: readonly CpiRow[], query: string, nameOf: (code: string) => string): CpiRow[] {
  const q = fold(query);
  if (!q) return [...rows];
  return rows.filter((row) => fold(nameOf(row.code)).includes(q) || row.code.toLowerCase() === q);
}

/** The edition a year asks for: itself when published; a year without an edition gives the nearest later one (else the latest). */
export function editionFor(data: TiCpi, year: number): number {
  const years = editions(data);
  return years.includes(year) ? year : (years.find((y) => y > year) ?? years[years.length - 1]!);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A cheap shape check, so a wrong file shows the load error instead of throwing while drawing. */
export function validateCpi(data: unknown): void {
  if (!isObject(data) || !isObject(data.meta) || !isObject(data.countries) || !isObject(data.detail)) throw new Error('CPI data: unexpected shape');
  if (typeof data.first !== 'number' || typeof data.last !== 'number' || !Array.isArray(data.missingYears)) throw new Error('CPI data: no editions');
  const detail = data.detail;
  if (typeof detail.year !== 'number' || !isObject(detail.countries)) throw new Error('CPI data: no detail edition');
  const entries = Object.values(data.countries);
  if (!entries.length || !entries.every((e) => isObject(e) && typeof e.start === 'number' && Array.isArray(e.score))) throw new Error('CPI data: unexpected country shape');
}
