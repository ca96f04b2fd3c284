import { listTokens, type Parsed } from '../core/parse.js';
import { messages } from '../core/i18n.js';

const msg = messages({
  'harm.badCodes': 'Countries must be ISO alpha-3 codes such as "PAK YEM" or ["PAK", "YEM"]; {value} ignored, showing all covered countries. Use {options}.',
  'harm.noTbij': 'No TBIJ strike data for {listed}; ignored. Use {options}.',
  'harm.noTbijAll': 'No TBIJ strike data for {listed}; showing all covered countries. Use {options}.',
});

/**
 * ISO codes (a string such as "PAK YEM", or an array) limited to the countries
 * a TBIJ dataset covers; others are reported and dropped. Never throws.
 */
export function parseCountries(raw: unknown, covered: string[], name: (code: string) => string): Parsed<string[]> {
  const options = (): string => covered.map((c) => `${c} (${name(c)})`).join(', ');
  const { tokens, bad } = listTokens(raw);
  if (bad) return { value: [], problem: msg('harm.badCodes', { value: bad, options: options() }) };
  if (tokens.length === 1 && tokens[0]!.toLowerCase() === 'all') return { value: [] };
  const codes: string[] = [];
  const rejected: string[] = [];
  for (const token of tokens) {
    const code = token.toUpperCase();
    if (covered.includes(code)) {
      if (!codes.includes(code)) codes.push(code);
    } else {
      rejected.push(JSON.stringify(token.length > 20 ? `${token.slice(0, 20)}…` : token));
    }
  }
  if (!rejected.length) return { value: codes };
  return {
    value: codes,
    problem: msg(codes.length ? 'harm.noTbij' : 'harm.noTbijAll', { listed: rejected.slice(0, 5).join(', '), options: options() }),
  };
}
