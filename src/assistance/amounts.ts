// Amounts in the unit of their measure, through Intl. TIV is never written
// with a currency sign, so it cannot be read as dollars.
const cache = new Map<string, Intl.NumberFormat>();
function format(lang: string, options: Intl.NumberFormatOptions, value: number): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(lang, options)));
  return f.format(value);
}

/** Short form for bar labels: "$1.3B", "2,345 TIV m". */
export function formatShort(unit: 'tiv' | 'usd', value: number, lang: string): string {
  if (unit === 'tiv') return `${format(lang, { maximumFractionDigits: 0 }, value)} TIV m`;
  return format(lang, { style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 }, value);
}

/** Table and tooltip form: TIV millions, or US$ millions with one decimal. */
export function formatLong(unit: 'tiv' | 'usd', value: number, lang: string): string {
  if (unit === 'tiv') return `${format(lang, { maximumFractionDigits: 0 }, value)} million TIV`;
  return `US$${format(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }, value / 1e6)} million`;
}

/** Number only, for table cells under a header naming the unit. */
export function formatCell(unit: 'tiv' | 'usd', value: number, lang: string): string {
  return unit === 'tiv'
    ? format(lang, { maximumFractionDigits: 0 }, value)
    : format(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }, value / 1e6);
}

export const cellUnit = (unit: 'tiv' | 'usd'): string => (unit === 'tiv' ? 'TIV, millions' : 'US$ millions');

export function formatShare(share: number, lang: string): string {
  return format(lang, { style: 'percent', maximumFractionDigits: 0 }, share);
}

export function ordinal(rank: number, lang: string): string {
  if (!lang.startsWith('en')) return `#${rank}`;
  const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(rank);
  return `${rank}${{ one: 'st', two: 'nd', few: 'rd' }[rule as 'one'] ?? 'th'}`;
}
