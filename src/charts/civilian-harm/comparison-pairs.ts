// The comparison read as pairs: each official figure with the independent
// estimates set beside it, what each side counts (stated once per pair), and
// what the pair shows. Pure: wording and arithmetic only, tested without the DOM.
import { formatCount } from '../../core/format.js';
import { messages } from '../../core/i18n.js';
import { displayNames } from '../../core/lang.js';
import { periodLabel, placesOf, type CivcasRow, type ComparisonGroup } from './comparison.js';

const msg = messages({
  'civcas.world': 'worldwide',
  'civcas.in': 'in {places}',
  'civcas.outside': 'outside areas of active hostilities ({places})',
  'civcas.us': 'U.S. actions {where}',
  'civcas.coal': 'U.S.-led coalition actions {where}',
  'civcas.sc1': 'Covers {what}; no official figure for this period in this table.',
  'civcas.sc2': 'Covers {what}.',
  'civcas.sc3': 'Both cover {what}.',
  'civcas.sc4': 'Official covers {official}; independent, {independent}.',
  'civcas.none': 'No independent estimate in this table shares a period with an official figure.',
  'civcas.one': 'the one period',
  'civcas.every': { other: 'all # periods' },
  'civcas.some': { other: '{higher} of the # periods' },
  'civcas.sum': 'In {periods} with both kinds of figure, the independent estimate is higher than the official count even at its lowest{ratios}',
  'civcas.span': ': from {least} times as high ({first}) to {most} times ({last}).',
  'civcas.once': ': {ratio} times as high ({period}).',
  'civcas.narrow': 'In {periods} it counts no more places than the official figure and only U.S. actions, so a wider scope cannot explain the gap.',
  'civcas.wide': 'In {periods} it counts more (the whole U.S.-led coalition, or other places), so part of the gap is scope.',
});

/** ISO 3166 alpha-2 codes of the places the table names in English, so other languages get their own names. */
const PLACE_CODES: Record<string, string> = { Afghanistan: 'AF', Iraq: 'IQ', Libya: 'LY', Pakistan: 'PK', Somalia: 'SO', Syria: 'SY', Yemen: 'YE' };

/** A place of the table in the reader's language (English: as the table writes it). */
function placeName(place: string, lang: string): string {
  const code = PLACE_CODES[place];
  return (code && displayNames(lang)?.of(code)) || place;
}

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
  if (!places) return msg('civcas.world', undefined, lang);
  const list = listOf([...places].map((place) => placeName(place, lang)), lang);
  const qualifier = /^([^(]+)\(/.exec(theatre)?.[1]?.trim();
  if (!qualifier) return msg('civcas.in', { places: list }, lang);
  // The one qualifier the table uses has its words in each language; another stays as the table writes it.
  if (/^outside areas of active hostilities$/i.test(qualifier)) return msg('civcas.outside', { places: list }, lang);
  return `${qualifier.charAt(0).toLowerCase()}${qualifier.slice(1)} (${list})`;
}

/** "U.S.-led coalition actions in Iraq and Syria", "U.S. actions worldwide". */
export function countsOf(row: Pick<CivcasRow, 'notes' | 'sourceOrg' | 'theatre'>, lang: string): string {
  return msg(actorOf(row) === 'coalition' ? 'civcas.coal' : 'civcas.us', { where: whereOf(row.theatre, lang) }, lang);
}

/**
 * What each side of a pair counts, once per pair: "Official covers U.S.
 * actions in Iraq and Syria; independent, U.S.-led coalition actions in Iraq
 * and Syria." A figure standing alone says what it covers.
 */
export function scopeSentence(pair: Pair, lang: string): string {
  const { official, independents } = pair;
  const independent = [...new Set(independents.map((row) => countsOf(row, lang)))];
  if (!official) return msg('civcas.sc1', { what: independent.join('; ') }, lang);
  const counted = countsOf(official, lang);
  if (!independent.length) return msg('civcas.sc2', { what: counted }, lang);
  if (independent.length === 1 && independent[0] === counted) return msg('civcas.sc3', { what: counted }, lang);
  return msg('civcas.sc4', { official: counted, independent: independent.join('; ') }, lang);
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
  if (!readings.length) return msg('civcas.none', undefined, lang);
  const higher = readings.filter((r) => r.higher);
  const withRatio = higher.filter((r) => r.ratio !== null).sort((a, b) => a.ratio! - b.ratio!);
  const count = readings.length;
  const which =
    count === 1
      ? msg('civcas.one', undefined, lang)
      : higher.length === count
        ? msg('civcas.every', { count }, lang)
        : msg('civcas.some', { count, higher: formatCount(higher.length, lang) }, lang);
  const [least, most] = [withRatio[0], withRatio[withRatio.length - 1]];
  const ratios =
    withRatio.length > 1
      ? msg('civcas.span', { least: formatRatio(least!.ratio!, lang), first: least!.period, most: formatRatio(most!.ratio!, lang), last: most!.period }, lang)
      : least
        ? msg('civcas.once', { ratio: formatRatio(least.ratio!, lang), period: least.period }, lang)
        : '.';
  const sentences = [msg('civcas.sum', { periods: which, ratios }, lang)];
  const narrower = higher.filter((r) => r.relation === 'narrower').map((r) => r.period);
  const wider = higher.filter((r) => r.relation === 'wider').map((r) => r.period);
  if (narrower.length) sentences.push(msg('civcas.narrow', { periods: listOf(narrower, lang) }, lang));
  if (wider.length) sentences.push(msg('civcas.wide', { periods: listOf(wider, lang) }, lang));
  return sentences.join(' ');
}
