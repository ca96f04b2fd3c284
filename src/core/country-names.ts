import type { CountryRegistry } from '../data/countries.js';
import { displayNames } from './lang.js';

/**
 * Country names in the reader's language from Intl.DisplayNames, falling back to
 * the registry's English name (V-Dem units such as Somaliland have no ISO code).
 */
export class CountryNames {
  private readonly display: Intl.DisplayNames | undefined;
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly registry: CountryRegistry,
    lang: string,
  ) {
    this.display = displayNames(lang);
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
