import { parseLang, type Parsed } from './parse.js';

/**
 * An element's language: `own` (its `locale` property), else the nearest `lang`
 * attribute (its own or an ancestor's), else English.
 */
export function elementLang(element: Element, own = ''): Parsed<string> {
  const inherited = element.closest('[lang]')?.getAttribute('lang') || 'en';
  return parseLang(own || inherited, 'en');
}

const displayNamesByLang = new Map<string, Intl.DisplayNames | undefined>();

/** Languages whose country names ship with the data (the registry's English names). */
const SHIPPED_NAMES = /^en(-|$)/i;

/**
 * One Intl.DisplayNames per language for the page; none for English, whose
 * names ship with the data. The first one costs 35–80 ms on a phone-class CPU
 * (ICU start-up), so the embed creates it while a chart's code and data
 * download (see elements.ts), not when the chart first draws.
 */
export function displayNames(lang: string): Intl.DisplayNames | undefined {
  if (SHIPPED_NAMES.test(lang)) return undefined;
  if (!displayNamesByLang.has(lang)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      names = undefined;
    }
    displayNamesByLang.set(lang, names);
  }
  return displayNamesByLang.get(lang);
}
