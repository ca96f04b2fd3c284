import { byCodeUnits } from '../../core/order.js';
import { describeValue, type Parsed } from '../../core/parse.js';
import { messages } from '../../core/i18n.js';
import type { TbijStrikes } from '../../data/strikes.js';
import { selectStrikes } from './strike-index.js';

const msg = messages({
  'strikes.notDate': '"{what}" {value} is not a year or date (YYYY or YYYY-MM-DD); showing {fallback}.',
  'strikes.badDate': '"{what}" {value} is not a valid date; showing {fallback}.',
  'strikes.before': 'No strikes before {first}; "{what}" {value} shows from {first}.',
  'strikes.after': 'No strikes after {last}; "{what}" {value} shows up to {last}.',
  'strikes.swap': '"from" is after "to"; showing {from} to {to}.',
});

export type Count = number | null;

/** One strike record in row form, as the map and table use it. */
export interface Strike {
  index: number;
  id: string;
  date: string;
  year: number;
  country: string;
  location: string;
  lat: number | null;
  lon: number | null;
  source: string | null;
  /** TBIJ's minimum–maximum strikes in this record (one record can be many strikes). */
  strikes: [Count, Count];
  killed: [Count, Count];
  civilians: [Count, Count];
  children: [Count, Count];
  injured: [Count, Count];
}

/** Rows sorted by date (then id), so keyboard order is time order. */
export function strikeRows(data: TbijStrikes): Strike[] {
  const s = data.strikes;
  const rows = s.id.map((id, i): Strike => ({
    index: i,
    id,
    date: s.date[i]!,
    year: Number(s.date[i]!.slice(0, 4)),
    country: s.country[i]!,
    location: s.location[i] ?? '',
    lat: s.lat[i] ?? null,
    lon: s.lon[i] ?? null,
    source: s.source[i] ?? null,
    strikes: [s.minStrikes?.[i] ?? null, s.maxStrikes?.[i] ?? null],
    killed: [s.minKilled[i] ?? null, s.maxKilled[i] ?? null],
    civilians: [s.minCivilians[i] ?? null, s.maxCivilians[i] ?? null],
    children: [s.minChildren[i] ?? null, s.maxChildren[i] ?? null],
    injured: [s.minInjured[i] ?? null, s.maxInjured[i] ?? null],
  }));
  return rows.sort((a, b) => byCodeUnits(a.date, b.date) || byCodeUnits(a.id, b.id));
}

/** A field summed over records, minimum and maximum apart; unknown counts add nothing (as in TBIJ's totals). */
export function sumRange(rows: readonly Strike[], pick: (s: Strike) => [Count, Count]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const row of rows) {
    const [low, high] = pick(row);
    min += low ?? 0;
    max += high ?? 0;
  }
  return { min, max };
}

/** Whether any civilian death was reported (the maximum is above zero). */
export function civiliansReported(strike: Strike): boolean {
  return (strike.civilians[1] ?? 0) > 0 || (strike.civilians[0] ?? 0) > 0;
}

/** The larger reported death toll, for sizing marks (unknown = 0). */
export function killedMax(strike: Strike): number {
  return Math.max(strike.killed[0] ?? 0, strike.killed[1] ?? 0);
}

/**
 * A `from`/`to` attribute: a year or an ISO date (YYYY, YYYY-MM or YYYY-MM-DD),
 * turned into a full date at the start or end of that period and clamped to
 * the data's first and last dates.
 */
export function parseDateBound(
  raw: unknown,
  edge: 'start' | 'end',
  first: string,
  last: string,
  what: string,
): Parsed<string> {
  const fallback = edge === 'start' ? first : last;
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { value: fallback };
  if (typeof raw !== 'string' && !(typeof raw === 'number' && Number.isInteger(raw))) {
    return { value: fallback, problem: msg('strikes.notDate', { what, value: describeValue(raw), fallback }) };
  }
  const text = String(raw).trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  const shown = JSON.stringify(text.length > 30 ? `${text.slice(0, 30)}…` : text);
  if (!match) return { value: fallback, problem: msg('strikes.notDate', { what, value: shown, fallback }) };
  const [, y, m, d] = match;
  const month = m ?? (edge === 'start' ? '01' : '12');
  const lastDay = new Date(Date.UTC(Number(y), Number(month), 0)).getUTCDate();
  const day = d ?? (edge === 'start' ? '01' : String(lastDay).padStart(2, '0'));
  const date = `${y}-${month}-${day}`;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > lastDay) {
    return { value: fallback, problem: msg('strikes.badDate', { what, value: shown, fallback }) };
  }
  if (date < first) return { value: first, problem: msg('strikes.before', { first, what, value: shown }) };
  if (date > last) return { value: last, problem: msg('strikes.after', { last, what, value: shown }) };
  return { value: date };
}

/**
 * The dates shown: `from`/`to` read within the chosen countries' own records
 * (Afghanistan starts in 2015); reversed bounds are read the other way round,
 * so from="2010" to="2008" means all of 2008–2010.
 */
export function dateRange(rows: Strike[], codes: string[], rawFrom: unknown, rawTo: unknown): { from: string; to: string; problems: string[] } {
  const selected = selectStrikes(rows, codes).rows;
  const first = selected[0]?.date ?? rows[0]!.date;
  const last = selected[selected.length - 1]?.date ?? rows[rows.length - 1]!.date;
  const start = parseDateBound(rawFrom, 'start', first, last, 'from');
  const end = parseDateBound(rawTo, 'end', first, last, 'to');
  const problems = [start.problem, end.problem].filter((p): p is string => !!p);
  if (start.value <= end.value) return { from: start.value, to: end.value, problems };
  const from = parseDateBound(rawTo, 'start', first, last, 'to').value;
  const to = parseDateBound(rawFrom, 'end', first, last, 'from').value;
  return { from, to, problems: [...problems, msg('strikes.swap', { from, to })] };
}
