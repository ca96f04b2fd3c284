// Amounts in the unit of their measure, through Intl. TIV is never written
// with a currency sign, so it cannot be read as dollars.
//
// Formatters (and plural rules) are built once per language and kind: a year
// change formats every recipient's figures, and building an Intl object costs
// far more than using one.
import { hasCatalogue, isRightToLeftUi, messages, uiLanguageOf } from '../core/i18n.js';

const msg = messages({
  'aid.tivS': '{amount} TIV m',
  'aid.tivL': '{amount} million TIV',
  // Two templates for dollars in sentences, so a language can say "1,2 milliard de dollars" but "950 dollars".
  'aid.usd': '${amount}',
  'aid.usdW': '${amount}',
  'aid.uTiv': 'TIV, millions',
  'aid.uUsdM': 'US$ millions',
  'aid.uUsd': 'US$',
  'aid.ord': { other: '#' },
});

type Kind = 'whole' | 'plain' | 'compact' | 'compact-usd' | 'long-usd' | 'millions' | 'percent';
const OPTIONS: Record<Kind, Intl.NumberFormatOptions> = {
  whole: { maximumFractionDigits: 0 },
  plain: {},
  compact: { notation: 'compact', maximumSignificantDigits: 3 },
  'compact-usd': { style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 },
  // Currency style would abbreviate ("$138.9B") even with compactDisplay long; the dollar sign is put in front instead.
  'long-usd': { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 },
  millions: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  percent: { style: 'percent', maximumFractionDigits: 0 },
};
const formatters = new Map<string, Intl.NumberFormat>();
function format(lang: string, kind: Kind, value: number): string {
  const key = `${lang}|${kind}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(lang, OPTIONS[kind])));
  return f.format(value);
}

// One convention for dollars on every chart: "US$" names the unit where a
// header or axis title does, marks and ticks read "$1.3B", and sentences
// (tooltips, summaries) "$138.9 billion". Tables keep full figures in the
// unit their header names (US$ millions).

/** Whether the chart's words are in a right-to-left language (its catalogue is here): its plots isolate their text. */
export function rightToLeftWords(lang: string): boolean {
  const ui = uiLanguageOf(lang);
  return !!ui && isRightToLeftUi(ui) && hasCatalogue(ui);
}

/**
 * Short form for bar labels and ticks: "$1.3B", "2,345 TIV m"; without the
 * TIV unit ("2,345") where a column head or legend title names it. Right to
 * left, dollars are the number alone ("1.3 مليار"): the head or title names
 * the unit, and Intl's "US$" after an Arabic number reads as "$US", a range
 * of two of them out of order.
 */
export function formatShort(unit: 'tiv' | 'usd', value: number, lang: string, withUnit = true): string {
  if (unit === 'tiv') {
    const amount = format(lang, 'whole', value);
    return withUnit ? msg('aid.tivS', { amount }, lang) : amount;
  }
  return format(lang, rightToLeftWords(lang) ? 'compact' : 'compact-usd', value);
}

/** Tooltip and summary form: "1,389 million TIV", "$138.9 billion". */
export function formatLong(unit: 'tiv' | 'usd', value: number, lang: string): string {
  if (unit === 'tiv') return msg('aid.tivL', { amount: format(lang, 'whole', value) }, lang);
  // From a million up the compact form ends in a word ("million", "billion").
  return msg(Math.abs(value) >= 999_950 ? 'aid.usdW' : 'aid.usd', { amount: format(lang, 'long-usd', value) }, lang);
}

/** A plain decimal in the language's digits and separators ("0.5", "0,5"). */
export const formatNumber = (value: number, lang: string): string => format(lang, 'plain', value);

/** Millions with one decimal, for a table column whose header says "millions". */
export const formatMillions = (value: number, lang: string): string => format(lang, 'millions', value / 1e6);

/** Number only, for table cells under a header naming the unit. */
export function formatCell(unit: 'tiv' | 'usd', value: number, lang: string): string {
  return unit === 'tiv' ? format(lang, 'whole', value) : formatMillions(value, lang);
}

/** The unit of table cells, in their column header. */
export const cellUnit = (unit: 'tiv' | 'usd'): string => msg(unit === 'tiv' ? 'aid.uTiv' : 'aid.uUsdM');

/** The unit of a scale whose ticks or labels are `formatShort` (axis titles, legend and column heads). */
export const scaleUnit = (unit: 'tiv' | 'usd'): string => msg(unit === 'tiv' ? 'aid.uTiv' : 'aid.uUsd');

export function formatShare(share: number, lang: string): string {
  return format(lang, 'percent', share);
}

let ordinalRules: Intl.PluralRules | undefined;
const SUFFIXES: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };
const ordinals = new Map<number, string>();

/** "1st", "22nd", "113th" in English; the language's own form elsewhere ("1er", "3.º"). */
export function ordinal(rank: number, lang: string): string {
  if (uiLanguageOf(lang) !== 'en') return msg('aid.ord', { count: rank }, lang);
  let text = ordinals.get(rank);
  if (text === undefined) {
    ordinalRules ??= new Intl.PluralRules('en', { type: 'ordinal' });
    ordinals.set(rank, (text = `${rank}${SUFFIXES[ordinalRules.select(rank)] ?? 'th'}`));
  }
  return text;
}
