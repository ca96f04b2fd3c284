import type { MeasureSource } from './measures.js';
import { yearsOf, type Period } from './period.js';
import { indexIn, passesFilter, regimeIn, type Democracy, type IndexId, type RegimeFilter } from './regimes.js';
import { isAutocracy } from '../democracy/regimes.js';

/** One recipient over a period. */
export interface Recipient {
  code: string;
  /** Sum over the period (TIV millions or USD). */
  total: number;
  /** Total divided by the number of years in the period that have a value (all of them unless the measure has gaps). */
  perYear: number;
  /** Years of the period the data mark as not reported (military aid); 0 for other measures. */
  missing: number;
  /** Rank among all recipients, 1 = largest, before any regime filter. */
  rank: number;
  /** Regimes of the World in the last year of the period. */
  regime: number | null;
  /** The chosen democracy index in the last year of the period. */
  index: number | null;
}

export interface Ranking {
  /** Recipients with a positive total, largest first, after the regime filter. */
  rows: Recipient[];
  /** All recipients' positive totals (before the filter): the denominator of the shares. */
  total: number;
  recipients: number;
  /**
   * Shares of the total by the recipient's regime *in the year it received the
   * assistance*, so a 1950–2021 total is not judged by today's government.
   */
  share: { autocracy: number; democracy: number; notCoded: number };
  /**
   * For a measure with gaps: recipients with nothing in the period and at
   * least one year not reported, after the regime filter. Never ranked, never $0.
   */
  notReported: Recipient[];
  /** For a measure with gaps: recipients (before the filter) whose total leaves out some years not reported. */
  partial: number;
}

/** Rankings already made, per source and V-Dem v15, by period, index and filter (with the v14 read). */
const rankings = new WeakMap<MeasureSource, WeakMap<object, Map<string, { v14: unknown; ranking: Ranking }>>>();
/** Periods kept per source and edition (then forgotten all at once): every year of a measure, both filters. */
const KEPT = 256;

/**
 * `rankRecipients`, once per source, democracy data, period, index and filter:
 * the slider and playback come back to the same years, and the map ranks twice
 * (all recipients for its classes, the filtered ones for its colours). The
 * result is shared: do not change it.
 */
export function rankingFor(source: MeasureSource, period: Period, democracy: Democracy, index: IndexId, filter: RegimeFilter): Ranking {
  let byEdition = rankings.get(source);
  if (!byEdition) rankings.set(source, (byEdition = new WeakMap()));
  let byKey = byEdition.get(democracy.v15);
  if (!byKey) byEdition.set(democracy.v15, (byKey = new Map()));
  const key = `${period.from}|${period.to}|${index}|${filter}`;
  const v14 = index === 'libdem' ? democracy.v14 : undefined;
  const hit = byKey.get(key);
  if (hit && hit.v14 === v14) return hit.ranking;
  const ranking = rankRecipients(source, period, democracy, index, filter);
  if (byKey.size >= KEPT) byKey.clear();
  byKey.set(key, { v14, ranking });
  return ranking;
}

/** Ranks every recipient of a measure over a period. Pure. */
export function rankRecipients(
  source: MeasureSource,
  period: Period,
  democracy: Democracy,
  index: IndexId,
  filter: RegimeFilter,
): Ranking {
  const years = yearsOf(period);
  let autocracy = 0;
  let democratic = 0;
  let notCoded = 0;
  const all: Recipient[] = [];
  const notReported: Recipient[] = [];
  let partial = 0;
  for (const code of source.codes) {
    let total = 0;
    let missing = 0;
    for (const year of years) {
      const amount = source.amount(code, year);
      if (amount === null && source.notReported(code, year)) missing++;
      if (!amount || amount < 0) continue; // de-obligations are kept in the data, not counted as receipts
      total += amount;
      const regime = regimeIn(democracy, code, year);
      if (regime === null) notCoded += amount;
      else if (isAutocracy(regime)) autocracy += amount;
      else democratic += amount;
    }
    const row = {
      code,
      total,
      perYear: total / Math.max(1, years.length - missing),
      missing,
      rank: 0,
      regime: regimeIn(democracy, code, period.to),
      index: indexIn(democracy, index, code, period.to),
    };
    if (total <= 0 && missing) notReported.push(row);
    if (total <= 0) continue;
    if (missing) partial++;
    all.push(row);
  }
  all.sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  all.forEach((r, i) => (r.rank = i + 1));
  const total = autocracy + democratic + notCoded;
  const part = (n: number): number => (total > 0 ? n / total : 0);
  return {
    rows: all.filter((r) => passesFilter(filter, r.regime)),
    total,
    recipients: all.length,
    share: { autocracy: part(autocracy), democracy: part(democratic), notCoded: part(notCoded) },
    notReported: notReported.filter((r) => passesFilter(filter, r.regime)).sort((a, b) => a.code.localeCompare(b.code)),
    partial,
  };
}
