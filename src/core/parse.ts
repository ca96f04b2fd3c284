// Attribute parsers. Each returns the value to use plus, for bad input, a short
// reader-facing message; the element shows the message and keeps working.

export interface Parsed<T> {
  value: T;
  problem?: string;
}

const quote = (raw: string): string => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

export function parseChoice<T extends string>(
  raw: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
  what: string,
): Parsed<T> {
  if (raw === null || raw === undefined || raw.trim() === '') return { value: fallback };
  const value = raw.trim().toLowerCase() as T;
  if (allowed.includes(value)) return { value };
  return {
    value: fallback,
    problem: `Unknown ${what} ${quote(raw)}; showing "${fallback}". Use ${allowed.join(', ')}.`,
  };
}

/** A year inside [min, max]; out-of-range years are clamped, garbage falls back. */
export function parseYear(
  raw: string | number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): Parsed<number> {
  if (raw === null || raw === undefined || String(raw).trim() === '') return { value: fallback };
  const text = String(raw).trim();
  if (!/^-?\d{1,6}$/.test(text)) {
    return { value: fallback, problem: `Year ${quote(text)} is not a year; showing ${fallback}.` };
  }
  const year = Number(text);
  if (year < min) return { value: min, problem: `No data before ${min}; showing ${min} instead of ${year}.` };
  if (year > max) return { value: max, problem: `No data after ${max}; showing ${max} instead of ${year}.` };
  return { value: year };
}

/** A whitespace- or comma-separated list of ISO alpha-3 codes; unknown codes are dropped. */
export function parseCodes(raw: string | null | undefined, known: (code: string) => boolean): Parsed<string[]> {
  if (!raw) return { value: [] };
  const tokens = raw.split(/[\s,;]+/).filter(Boolean);
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
  const listed = unknown.slice(0, 5).map(quote).join(', ') + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : '');
  return {
    value: codes,
    problem: `Unknown country code${unknown.length > 1 ? 's' : ''} ${listed} ignored; use ISO 3166 alpha-3 codes such as USA.`,
  };
}

/** On unless explicitly switched off, so the plain tag shows its controls. */
export function parseSwitch(raw: string | null | undefined, what: string): Parsed<boolean> {
  if (raw === null || raw === undefined) return { value: true };
  const text = raw.trim().toLowerCase();
  if (['', 'true', 'on', 'yes', what].includes(text)) return { value: true };
  if (['false', 'off', 'no', 'none'].includes(text)) return { value: false };
  return { value: true, problem: `Unknown ${what} setting ${quote(raw)}; use "true" or "false".` };
}

/** A BCP 47 language tag that Intl accepts, else the fallback. */
export function parseLang(raw: string | null | undefined, fallback: string): Parsed<string> {
  if (!raw || !raw.trim()) return { value: fallback };
  try {
    const [canonical] = Intl.getCanonicalLocales(raw.trim());
    return { value: canonical ?? fallback };
  } catch {
    return { value: fallback, problem: `Unknown language ${quote(raw)}; showing ${fallback}.` };
  }
}
