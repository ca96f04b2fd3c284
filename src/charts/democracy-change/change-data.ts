// Biggest declines and advances of a democracy index between two years. Pure.
import { byCodeUnits } from '../../core/order.js';
import type { TrendData, TrendMetric } from '../../democracy/trend-data.js';
import { countrySeries, episodesOf, hasSeries } from '../../democracy/trend-data.js';
import { textOf, describeValue, type Parsed } from '../../core/parse.js';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'change.limitBad': 'Limit {value} is not a number; showing {fallback}.',
  'change.limitLow': 'Limit must be at least {min}; showing {min}.',
  'change.limitHigh': 'Limit {value} is more than {max}; showing {max}.',
});

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 40;

/** Parses `limit`: a whole number 1–40. */
export function parseLimit(raw: unknown): Parsed<number> {
  const text = textOf(raw)?.trim();
  if (raw === null || raw === undefined || text === '') return { value: DEFAULT_LIMIT };
  if (text === undefined || !/^\d{1,4}$/.test(text)) return { value: DEFAULT_LIMIT, problem: msg('change.limitBad', { value: describeValue(raw), fallback: DEFAULT_LIMIT }) };
  const n = Number(text);
  if (n < 1) return { value: 1, problem: msg('change.limitLow', { min: 1 }) };
  if (n > MAX_LIMIT) return { value: MAX_LIMIT, problem: msg('change.limitHigh', { value: n, max: MAX_LIMIT }) };
  return { value: n };
}

export interface CountryChange {
  code: string;
  from: number;
  to: number;
  change: number;
  /** 68% intervals, where the metric has them. */
  fromLow: number | null;
  fromHigh: number | null;
  toLow: number | null;
  toHigh: number | null;
  /** V-Dem region number (countries.json), or null. */
  region: number | null;
  /** In an ERT autocratization episode at some point between the two years. */
  autocratizing: boolean;
}

/** Every country with a value in both years, with its change. */
export function changes(data: TrendData, metric: TrendMetric, from: number, to: number): CountryChange[] {
  const codes = Object.keys(metric === 'polyarchy' ? data.v15.countries : data.v14.countries);
  const out: CountryChange[] = [];
  for (const code of codes) {
    if (!hasSeries(data, metric, code)) continue;
    const [a] = countrySeries(data, metric, code, from, from).points;
    const [b] = countrySeries(data, metric, code, to, to).points;
    if (!a || !b || a.value === null || b.value === null) continue;
    out.push({
      code,
      from: a.value,
      to: b.value,
      // Rounded to the data's three decimals, so equal-looking changes rank as ties.
      change: Math.round((b.value - a.value) * 1000) / 1000,
      fromLow: a.low,
      fromHigh: a.high,
      toLow: b.low,
      toHigh: b.high,
      region: data.registry.countries[code]?.[3] ?? null,
      autocratizing: episodesOf(data, code, from, to).some((e) => e.kind === 'aut'),
    });
  }
  return out;
}

/** The `limit` biggest declines (most negative first) and advances (most positive first); ties by code. */
export function ranked(all: CountryChange[], limit: number): { declines: CountryChange[]; advances: CountryChange[] } {
  const declines = all
    .filter((c) => c.change < 0)
    .sort((a, b) => a.change - b.change || byCodeUnits(a.code, b.code))
    .slice(0, limit);
  const advances = all
    .filter((c) => c.change > 0)
    .sort((a, b) => b.change - a.change || byCodeUnits(a.code, b.code))
    .slice(0, limit);
  return { declines, advances };
}
