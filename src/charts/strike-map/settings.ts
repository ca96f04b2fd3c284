import type { Parsed } from '../../core/parse.js';
import { parseCountries } from '../../harm/countries.js';
import { coveredCountries } from './strike-index.js';
import { dateRange, type Strike } from './strikes.js';

/** The countries framed and the dates shown, as resolved from the attributes against the records. */
export interface StrikeRange {
  codes: string[];
  /** ISO dates. */
  from: string;
  to: string;
  /** Their years: the timeline's ends. */
  firstYear: number;
  lastYear: number;
}

export const NO_RANGE: StrikeRange = { codes: [], from: '', to: '', firstYear: 0, lastYear: 0 };

/**
 * The countries asked for in `country` (else every country the records
 * cover) and the dates asked for in `from` and `to`, held to the records of
 * those countries. Each problem goes to `report`, in the order the element
 * shows them.
 */
export function strikeRange(
  rows: Strike[],
  attributes: { country: unknown; from: unknown; to: unknown },
  name: (code: string) => string,
  report: <T>(parsed: Parsed<T>) => T,
): StrikeRange {
  const covered = coveredCountries(rows);
  const chosen = report(parseCountries(attributes.country, covered, name));
  const codes = chosen.length ? chosen : covered;
  const { from, to, problems } = dateRange(rows, codes, attributes.from, attributes.to);
  for (const problem of problems) report({ value: undefined, problem });
  return { codes, from, to, firstYear: Number(from.slice(0, 4)), lastYear: Number(to.slice(0, 4)) };
}
