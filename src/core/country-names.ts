import type { CountryRegistry } from '../data/countries.js';
import { displayNames } from './lang.js';

type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };

/** Whether `lang` is written right to left (Arabic, Hebrew, Persian, Urdu, …). */
export function isRightToLeft(lang: string): boolean {
  try {
    const locale = new Intl.Locale(lang) as LocaleWithTextInfo;
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    if (direction) return direction === 'rtl';
  } catch {
    // An invalid tag: the pattern below decides.
  }
  return /^(ar|he|iw|fa|ur|ps|dv|yi|ckb|sd|ug|syr)(-|$)/i.test(lang);
}

/**
 * Country names in the reader's language: in English the registry's names (the
 * common forms readers know, shipped with the data, so no ICU start-up), in
 * other languages Intl.DisplayNames, falling back to the registry's English
 * name (V-Dem units such as Somaliland have no ISO code).
 *
 * Names in a right-to-left script are isolated (U+2068 … U+2069): a name
 * sits in sentences of either direction (an Arabic chart's, or an English
 * one on a page whose names are Arabic), and without it the numbers after an
 * Arabic name take its direction ("Afghanistan 2015–2018" would read "2018–2015").
 */
export class CountryNames {
  private readonly display: Intl.DisplayNames | undefined;
  private readonly cache = new Map<string, string>();
  private readonly isolate: boolean;

  constructor(
    private readonly registry: CountryRegistry,
    lang: string,
  ) {
    this.display = displayNames(lang);
    this.isolate = isRightToLeft(lang);
  }

  has(code: string): boolean {
    return code in this.registry.countries;
  }

  name(code: string): string {
    let name = this.cache.get(code);
    if (name === undefined) {
      const entry = this.registry.countries[code];
      const alpha2 = entry?.[0];
      name = (alpha2 && this.display?.of(alpha2)) || entry?.[2] || code;
      if (this.isolate) name = `\u2068${name}\u2069`;
      this.cache.set(code, name);
    }
    return name;
  }

  region(code: string): string | undefined {
    const number = this.registry.countries[code]?.[3];
    return number === null || number === undefined ? undefined : this.registry.regions[String(number)];
  }
}

const namesByRegistry = new WeakMap<CountryRegistry, Map<string, CountryNames>>();

/** One `CountryNames` per registry and language for the whole page, so charts share names and their cache. */
export function countryNames(registry: CountryRegistry, lang: string): CountryNames {
  let byLang = namesByRegistry.get(registry);
  if (!byLang) namesByRegistry.set(registry, (byLang = new Map()));
  let names = byLang.get(lang);
  if (!names) byLang.set(lang, (names = new CountryNames(registry, lang)));
  return names;
}
