// Which countries the chart draws: the `countries` setting, the default set,
// and linking (the elements it follows, and the countries after one of them
// selected or deselected a country). Pure apart from the lookup of ids on the page.
import { describeValue, listTokens, parseCodes, type Parsed } from '../../core/parse.js';
import { messages } from '../../core/i18n.js';
import { inRow } from '../../democracy/trend-data.js';

const msg = messages({
  'trend.noCountries': 'No countries chosen; showing {codes}. Set countries="…" (ISO codes) to choose.',
  'trend.noUsable': 'No usable country codes; showing {names}.',
  'trend.followBad': 'follow must list element ids; {value} ignored.',
  'trend.followMissing': { one: 'No element with id {ids} to follow on this page.', other: 'No element with id {ids} to follow on this page.' },
});

/** Shown when `countries` is empty or lists no usable code: the countries Democracy Reports keep returning to. */
export const DEFAULT_COUNTRIES = ['USA', 'HUN', 'IND', 'TUR'];

/** The note for an empty `countries`, said before data arrives so it does not push the page down later. */
export function emptyCountriesNote(raw: unknown): string | undefined {
  const { tokens, bad } = listTokens(raw);
  return tokens.length || bad ? undefined : msg('trend.noCountries', { codes: inRow(DEFAULT_COUNTRIES) });
}

/** The codes to draw: those of `raw` the data has, else the default set (with a note unless `raw` was empty). */
export function parseCountries(raw: unknown, has: (code: string) => boolean, name: (code: string) => string): Parsed<string[]> {
  const parsed = parseCodes(raw, has);
  if (parsed.value.length) return parsed;
  const codes = DEFAULT_COUNTRIES.filter(has);
  if (emptyCountriesNote(raw)) return { value: codes };
  const note = msg('trend.noUsable', { names: inRow(codes.map(name)) });
  return { value: codes, problem: parsed.problem ? `${parsed.problem} ${note}` : note };
}

/**
 * Ids to follow; a problem for a value that is not a list, or (given `root`)
 * an id no element on the page has. Charts look ids up once their data has
 * arrived, so elements placed after them in the page exist by then.
 */
export function parseFollow(raw: unknown, root?: Node): Parsed<string[]> {
  const { tokens, bad } = listTokens(raw);
  if (bad) return { value: [], problem: msg('trend.followBad', { value: bad }) };
  if (!root) return { value: tokens };
  const scope = root as Partial<Document>;
  const missing = tokens.filter((id) => !(scope.getElementById?.(id) ?? document.getElementById(id)));
  if (!missing.length) return { value: tokens };
  return { value: tokens, problem: msg('trend.followMissing', { count: missing.length, ids: inRow(missing.map(describeValue)) }) };
}

/**
 * The countries after `code` was selected (added) or deselected (removed);
 * undefined when nothing changes. `requested` is what the `countries`
 * attribute lists, `shown` the codes drawn (the default set when it lists none).
 */
export function nextCountries(requested: string[], shown: string[], code: string, selected: boolean): string[] | undefined {
  const base = requested.length ? requested : [...shown];
  const next = selected ? (base.includes(code) ? base : [...base, code]) : base.filter((c) => c !== code);
  return next.join(' ') === base.join(' ') && requested.length ? undefined : next;
}
