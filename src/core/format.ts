// Number formatting through Intl, cached per language because formatters are
// costly to build and every year change formats ~180 values.
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${kind}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    cache.set(key, format);
  }
  return format;
}

/** An index on a 0–1 scale, to the source's three decimals. */
export function formatIndex(value: number, lang: string): string {
  return formatter(lang, 'index', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
}

/** A signed change, so a decline reads as "−0.201" and an advance as "+0.045". */
export function formatChange(value: number, lang: string): string {
  return formatter(lang, 'change', { minimumFractionDigits: 3, maximumFractionDigits: 3, signDisplay: 'exceptZero' }).format(value);
}

export function formatCount(value: number, lang: string): string {
  return formatter(lang, 'count', { maximumFractionDigits: 0 }).format(value);
}
