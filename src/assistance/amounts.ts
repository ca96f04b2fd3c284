// Amounts in the unit of their measure, through Intl. TIV is never written
// with a currency sign, so it cannot be read as dollars.
//
// Formatters (and plural rules) are built once per language and kind: a year
// change formats every recipient's figures, and building an Intl object costs
// far more than using one.
type Kind = 'whole' | 'compact-usd' | 'long-usd' | 'millions' | 'percent';
const OPTIONS: Record<Kind, Intl.NumberFormatOptions> = {
  whole: { maximumFractionDigits: 0 },
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

/** Short form for bar labels and ticks: "$1.3B", "2,345 TIV m". */
export function formatShort(unit: 'tiv' | 'usd', value: number, lang: string): string {
  if (unit === 'tiv') return `${format(lang, 'whole', value)} TIV m`;
  return format(lang, 'compact-usd', value);
}

/** Tooltip and summary form: "1,389 million TIV", "$138.9 billion". */
export function formatLong(unit: 'tiv' | 'usd', value: number, lang: string): string {
  return unit === 'tiv' ? `${format(lang, 'whole', value)} million TIV` : `$${format(lang, 'long-usd', value)}`;
}

/** Millions with one decimal, for a table column whose header says "millions". */
export const formatMillions = (value: number, lang: string): string => format(lang, 'millions', value / 1e6);

/** Number only, for table cells under a header naming the unit. */
export function formatCell(unit: 'tiv' | 'usd', value: number, lang: string): string {
  return unit === 'tiv' ? format(lang, 'whole', value) : formatMillions(value, lang);
}

/** The unit of table cells, in their column header. */
export const cellUnit = (unit: 'tiv' | 'usd'): string => (unit === 'tiv' ? 'TIV, millions' : 'US$ millions');

/** The unit of a scale whose ticks or labels are `formatShort` (axis titles, legend and column heads). */
export const scaleUnit = (unit: 'tiv' | 'usd'): string => (unit === 'tiv' ? 'TIV, millions' : 'US$');

export function formatShare(share: number, lang: string): string {
  return format(lang, 'percent', share);
}

let ordinalRules: Intl.PluralRules | undefined;
const SUFFIXES: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };
const ordinals = new Map<number, string>();

/** "1st", "22nd", "113th" in English; "#3" in other languages. */
export function ordinal(rank: number, lang: string): string {
  if (!lang.startsWith('en')) return `#${rank}`;
  let text = ordinals.get(rank);
  if (text === undefined) {
    ordinalRules ??= new Intl.PluralRules('en', { type: 'ordinal' });
    ordinals.set(rank, (text = `${rank}${SUFFIXES[ordinalRules.select(rank)] ?? 'th'}`));
  }
  return text;
}
