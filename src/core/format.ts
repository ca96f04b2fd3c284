// Number formatting through Intl, cached per language because formatters are
// costly to build and every year change formats ~180 values.
//
// The first Intl object on a page starts ICU: 15-20 ms of a chart's first
// render in the bench's Chromium, more on a phone. For English locales whose
// output is plain ASCII digits with a "." decimal point and "," between
// groups of three (PLAIN_ENGLISH), the same strings come from toFixed and
// commaGrouped; tests check them against Intl.
import { commaGrouped, PLAIN_ENGLISH as PLAIN } from './i18n.js';

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
  if (PLAIN.has(lang) && Math.abs(value) < 1000) return value.toFixed(3);
  return formatter(lang, 'index', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
}

/** The minus sign (U+2212) where Intl writes a hyphen-minus before a digit: typeset, and read as "minus". */
export const withMinusSign = (text: string): string => text.replace(/-(?=\d)/g, '\u2212');

/** A signed change, so a decline reads as "−0.201" and an advance as "+0.045". */
export function formatChange(value: number, lang: string): string {
  if (PLAIN.has(lang) && Math.abs(value) < 1000) {
    // signDisplay "exceptZero": no sign for values that round to zero.
    const text = Math.abs(value).toFixed(3);
    return text === '0.000' ? text : `${value < 0 ? '\u2212' : '+'}${text}`;
  }
  return withMinusSign(formatter(lang, 'change', { minimumFractionDigits: 3, maximumFractionDigits: 3, signDisplay: 'exceptZero' }).format(value));
}

export function formatCount(value: number, lang: string): string {
  if (PLAIN.has(lang) && Number.isSafeInteger(value)) return commaGrouped(value);
  return formatter(lang, 'count', { maximumFractionDigits: 0 }).format(value);
}
