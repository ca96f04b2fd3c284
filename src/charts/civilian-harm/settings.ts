import { parseYear, type Parsed } from '../../core/parse.js';
import { parseCountries } from '../../harm/countries.js';
import { messages } from '../../core/i18n.js';
import { cellsFor, yearSpan, type Measure } from './annual.js';
import type { HarmData } from './data.js';
import type { AnnualTableInput } from './tables.js';

const msg = messages({ 'civcas.swap': '"from" ({from}) is after "to" ({to}); showing {to}–{from}.' });

/** What the annual view reads beside the data: its attributes as set, the resolved measure and context, and the wording. */
export interface AnnualChoices {
  countries: unknown;
  from: unknown;
  to: unknown;
  measure: Measure;
  withUcdp: boolean;
  /** The chart's default heading, for accessible names. */
  label: string;
  name: (code: string) => string;
  lang: string;
}

/**
 * The annual view's settings and data: the countries asked for (else every
 * country TBIJ covers), the years (swapped, with a message, when `from` is
 * after `to`) and one row of cells per country. Each problem goes to `report`,
 * in the order the element shows them.
 */
export function annualSettings(data: HarmData, choices: AnnualChoices, report: <T>(parsed: Parsed<T>) => T): AnnualTableInput {
  const { yearly, ucdp } = data;
  const covered = Object.keys(yearly.countries);
  const chosen = report(parseCountries(choices.countries, covered, choices.name));
  const codes = chosen.length ? chosen : covered;
  const span = yearSpan(yearly);
  let from = report(parseYear(choices.from, span.first, span.last, span.first));
  let to = report(parseYear(choices.to, span.first, span.last, span.last));
  if (from > to) {
    report({ value: undefined, problem: msg('civcas.swap', { from, to }) });
    [from, to] = [to, from];
  }
  const context = choices.withUcdp ? ucdp : undefined;
  return {
    series: codes.map((code) => cellsFor(yearly, code, from, to, choices.measure, context)),
    codes,
    measure: choices.measure,
    from,
    to,
    withContext: !!context,
    label: choices.label,
    name: choices.name,
    lang: choices.lang,
    years: yearly.years,
  };
}
