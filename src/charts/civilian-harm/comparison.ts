import { byCodeUnits } from '../../core/order.js';
import { formatCalendarDate, SHORT_MONTH_YEAR } from '../../core/dates.js';
import type { CivcasTable } from '../../data/civilian-harm.js';
import { formatRecords, formatStrikes, numberRange } from '../../harm/wording.js';
import { formatInteger, messages } from '../../core/i18n.js';

const msg = messages({
  'civcas.noPeriod': 'period not stated',
  'civcas.off': 'Official',
  'civcas.ind': 'Independent',
});

/** "Official" or "Independent": what kind of figure a row is. */
export const kindOf = (row: Pick<CivcasRow, 'estimateType'>, lang?: string): string => msg(row.estimateType === 'official' ? 'civcas.off' : 'civcas.ind', undefined, lang);

/** "period not stated": a row whose source gives no period. */
export const noPeriod = (lang?: string): string => msg('civcas.noPeriod', undefined, lang);

/** One row of the hand-transcribed table. */
export interface CivcasRow {
  id: number;
  periodStart: string;
  periodEnd: string;
  theatre: string;
  estimateType: 'official' | 'independent';
  sourceOrg: string;
  document: string;
  notes: string;
  citationUrl: string;
  /** Strikes as published, or TBIJ's minimum strikes; never a count of records. */
  strikes: number | null;
  /** TBIJ's maximum strikes, where a range exists. */
  strikesHigh: number | null;
  /** TBIJ records behind a recomputed row. */
  records: number | null;
  /** False where the source gives no period: the row sits beside the official period for comparison only. */
  periodStated: boolean;
  /** A sentence shown beside the row. */
  readerNote: string | null;
  low: number;
  /** null: only a lower bound ("at least") was published. */
  high: number | null;
  injured: number | null;
  breakdownOf: number | null;
  handTranscribed: boolean;
}

export interface ComparisonEntry {
  row: CivcasRow;
  /** For an independent row: the official row it is set beside (what each counts: comparison-pairs.ts). */
  against?: CivcasRow;
}

export interface ComparisonGroup {
  start: string;
  end: string;
  entries: ComparisonEntry[];
}

export function rowsOf(table: CivcasTable): CivcasRow[] {
  const r = table.rows;
  return r.id.map((id, i) => ({
    id,
    periodStart: r.periodStart[i]!,
    periodEnd: r.periodEnd[i]!,
    theatre: r.theatre[i]!,
    estimateType: r.estimateType[i]!,
    sourceOrg: r.sourceOrg[i]!,
    document: r.document[i]!,
    notes: r.notes[i]!,
    citationUrl: r.citationUrl[i]!,
    strikes: r.strikes[i] ?? null,
    strikesHigh: r.strikesHigh?.[i] ?? null,
    records: r.records?.[i] ?? null,
    periodStated: r.periodStated?.[i] !== false,
    readerNote: r.readerNote?.[i] ?? null,
    low: r.civiliansKilledLow[i]!,
    high: r.civiliansKilledHigh[i] ?? null,
    injured: r.civiliansInjured[i] ?? null,
    breakdownOf: r.breakdownOf[i] ?? null,
    handTranscribed: r.handTranscribed[i]!,
  }));
}

/** Places named by a theatre; null means every US operation. */
export function placesOf(theatre: string): Set<string> | null {
  if (/^all\b/i.test(theatre.trim())) return null;
  const inner = /\(([^)]*)\)/.exec(theatre)?.[1] ?? theatre;
  return new Set(inner.split(';').map((p) => p.trim()).filter(Boolean));
}

/** Lower is a closer scope match: the narrowest official scope that covers the independent one. */
function scopeDistance(official: CivcasRow, independent: CivcasRow): number {
  const o = placesOf(official.theatre);
  const i = placesOf(independent.theatre);
  if (!o) return i ? 100 : 0;
  if (!i) return 1000;
  const shared = [...i].filter((p) => o.has(p)).length;
  if (shared === i.size) return o.size - i.size;
  return shared ? 500 - shared : 10000;
}

/**
 * Official figures beside independent ones for the same period. Each
 * independent row is paired with the official row of the same period whose
 * places cover it most narrowly; official theatre breakdowns appear only when
 * they are such a match. Scope differences are stated (comparison-pairs.ts), never subtracted.
 */
export function compare(rows: CivcasRow[]): ComparisonGroup[] {
  const groups = new Map<string, ComparisonGroup>();
  const periodKey = (row: CivcasRow): string => `${row.periodStart}/${row.periodEnd}`;
  const matched = new Map<number, CivcasRow[]>();
  const official = rows.filter((row) => row.estimateType === 'official');
  for (const row of rows.filter((r) => r.estimateType === 'independent')) {
    const candidates = official
      .filter((o) => periodKey(o) === periodKey(row))
      .sort((a, b) => scopeDistance(a, row) - scopeDistance(b, row) || a.id - b.id);
    const best = candidates[0];
    const key = best?.id ?? -row.id;
    matched.set(key, [...(matched.get(key) ?? []), row]);
  }
  const sorted = [...rows].sort((a, b) => byCodeUnits(a.periodStart, b.periodStart) || byCodeUnits(a.periodEnd, b.periodEnd) || a.id - b.id);
  for (const row of sorted) {
    const key = periodKey(row);
    let group = groups.get(key);
    if (!group) {
      group = { start: row.periodStart, end: row.periodEnd, entries: [] };
      groups.set(key, group);
    }
    if (row.estimateType === 'official') {
      const partners = matched.get(row.id) ?? [];
      if (row.breakdownOf !== null && !partners.length) continue;
      group.entries.push({ row });
      for (const partner of partners) group.entries.push({ row: partner, against: row });
    } else if (matched.has(-row.id)) {
      group.entries.push({ row });
    }
  }
  return [...groups.values()].filter((g) => g.entries.length);
}

/** "2009–2015", "2018" or "Aug 2014 – Apr 2018" style period label from ISO dates. */
export function periodLabel(start: string, end: string, lang: string): string {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  const wholeYears = sm === 1 && sd === 1 && em === 12 && ed === 31;
  if (wholeYears) return sy === ey ? formatInteger(sy, lang) : numberRange(formatInteger(sy, lang), formatInteger(ey, lang), lang);
  return `${formatCalendarDate(sy, sm, sd, SHORT_MONTH_YEAR, lang)} – ${formatCalendarDate(ey, em, ed, SHORT_MONTH_YEAR, lang)}`;
}

/** A row's own period: "period not stated" where the source gives none. */
export function rowPeriod(row: Pick<CivcasRow, 'periodStart' | 'periodEnd' | 'periodStated'>, lang: string): string {
  return row.periodStated ? periodLabel(row.periodStart, row.periodEnd, lang) : noPeriod(lang);
}

/** "473 strikes", "512–532 strikes (496 TBIJ records)", or "" when the row gives no strikes. */
export function rowStrikes(row: Pick<CivcasRow, 'strikes' | 'strikesHigh' | 'records'>, lang: string): string {
  if (row.strikes === null) return '';
  const strikes = formatStrikes({ min: row.strikes, max: row.strikesHigh ?? row.strikes }, lang);
  return row.records === null ? strikes : `${strikes} (${formatRecords(row.records, lang)})`;
}
