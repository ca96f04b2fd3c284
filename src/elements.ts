import { displayNames, elementLang } from './core/lang.js';
import { preloadCatalogue } from './core/i18n.js';
import { editionForMetric } from './democracy/editions.js';

/**
 * Each element file's content hash in the embed build, filled in by
 * scripts/build-embed.mjs (undefined in source, tests and bundler apps). The
 * file is rights-atlas-<element>-<hash>.js beside the entry; the build also
 * drops the bundled import() below from the entry, so the entry names each
 * file once and bundles none.
 */
const EMBED_HASHES: Record<string, string> | undefined = /* embed-hashes */ undefined;

/**
 * An element's code: its file in the embed build (after a failed download, the
 * same file under a fresh URL, because a module that failed once stays failed
 * under its URL until the page reloads), else the bundled import.
 */
function elementCode(tag: string, attempt: number, bundled?: () => Promise<unknown>): Promise<unknown> {
  const hash = EMBED_HASHES?.[tag];
  if (!hash) return bundled ? bundled() : Promise.reject(new Error(`${tag}: no code for this element`));
  const url = new URL(`rights-atlas-${tag.replace(/^rights-/, '')}-${hash}.js`, import.meta.url).href;
  return import(/* @vite-ignore */ attempt ? `${url}?attempt=${attempt}` : url);
}

/**
 * Waits for `loading` and the catalogue of the element's language (fetched
 * beside its code, so the first render has its words), after starting its
 * country names.
 */
function withNamesWarm(element: Element, loading: Promise<unknown>[]): Promise<unknown> {
  const lang = elementLang(element).value;
  const words = preloadCatalogue(lang);
  displayNames(lang);
  return Promise.all([...loading, words]);
}

/** Waits for `loading` and the catalogue of the element's language. */
function withCatalogue(element: Element, loading: Promise<unknown>): Promise<unknown> {
  return Promise.all([loading, preloadCatalogue(elementLang(element).value)]);
}

/**
 * Every element of the embed, by tag, each loaded as its own file the first
 * time the page uses the tag; `attempt` counts earlier failed tries.
 */
export const ELEMENT_LOADERS: Record<string, (element: Element, attempt: number) => Promise<unknown>> = {
  // Charts that name countries start the names' ICU start-up while their code
  // downloads. The map's data also starts downloading with its code rather
  // than after it: geometry and names always, and the edition its metric needs.
  'rights-democracy-map': (element, attempt = 0) =>
    withNamesWarm(element, [
      elementCode('rights-democracy-map', attempt, () => import('./charts/democracy-map/index.js')),
      import('../data/world-110m-equal-earth.json'),
      import('../data/countries.json'),
      editionForMetric(element.getAttribute('metric')) === 'v14' ? import('../data/vdem-v14.json') : import('../data/vdem-v15.json'),
    ]),
  'rights-regime-share': (element, attempt = 0) =>
    withCatalogue(element, elementCode('rights-regime-share', attempt, () => import('./charts/regime-share/index.js'))),
  'rights-democracy-trend': (element, attempt = 0) =>
    withNamesWarm(element, [elementCode('rights-democracy-trend', attempt, () => import('./charts/democracy-trend/index.js'))]),
  'rights-democracy-change': (element, attempt = 0) =>
    withNamesWarm(element, [elementCode('rights-democracy-change', attempt, () => import('./charts/democracy-change/index.js'))]),
  'rights-timeline': (element, attempt = 0) => withCatalogue(element, elementCode('rights-timeline', attempt, () => import('./charts/timeline/index.js'))),
  'rights-civilian-harm': (element, attempt = 0) =>
    withNamesWarm(element, [elementCode('rights-civilian-harm', attempt, () => import('./charts/civilian-harm/index.js'))]),
  'rights-strike-map': (element, attempt = 0) =>
    withNamesWarm(element, [elementCode('rights-strike-map', attempt, () => import('./charts/strike-map/index.js'))]),
  'rights-assistance-ranking': (element, attempt = 0) =>
    withNamesWarm(element, [elementCode('rights-assistance-ranking', attempt, () => import('./charts/assistance-ranking/index.js'))]),
  'rights-assistance-map': (element, attempt = 0) =>
    withNamesWarm(element, [elementCode('rights-assistance-map', attempt, () => import('./charts/assistance-map/index.js'))]),
  'rights-assistance-vs-democracy': (element, attempt = 0) =>
    withNamesWarm(element, [elementCode('rights-assistance-vs-democracy', attempt, () => import('./charts/assistance-vs-democracy/index.js'))]),
  'rights-guantanamo': (element, attempt = 0) => withCatalogue(element, elementCode('rights-guantanamo', attempt, () => import('./charts/guantanamo/index.js'))),
  'rights-refugee-admissions': (element, attempt = 0) =>
    withCatalogue(element, elementCode('rights-refugee-admissions', attempt, () => import('./charts/refugee-admissions/index.js'))),
  'rights-surveillance-exports': (element, attempt = 0) =>
    withNamesWarm(element, [elementCode('rights-surveillance-exports', attempt, () => import('./charts/surveillance-exports/index.js'))]),
  'rights-sanctions': (element, attempt = 0) => withCatalogue(element, elementCode('rights-sanctions', attempt, () => import('./charts/sanctions/index.js'))),
  'rights-corruption': (element, attempt = 0) => withNamesWarm(element, [elementCode('rights-corruption', attempt, () => import('./charts/corruption/index.js'))]),
  'rights-hrc-membership': (element, attempt = 0) =>
    withNamesWarm(element, [elementCode('rights-hrc-membership', attempt, () => import('./charts/hrc-membership/index.js'))]),
  'rights-police-equipment': (element, attempt = 0) =>
    withCatalogue(element, elementCode('rights-police-equipment', attempt, () => import('./charts/police-equipment/index.js'))),
};
