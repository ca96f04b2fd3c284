// Which countries the chart draws: the `countries` setting, the default set,
// and linking (the elements it follows, and the countries after one of them
// selected or deselected a country). Pure apart from the lookup of ids on the page.
import { describeValue, listTokens, parseCodes, type Parsed } from '../../core/parse.js';

/** Shown when `countries` is empty or lists no usable code: the countries Democracy Reports keep returning to. */
export const DEFAULT_COUNTRIES = ['USA', 'HUN', 'IND', 'TUR'];

/** The note for an empty `countries`, said before data arrives so it does not push the page down later. */
export function emptyCountriesNote(raw: unknown): string | undefined {
  const { tokens, bad } = listTokens(raw);
  return tokens.length || bad ? undefined : `No countries chosen; showing ${DEFAULT_COUNTRIES.join(', ')}. Set countries="…" (ISO codes) to choose.`;
}

/** The codes to draw: those of `raw` the data has, else the default set (with a note unless `raw` was empty). */
export function parseCountries(raw: unknown, has: (code: string) => boolean, name: (code: string) => string): Parsed<string[]> {
  const parsed = parseCodes(raw, has);
  if (parsed.value.length) return parsed;
  const codes = DEFAULT_COUNTRIES.filter(has);
  if (emptyCountriesNote(raw)) return { value: codes };
  const note = `No usable country codes; showing ${codes.map(name).join(', ')}.`;
  return { value: codes, problem: parsed.problem ? `${parsed.problem} ${note}` : note };
}

/**
 * Ids to follow; a problem for a value that is not a list, or (given `root`)
 * an id no element on the page has. Charts look ids up once their data has
 * arrived, so elements placed after them in the page exist by then.
 */
export function parseFollow(raw: unknown, root?: Node): Parsed<string[]> {
  const { tokens, bad } = listTokens(raw);
  if (bad) return { value: [], problem: `follow must list element ids; ${bad} ignored.` };
  if (!root) return { value: tokens };
  const scope = root as Partial<Document>;
  const missing = tokens.filter((id) => !(scope.getElementById?.(id) ?? document.getElementById(id)));
  if (!missing.length) return { value: tokens };
  return { value: tokens, problem: `No element with id ${missing.map(describeValue).join(', ')} to follow on this page.` };
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
