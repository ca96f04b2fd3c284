import type { Parsed } from '../core/parse.js';

/** ISO codes limited to the countries a dataset covers; others are reported and dropped. */
export function parseCountries(
  raw: string | null | undefined,
  covered: string[],
  name: (code: string) => string,
): Parsed<string[]> {
  if (!raw || !raw.trim() || raw.trim().toLowerCase() === 'all') return { value: [] };
  const codes: string[] = [];
  const rejected: string[] = [];
  for (const token of raw.split(/[\s,;]+/).filter(Boolean)) {
    const code = token.toUpperCase();
    if (covered.includes(code)) {
      if (!codes.includes(code)) codes.push(code);
    } else {
      rejected.push(JSON.stringify(token.length > 20 ? `${token.slice(0, 20)}…` : token));
    }
  }
  if (!rejected.length) return { value: codes };
  const options = covered.map((c) => `${c} (${name(c)})`).join(', ');
  return {
    value: codes,
    problem: `No TBIJ strike data for ${rejected.slice(0, 5).join(', ')}; ${codes.length ? 'ignored' : 'showing all covered countries'}. Use ${options}.`,
  };
}
