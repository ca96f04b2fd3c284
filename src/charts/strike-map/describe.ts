import { formatCount } from '../../core/format.js';
import type { YearStatus } from '../../data/types.js';
import { formatCountRange, formatRecords, formatStrikesAndRecords, partialSentence } from '../../harm/wording.js';
import type { Bin } from './bins.js';
import { civiliansReported, sumRange, type Count, type Strike } from './strikes.js';

export interface Line {
  label: string;
  value: string;
}

/** A reported range: "2–5", "3", or "unknown" when TBIJ gives no figure. */
export function formatReported([min, max]: [Count, Count], lang: string): string {
  if (min === null && max === null) return 'unknown';
  const low = min === null ? '?' : formatCount(min, lang);
  const high = max === null ? '?' : formatCount(max, lang);
  return min === max ? low : `${low}–${high}`;
}

/** Where a record happened; TBIJ gives no place for a few. */
export function placeOf(strike: Strike): string {
  return (strike.location ?? '').trim() || 'place not given';
}

/** "1,691 TBIJ records (6,438–6,482 strikes)": records, and the strikes they stand for. */
export function recordsAndStrikes(strikes: readonly Strike[], lang: string): string {
  return formatStrikesAndRecords(sumRange(strikes, (s) => s.strikes), strikes.length, lang);
}

export function strikeLines(strike: Strike, lang: string): Line[] {
  return [
    { label: 'Date', value: strike.date },
    { label: 'Location', value: placeOf(strike) },
    { label: 'Strikes', value: formatReported(strike.strikes, lang) },
    { label: 'Killed', value: formatReported(strike.killed, lang) },
    { label: 'Civilians', value: formatReported(strike.civilians, lang) },
    { label: 'Children', value: formatReported(strike.children, lang) },
    { label: 'Injured', value: formatReported(strike.injured, lang) },
    { label: 'Source', value: strike.source ? `TBIJ ${strike.id}` : `TBIJ ${strike.id} (no link)` },
  ];
}

/** "Record 2 of 16: 2016-01-12, Bulo Gaduud. Strikes 1; killed 3–4, …": one TBIJ record, in time order. */
export function strikeSentence(strike: Strike, position: number, total: number, lang: string): string {
  return `Record ${formatCount(position, lang)} of ${formatCount(total, lang)}: ${strike.date}, ${placeOf(strike)}. Strikes ${formatReported(strike.strikes, lang)}; killed ${formatReported(strike.killed, lang)}, civilians ${formatReported(strike.civilians, lang)}, children ${formatReported(strike.children, lang)}, injured ${formatReported(strike.injured, lang)}.`;
}

export function binLines(bin: Bin, lang: string): Line[] {
  const dates = bin.members.map((m) => m.strike.date).sort();
  const strikes = bin.members.map((m) => m.strike);
  const sum = (pick: (s: Strike) => [Count, Count]): string => formatCountRange(sumRange(strikes, pick), lang);
  return [
    { label: 'TBIJ records', value: formatCount(bin.members.length, lang) },
    { label: 'Strikes', value: sum((s) => s.strikes) },
    { label: 'Dates', value: `${dates[0]} – ${dates[dates.length - 1]}` },
    { label: 'With civilian deaths', value: `${formatCount(bin.withCivilians, lang)} records` },
    { label: 'Killed', value: sum((s) => s.killed) },
    { label: 'Civilians', value: sum((s) => s.civilians) },
    { label: 'Hint', value: 'zoom in to separate' },
  ];
}

/** Totals of the records shown, as reported ranges (unknown counts add nothing, as in TBIJ's totals). */
export function mapSummary(strikes: Strike[], unplaced: number, where: string, lang: string, years?: YearStatus): string {
  if (!strikes.length) return `No TBIJ records in ${where} for these dates.`;
  const range = (pick: (s: Strike) => [Count, Count]): string => formatCountRange(sumRange(strikes, pick), lang);
  const withCivilians = strikes.filter(civiliansReported).length;
  const first = strikes[0]!.date;
  const last = strikes[strikes.length - 1]!.date;
  const unplacedText = unplaced ? ` ${formatCount(unplaced, lang)} without coordinates ${unplaced === 1 ? 'is' : 'are'} listed in the table only.` : '';
  const partial = partialYears(Number(first.slice(0, 4)), Number(last.slice(0, 4)), years, lang);
  return `${recordsAndStrikes(strikes, lang)} in ${where}, ${first} to ${last}: ${range((s) => s.killed)} people killed, ${range((s) => s.civilians)} of them civilians; civilian deaths reported in ${formatRecords(withCivilians, lang)}.${unplacedText}${partial ? ` ${partial}` : ''}`;
}

const partials = new WeakMap<YearStatus, Map<string, string>>();

/** `partialSentence`, remembered per coverage and years: it builds a date formatter each time (a country change would pay for one). */
function partialYears(first: number, last: number, years: YearStatus | undefined, lang: string): string {
  if (!years) return partialSentence(first, last, years, lang);
  let known = partials.get(years);
  if (!known) partials.set(years, (known = new Map()));
  const key = `${first}|${last}|${lang}`;
  let sentence = known.get(key);
  if (sentence === undefined) known.set(key, (sentence = partialSentence(first, last, years, lang)));
  return sentence;
}

/** "Afghanistan, Pakistan and Yemen". */
export function listNames(names: string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
}

/** The caveats shown under the map: ranges, records vs strikes, approximate positions, and where coverage ends. */
export function caveatLine(caveats: readonly string[], rows: readonly Strike[]): string {
  const [ranges, records, positions] = caveats;
  return `${[ranges, records, positions].filter(Boolean).join(' ')} Coverage ends ${rows[rows.length - 1]?.date ?? ''}.`;
}
