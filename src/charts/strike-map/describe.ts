import { formatCount } from '../../core/format.js';
import { formatList, messages } from '../../core/i18n.js';
import type { YearStatus } from '../../data/types.js';
import { formatCountRange, formatRecords, formatStrikesAndRecords, harmMsg, isoDate, numberRange, partialSentence } from '../../harm/wording.js';
import { civiliansReported, sumRange, type Count, type Strike } from './strikes.js';

// Also the words the table view, the data file and the tooltip share.
export const strikesMsg = messages({
  'strikes.unknown': 'unknown',
  'strikes.noPlace': 'place not given',
  'strikes.date': 'Date',
  'strikes.loc': 'Location',
  'strikes.killed': 'Killed',
  'strikes.civ': 'Civilians',
  'strikes.child': 'Children',
  'strikes.inj': 'Injured',
  'strikes.noLink': 'TBIJ {id} (no link)',
  'strikes.rec': 'Record {n} of {total}: {date}, {place}. Strikes {strikes}; killed {killed}, civilians {civilians}, children {children}, injured {injured}.',
  'strikes.dates': 'Dates',
  'strikes.withCiv': 'With civilian deaths',
  'strikes.nRec': { other: '# records' },
  'strikes.hint': 'Hint',
  'strikes.zoomIn': 'zoom in to separate',
  'strikes.none': 'No TBIJ records in {where} for these dates.',
  'strikes.sum': '{records} in {where}, {first} to {last}: {killed} people killed, {civilians} of them civilians; civilian deaths reported in {withCivilians}.',
  'strikes.unplaced': { one: '# without coordinates is listed in the table only.', other: '# without coordinates are listed in the table only.' },
  'strikes.ends': 'Coverage ends {date}.',
  'strikes.ranges': "{caption}. Figures are TBIJ's reported ranges (lowest–highest).",
  'strikes.record': 'TBIJ record',
  'strikes.killedP': 'People killed',
  // The TBIJ data file's caveats 3 and 5 (its English), shown under the map and in the footer.
  'strikes.cavPos': 'Map positions are approximate district or village centres added by a third party; do not present them as impact sites.',
  'strikes.cavSum': "Unknown counts add nothing to the totals, as in TBIJ's own published totals.",
});
const msg = strikesMsg;

export interface Line {
  label: string;
  value: string;
}

/** A reported range: "2–5", "3", or "unknown" when TBIJ gives no figure. */
export function formatReported([min, max]: [Count, Count], lang: string): string {
  if (min === null && max === null) return msg('strikes.unknown', undefined, lang);
  const low = min === null ? '?' : formatCount(min, lang);
  const high = max === null ? '?' : formatCount(max, lang);
  return min === max ? low : numberRange(low, high, lang);
}

/** Where a record happened; TBIJ gives no place for a few. */
export function placeOf(strike: Strike): string {
  return (strike.location ?? '').trim() || msg('strikes.noPlace');
}

/** "1,691 TBIJ records (6,438–6,482 strikes)": records, and the strikes they stand for. */
export function recordsAndStrikes(strikes: readonly Strike[], lang: string): string {
  return formatStrikesAndRecords(sumRange(strikes, (s) => s.strikes), strikes.length, lang);
}

/** "Record 2 of 16: 2016-01-12, Bulo Gaduud. Strikes 1; killed 3–4, …": one TBIJ record, in time order. */
export function strikeSentence(strike: Strike, position: number, total: number, lang: string): string {
  return msg(
    'strikes.rec',
    {
      n: formatCount(position, lang),
      total: formatCount(total, lang),
      date: isoDate(strike.date, lang),
      place: placeOf(strike),
      strikes: formatReported(strike.strikes, lang),
      killed: formatReported(strike.killed, lang),
      civilians: formatReported(strike.civilians, lang),
      children: formatReported(strike.children, lang),
      injured: formatReported(strike.injured, lang),
    },
    lang,
  );
}

/** Totals of the records shown, as reported ranges (unknown counts add nothing, as in TBIJ's totals). */
export function mapSummary(strikes: Strike[], unplaced: number, where: string, lang: string, years?: YearStatus): string {
  if (!strikes.length) return msg('strikes.none', { where }, lang);
  const range = (pick: (s: Strike) => [Count, Count]): string => formatCountRange(sumRange(strikes, pick), lang);
  const withCivilians = strikes.filter(civiliansReported).length;
  const first = strikes[0]!.date;
  const last = strikes[strikes.length - 1]!.date;
  const partial = partialYears(Number(first.slice(0, 4)), Number(last.slice(0, 4)), years, lang);
  const sentences = [
    msg(
      'strikes.sum',
      { records: recordsAndStrikes(strikes, lang), where, first: isoDate(first, lang), last: isoDate(last, lang), killed: range((s) => s.killed), civilians: range((s) => s.civilians), withCivilians: formatRecords(withCivilians, lang) },
      lang,
    ),
  ];
  if (unplaced) sentences.push(msg('strikes.unplaced', { count: unplaced }, lang));
  if (partial) sentences.push(partial);
  return sentences.join(' ');
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

/** "Afghanistan, Pakistan and Yemen", in the language of the update in progress. */
export function listNames(names: string[]): string {
  return formatList(names);
}

/** The caveats shown under the map: ranges, records vs strikes, approximate positions (the data file's first three), and where coverage ends. */
export function caveatLine(rows: readonly Strike[], lang: string): string {
  return [harmMsg('harm.cavRange'), harmMsg('harm.cavRec'), msg('strikes.cavPos'), msg('strikes.ends', { date: isoDate(rows[rows.length - 1]?.date ?? '', lang) })].join(' ');
}
