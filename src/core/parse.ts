// Attribute and property parsers. Each takes whatever a page or framework set
// (an attribute string, or a property's natural JS value: number, boolean,
// array; or anything else) and returns the value to use plus, for bad input, a
// short reader-facing message; the element shows the message and keeps
// working. None of them throws. Messages are in the language of the update
// in progress (core/i18n.ts); attribute names and values stay as typed.
import { messages } from './i18n.js';

const msg = messages({
  'parse.listOfNonText': 'a list of non-text values',
  'parse.anObject': 'an object',
  'parse.aKind': 'a {kind}',
  'parse.unknownChoice': 'Unknown {what} {value}; showing "{fallback}". Use {allowed}.',
  'parse.notAYear': 'Year {value} is not a year; showing {fallback}.',
  'parse.beforeFirst': 'No data before {min}; showing {min} instead of {year}.',
  'parse.afterLast': 'No data after {max}; showing {max} instead of {year}.',
  'parse.codesNotText': 'Country codes must be ISO 3166 alpha-3 codes such as "USA HUN" or ["USA", "HUN"]; {value} ignored.',
  'parse.andMore': '{listed} and {count} more',
  'parse.unknownCodes': {
    one: 'Unknown country code {listed} ignored; use ISO 3166 alpha-3 codes such as USA.',
    other: 'Unknown country codes {listed} ignored; use ISO 3166 alpha-3 codes such as USA.',
  },
  'parse.unknownSwitch': 'Unknown {what} setting {value}; use "true" or "false".',
  'parse.unknownLanguage': 'Unknown language {value}; showing {fallback}.',
});

export interface Parsed<T> {
  value: T;
  problem?: string;
}

/** A value's text when it has a natural one (string, finite number, boolean, array of those), else undefined. */
export function textOf(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'boolean') return String(raw);
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item)))) {
    return raw.join(' ');
  }
  return undefined;
}

/** How a bad value is named in a message: its text, cut short, or its kind. */
export function describeValue(raw: unknown): string {
  const text = textOf(raw);
  if (text !== undefined) return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  if (Array.isArray(raw)) return msg('parse.listOfNonText');
  if (typeof raw === 'number') return String(raw);
  return typeof raw === 'object' ? msg('parse.anObject') : msg('parse.aKind', { kind: typeof raw });
}

const isUnset = (raw: unknown): boolean => raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');

export function parseChoice<T extends string>(raw: unknown, allowed: readonly T[], fallback: T, what: string): Parsed<T> {
  if (isUnset(raw)) return { value: fallback };
  const value = textOf(raw)?.trim().toLowerCase() as T | undefined;
  if (value !== undefined && allowed.includes(value)) return { value };
  return {
    value: fallback,
    problem: msg('parse.unknownChoice', { what, value: describeValue(raw), fallback, allowed: allowed.join(', ') }),
  };
}

/** A year inside [min, max]; out-of-range years are clamped, garbage falls back. */
export function parseYear(raw: unknown, min: number, max: number, fallback: number): Parsed<number> {
  if (isUnset(raw)) return { value: fallback };
  const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
  if (!/^-?\d{1,6}$/.test(text)) {
    return { value: fallback, problem: msg('parse.notAYear', { value: describeValue(raw), fallback }) };
  }
  const year = Number(text);
  if (year < min) return { value: min, problem: msg('parse.beforeFirst', { min, year }) };
  if (year > max) return { value: max, problem: msg('parse.afterLast', { max, year }) };
  return { value: year };
}

/**
 * The tokens of a list: a string separated by spaces, commas or semicolons, or
 * an array of strings. `bad` is set for any other value.
 */
export function listTokens(raw: unknown): { tokens: string[]; bad?: string } {
  if (raw === null || raw === undefined || raw === '') return { tokens: [] };
  const text = Array.isArray(raw) ? (raw.every((item) => typeof item === 'string') ? raw.join(' ') : undefined) : typeof raw === 'string' ? raw : undefined;
  if (text === undefined) return { tokens: [], bad: describeValue(raw) };
  return { tokens: text.split(/[\s,;]+/).filter(Boolean) };
}

/** Up to five items, comma-separated, then how many more ("A, B, C, D, E and 3 more"). */
export function listSome(items: readonly string[], most = 5): string {
  if (items.length <= most) return items.join(', ');
  return msg('parse.andMore', { listed: items.slice(0, most).join(', '), count: items.length - most });
}

/** A list of ISO alpha-3 codes (string or array); unknown codes are dropped. */
export function parseCodes(raw: unknown, known: (code: string) => boolean): Parsed<string[]> {
  const { tokens, bad } = listTokens(raw);
  if (bad) return { value: [], problem: msg('parse.codesNotText', { value: bad }) };
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    const code = token.toUpperCase();
    if (/^[A-Z]{3}$/.test(code) && known(code)) {
      if (!codes.includes(code)) codes.push(code);
    } else {
      unknown.push(token);
    }
  }
  if (!unknown.length) return { value: codes };
  return { value: codes, problem: msg('parse.unknownCodes', { count: unknown.length, listed: listSome(unknown.map(describeValue)) }) };
}

/** A boolean switch: `unset` (on by default, so the plain tag shows its controls) unless set; true for the bare attribute, "true", "on", "yes"; false for "false", "off", "no", "none"; garbage keeps `unset` and is reported. */
export function parseSwitch(raw: unknown, what: string, unset = true): Parsed<boolean> {
  if (raw === null || raw === undefined) return { value: unset };
  if (typeof raw === 'boolean') return { value: raw };
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
  if (text !== undefined && ['', 'true', 'on', 'yes', what].includes(text)) return { value: true };
  if (text !== undefined && ['false', 'off', 'no', 'none'].includes(text)) return { value: false };
  return { value: unset, problem: msg('parse.unknownSwitch', { what, value: describeValue(raw) }) };
}

/** Canonical forms of language tags already read (null: not a tag Intl accepts); every update reads one. */
const canonicalTags = new Map<string, string | undefined | null>();

function canonicalTag(tag: string): string | undefined | null {
  if (canonicalTags.has(tag)) return canonicalTags.get(tag);
  let canonical: string | undefined | null;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    canonical = null;
  }
  if (canonicalTags.size < 64) canonicalTags.set(tag, canonical);
  return canonical;
}

/** A BCP 47 language tag that Intl accepts, else the fallback. */
export function parseLang(raw: unknown, fallback: string): Parsed<string> {
  if (isUnset(raw)) return { value: fallback };
  if (typeof raw !== 'string') return { value: fallback, problem: msg('parse.unknownLanguage', { value: describeValue(raw), fallback }) };
  const canonical = canonicalTag(raw.trim());
  if (canonical === null) return { value: fallback, problem: msg('parse.unknownLanguage', { value: describeValue(raw), fallback }) };
  return { value: canonical ?? fallback };
}
