// Shared by the charts' language tests (#16): the shipped catalogues on the
// page before any chart asks (so pure wording functions can be called in a
// language), a shadow-root text reader, and the check of one area's keys.
import { expect } from '@open-wc/testing';
import { addMessages, ENGLISH, type Messages } from '../../src/core/i18n.js';
import { catalogueProblems } from '../i18n/catalogue-check.js';
import { CATALOGUES } from './catalogues.js';
import { $ } from './dom.js';

export const SHIPPED = CATALOGUES as Record<'fr' | 'es' | 'ar', Messages>;

/** Puts the shipped French, Spanish and Arabic catalogues on the page now. */
export function useCatalogues(): void {
  for (const lang of ['fr', 'es', 'ar'] as const) addMessages(lang, SHIPPED[lang]);
}

/** The text of the first match in the element's shadow root, whitespace collapsed. */
export const textIn = (el: Element, selector: string): string => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every key of one area (by prefix) is in the three catalogues, with its placeholders and plural forms; the area has at least `atLeast` keys. */
export function expectAreaCatalogued(area: RegExp, atLeast: number): void {
  const own = Object.fromEntries(Object.entries(ENGLISH).filter(([key]) => area.test(key)));
  expect(Object.keys(own).length).to.be.above(atLeast);
  for (const lang of ['fr', 'es', 'ar'] as const) expect(catalogueProblems(lang, own, SHIPPED[lang], false), lang).to.deep.equal([]);
}
