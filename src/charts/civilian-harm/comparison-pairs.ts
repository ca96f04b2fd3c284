// The comparison read as pairs: each official figure with the independent
// estimates set beside it, what each side counts (stated once per pair), and
// what the pair shows. Pure: wording and arithmetic only, tested without the DOM.
import { formatCount } from '../../core/format.js';
import { periodLabel, placesOf, type CivcasRow, type ComparisonGroup } from './comparison.js';

/** One official figure and the independent estimates compared with it (none: the figure stands alone). */
export interface Pair {
  official?: CivcasRow;
  independents: CivcasRow[];
}

export interface PeriodPairs {
  start: string;
  end: string;
  pairs: Pair[];
}

/** The groups of `compare()` as pairs: an official row opens a pair, its partners join it. */
export function pairsOf(groups: ComparisonGroup[]): PeriodPairs[] {
  return groups.map((group) => {
    const pairs: Pair[] = [];
    for (const entry of group.entries) {
      const open = pairs[pairs.length - 1];
      if (entry.row.estimateType === 'official') pairs.push({ official: entry.row, independents: [] });
      else if (entry.against && open?.official === entry.against) open.independents.push(entry.row);
      else pairs.push({ independents: [entry.row] });
    }
    return { start: group.start, end: group.end, pairs };
  });
}

/** Whose actions a row counts: the U.S.-led coalition (the table's notes or source say so) or the U.S. alone. */
export function actorOf(row: Pick<CivcasRow, 'notes' | 'sourceOrg'>): 'coalition' | 'us' {
  return /coalition/i.test(`${row.notes} ${row.sourceOrg}`) ? 'coalition' : 'us';
}

const lists = new Map<string, Intl.ListFormat>();

/** "Iraq and Syria", "Pakistan, Yemen, Somalia and Libya". */
function listOf(items: string[], lang: string): string {
  let list = lists.get(lang);
  if (!list) lists.set(lang, (list = new Intl.ListFormat(lang, { type: 'conjunction' })));
  return list.format(items);
}

/** Where a row counts, in words: "worldwide", "in Iraq and Syria", "outside areas of active hostilities (Pakistan, …)". */
export function whereOf(theatre: string, lang: string): string {
  const places = placesOf(theatre);
  if (!places) return 'worldwide';
  const list = listOf([...places], lang);
  const qualifier = /^([^(]+)\(/.exec(theatre)?.[1]?.trim();
  return qualifier ? `${qualifier.charAt(0).toLowerCase()}${qualifier.slice(1)} (${list})` : `in ${list}`;
}

/** "U.S.-led coalition actions in Iraq and Syria", "U.S. actions worldwide". */
export function countsOf(row: Pick<CivcasRow, 'notes' | 'sourceOrg' | 'theatre'>, lang: string): string {
  return `${actorOf(row) === 'coalition' ? 'U.S.-led coalition' : 'U.S.'} actions ${whereOf(row.theatre, lang)}`;
}

/**
 * What each side of a pair counts, once per pair: "Official covers U.S.
 * actions in Iraq and Syria; independent, U.S.-led coalition actions in Iraq
 * and Syria." A figure standing alone says what it covers.
 */
export function scopeSentence(pair: Pair, lang: string): string {
  const { official, independents } = pair;
  const independent = [...new Set(independents.map((row) => countsOf(row, lang)))];
  if (!official) return `Covers ${independent.join('; ')}; no official figure for this period in this table.`;
  const counted = countsOf(official, lang);
  if (!independent.length) return `Covers ${counted}.`;
  if (independent.length === 1 && independent[0] === counted) return `Both cover ${counted}.`;
  return `Official covers ${counted}; independent, ${independent.join('; ')}.`;
}

/** How the independent scope compares with the official one: `narrower` (no more places, U.S. only) or `wider`. */
export function scopeRelation(official: CivcasRow, independent: CivcasRow): 'narrower' | 'wider' {
  if (actorOf(independent) === 'coalition' && actorOf(official) !== 'coalition') return 'wider';
  const o = placesOf(official.theatre);
  const i = placesOf(independent.theatre);
  if (!o) return 'narrower';
  if (!i) return 'wider';
  return [...i].every((place) => o.has(place)) ? 'narrower' : 'wider';
}

/** One compared pair, read: the period, how many times the official figure the independent low end is, and the scope. */
export interface PairReading {
  period: string;
  /** Lowest independent figure (periods stated where any is) over the official figure (its upper end); null when the official figure is 0. */
  ratio: number | null;
  higher: boolean;
  relation: 'narrower' | 'wider';
}

export function readPair(pair: Pair, start: string, end: string, lang: string): PairReading | undefined {
  const { official } = pair;
  if (!official || !pair.independents.length) return undefined;
  // A tally whose period is not stated is shown for comparison only: it does not set the ratio when a dated one exists.
  const dated = pair.independents.filter((row) => row.periodStated);
  const rows = dated.length ? dated : pair.independents;
  const low = Math.min(...rows.map((row) => row.low));
  const officialHigh = official.high ?? official.low;
  const relations = rows.map((row) => scopeRelation(official, row));
  return {
    period: periodLabel(start, end, lang),
    ratio: officialHigh > 0 ? low / officialHigh : null,
    higher: low > officialHigh,
    relation: relations.includes('wider') ? 'wider' : 'narrower',
  };
}

const ratios = new Map<string, Intl.NumberFormat>();

/** "3.4", "19": one decimal under ten, whole numbers above (the figures are not precise enough for more). */
export function formatRatio(ratio: number, lang: string): string {
  if (ratio >= 10) return formatCount(Math.round(ratio), lang);
  let format = ratios.get(lang);
  if (!format) ratios.set(lang, (format = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })));
  return format.format(ratio);
}

