// Attribute and property parsers. Each takes whatever a page or framework set
// (an attribute string, or a property's natural JS value: number, boolean,
// array; or anything else) and returns the value to use plus, for bad input, a
// short reader-facing message; the element shows the message and keeps
// working. None of them throws.

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
  if (Array.isArray(raw)) return 'a list of non-text values';
  if (typeof raw === 'number') return String(raw);
  return typeof raw === 'object' ? 'an object' : `a ${typeof raw}`;
}

const isUnset = (raw: unknown): boolean => raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');

export function parseChoice<T extends string>(raw: unknown, allowed: readonly T[], fallback: T, what: string): Parsed<T> {
  if (isUnset(raw)) return { value: fallback };
  const value = textOf(raw)?.trim().toLowerCase() as T | undefined;
  if (value !== undefined && allowed.includes(value)) return { value };
  return {
    value: fallback,
    problem: `Unknown ${what} ${describeValue(raw)}; showing "${fallback}". Use ${allowed.join(', ')}.`,
  };
}

/** A year inside [min, max]; out-of-range years are clamped, garbage falls back. */
export function parseYear(raw: unknown, min: number, max: number, fallback: number): Parsed<number> {
  if (isUnset(raw)) return { value: fallback };
  const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
  if (!/^-?\d{1,6}$/.test(text)) {
    return { value: fallback, problem: `Year ${describeValue(raw)} is not a year; showing ${fallback}.` };
  }
  const year = Number(text);
  if (year < min) return { value: min, problem: `No data before ${min}; showing ${min} instead of ${year}.` };
  if (year > max) return { value: max, problem: `No data after ${max}; showing ${max} instead of ${year}.` };
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

/** A list of ISO alpha-3 codes (string or array); unknown codes are dropped. */
export function parseCodes(raw: unknown, known: (code: string) => boolean): Parsed<string[]> {
  const { tokens, bad } = listTokens(raw);
  if (bad) return { value: [], problem: `Country codes must be ISO 3166 alpha-3 codes such as "USA HUN" or ["USA", "HUN"]; ${bad} ignored.` };
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
  const listed = unknown.slice(0, 5).map(describeValue).join(', ') + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : '');
  return {
    value: codes,
    problem: `Unknown country code${unknown.length > 1 ? 's' : ''} ${listed} ignored; use ISO 3166 alpha-3 codes such as USA.`,
  };
}

/** A boolean switch: `unset` (on by default, so the plain tag shows its controls) unless set; true for the bare attribute, "true", "on", "yes"; false for "false", "off", "no", "none"; garbage keeps `unset` and is reported. */
export function parseSwitch(raw: unknown, what: string, unset = true): Parsed<boolean> {
  if (raw === null || raw === undefined) return { value: unset };
  if (typeof raw === 'boolean') return { value: raw };
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
  if (text !== undefined && ['', 'true', 'on', 'yes', what].includes(text)) return { value: true };
  if (text !== undefined && ['false', 'off', 'no', 'none'].includes(text)) return { value: false };
  return { value: unset, problem: `Unknown ${what} setting ${describeValue(raw)}; use "true" or "false".` };
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
  if (typeof raw !== 'string') return { value: fallback, problem: `Unknown language ${describeValue(raw)}; showing ${fallback}.` };
  const canonical = canonicalTag(raw.trim());
  if (canonical === null) return { value: fallback, problem: `Unknown language ${describeValue(raw)}; showing ${fallback}.` };
  return { value: canonical ?? fallback };
}
