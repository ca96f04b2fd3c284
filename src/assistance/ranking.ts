import type { MeasureSource } from './measures.js';
import { yearsOf, type Period } from './period.js';
import { indexIn, passesFilter, regimeIn, type Democracy, type IndexId, type RegimeFilter } from './regimes.js';
import { isAutocracy } from '../democracy/regimes.js';

/** One recipient over a period. */
export interface Recipient {
  code: string;
  /** Sum over the period (TIV millions or USD). */
  total: number;
  /** Total divided by the number of years in the period. */
  perYear: number;
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
  for (const code of source.codes) {
    let total = 0;
    for (const year of years) {
      const amount = source.amount(code, year);
      if (!amount || amount < 0) continue; // de-obligations are kept in the data, not counted as receipts
      total += amount;
      const regime = regimeIn(democracy, code, year);
      if (regime === null) notCoded += amount;
      else if (isAutocracy(regime)) autocracy += amount;
      else democratic += amount;
    }
    if (total <= 0) continue;
    all.push({
      code,
      total,
      perYear: total / years.length,
      rank: 0,
      regime: regimeIn(democracy, code, period.to),
      index: indexIn(democracy, index, code, period.to),
    });
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
  };
}