/**
 * What the comparison shows, pair by pair: in how many periods the independent
 * estimate's lowest figure is above the official count and by how much; where
 * the independent count covers no more than the official one (so scope cannot
 * explain the gap) and where it covers more (so part of the gap is scope).
 */
export function comparisonSummary(periods: PeriodPairs[], lang: string): string {
  const readings = periods.flatMap((p) => p.pairs.map((pair) => readPair(pair, p.start, p.end, lang))).filter((r): r is PairReading => !!r);
  if (!readings.length) return 'No independent estimate in this table shares a period with an official figure.';
  const higher = readings.filter((r) => r.higher);
  const withRatio = higher.filter((r) => r.ratio !== null).sort((a, b) => a.ratio! - b.ratio!);
  const count = readings.length === 1 ? 'the one period' : higher.length === readings.length ? `all ${formatCount(readings.length, lang)} periods` : `${formatCount(higher.length, lang)} of the ${formatCount(readings.length, lang)} periods`;
  const sentences = [`In ${count} with both kinds of figure, the independent estimate is higher than the official count even at its lowest`];
  if (withRatio.length > 1) {
    const [least, most] = [withRatio[0]!, withRatio[withRatio.length - 1]!];
    sentences[0] += `: from ${formatRatio(least.ratio!, lang)} times as high (${least.period}) to ${formatRatio(most.ratio!, lang)} times (${most.period}).`;
  } else if (withRatio.length === 1) {
    sentences[0] += `: ${formatRatio(withRatio[0]!.ratio!, lang)} times as high (${withRatio[0]!.period}).`;
  } else sentences[0] += '.';
  const narrower = higher.filter((r) => r.relation === 'narrower').map((r) => r.period);
  const wider = higher.filter((r) => r.relation === 'wider').map((r) => r.period);
  if (narrower.length) sentences.push(`In ${listOf(narrower, lang)} it counts no more places than the official figure and only U.S. actions, so a wider scope cannot explain the gap.`);
  if (wider.length) sentences.push(`In ${listOf(wider, lang)} it counts more (the whole U.S.-led coalition, or other places), so part of the gap is scope.`);
  return sentences.join(' ');
}
