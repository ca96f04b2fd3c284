import { formatCount } from '../../core/format.js';
import type { Bin } from './bins.js';
import { civiliansReported, type Count, type Strike } from './strikes.js';

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

export function strikeLines(strike: Strike, lang: string): Line[] {
  return [
    { label: 'Date', value: strike.date },
    { label: 'Location', value: strike.location },
    { label: 'Killed', value: formatReported(strike.killed, lang) },
    { label: 'Civilians', value: formatReported(strike.civilians, lang) },
    { label: 'Children', value: formatReported(strike.children, lang) },
    { label: 'Injured', value: formatReported(strike.injured, lang) },
    { label: 'Source', value: strike.source ? `TBIJ ${strike.id}` : `TBIJ ${strike.id} (no link)` },
  ];
}

export function strikeSentence(strike: Strike, position: number, total: number, lang: string): string {
  return `Strike ${formatCount(position, lang)} of ${formatCount(total, lang)}: ${strike.date}, ${strike.location}. Killed ${formatReported(strike.killed, lang)}, civilians ${formatReported(strike.civilians, lang)}, children ${formatReported(strike.children, lang)}, injured ${formatReported(strike.injured, lang)}.`;
}

export function binLines(bin: Bin, lang: string): Line[] {
  const dates = bin.members.map((m) => m.strike.date).sort();
  const sum = (pick: (s: Strike) => [Count, Count]): string => {
    const min = bin.members.reduce((n, m) => n + (pick(m.strike)[0] ?? 0), 0);
    const max = bin.members.reduce((n, m) => n + (pick(m.strike)[1] ?? 0), 0);
    return min === max ? formatCount(min, lang) : `${formatCount(min, lang)}–${formatCount(max, lang)}`;
  };
  return [
    { label: 'Strikes', value: formatCount(bin.members.length, lang) },
    { label: 'Dates', value: `${dates[0]} – ${dates[dates.length - 1]}` },
    { label: 'With civilian deaths', value: formatCount(bin.withCivilians, lang) },
    { label: 'Killed', value: sum((s) => s.killed) },
    { label: 'Civilians', value: sum((s) => s.civilians) },
    { label: 'Hint', value: 'zoom in to separate' },
  ];
}

/** Totals of the strikes shown, as reported ranges (unknown = 0, as in TBIJ's totals). */
export function mapSummary(strikes: Strike[], unplaced: number, where: string, lang: string): string {
  if (!strikes.length) return `No strikes recorded in ${where} for these dates.`;
  const range = (pick: (s: Strike) => [Count, Count]): string => {
    const min = strikes.reduce((n, s) => n + (pick(s)[0] ?? 0), 0);
    const max = strikes.reduce((n, s) => n + (pick(s)[1] ?? 0), 0);
    return min === max ? formatCount(min, lang) : `${formatCount(min, lang)}–${formatCount(max, lang)}`;
  };
  const withCivilians = strikes.filter(civiliansReported).length;
  const first = strikes[0]!.date;
  const last = strikes[strikes.length - 1]!.date;
  const unplacedText = unplaced ? ` ${formatCount(unplaced, lang)} without coordinates are listed in the table only.` : '';
  return `${formatCount(strikes.length, lang)} ${strikes.length === 1 ? 'strike' : 'strikes'} in ${where}, ${first} to ${last}: ${range((s) => s.killed)} people killed, ${range((s) => s.civilians)} of them civilians; civilian deaths reported in ${formatCount(withCivilians, lang)} strikes.${unplacedText}`;
}
