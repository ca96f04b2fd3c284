import { displayNames, elementLang } from './core/lang.js';
import { preloadCatalogue } from './core/i18n.js';
import { editionForMetric } from './democracy/editions.js';
import { BUNDLED } from './element-code.js';

/**
 * Each element file's content hash in the embed build, by name, filled in by
 * scripts/build-embed.mjs (undefined in source, tests and bundler apps). The
 * file is rights-atlas-<name>-<hash>.js beside the entry.
 */
const EMBED_HASHES: Record<string, string> | undefined = /* embed-hashes */ undefined;

/**
 * An element's code: its file in the embed build (after a failed download, the
 * same file under a fresh URL, because a module that failed once stays failed
 * under its URL until the page reloads), else the bundled import.
 */
function elementCode(name: string, attempt: number): Promise<unknown> {
  const hash = EMBED_HASHES?.[name];
  if (!hash) return BUNDLED?.[name]?.() ?? Promise.reject(new Error(`rights-${name}: no code for this element`));
  const url = new URL(`rights-atlas-${name}-${hash}.js`, import.meta.url).href;
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

/** Charts that name countries: they start the names' ICU start-up while their code downloads. */
const NAMING = new Set(['democracy-trend', 'democracy-change', 'civilian-harm', 'strike-map', 'assistance-ranking', 'assistance-map', 'assistance-vs-democracy', 'surveillance-exports', 'corruption', 'hrc-membership']);

/** An element's loader: its code and the catalogue of its language (and country names where it shows them). */
function loader(name: string): (element: Element, attempt?: number) => Promise<unknown> {
  return (element, attempt = 0) =>
    NAMING.has(name)
      ? withNamesWarm(element, [elementCode(name, attempt)])
      : Promise.all([elementCode(name, attempt), preloadCatalogue(elementLang(element).value)]);
}

/**
 * Every element of the embed, by tag, each loaded as its own file the first
 * time the page uses the tag; `attempt` counts earlier failed tries.
 */
export const ELEMENT_LOADERS: Record<string, (element: Element, attempt: number) => Promise<unknown>> = {
  ...Object.fromEntries(Object.keys(EMBED_HASHES ?? BUNDLED ?? {}).map((name) => [`rights-${name}`, loader(name)])),
  // The map's data starts downloading with its code rather than after it:
  // geometry and names always, and the edition its metric needs.
  'rights-democracy-map': (element, attempt = 0) =>
    withNamesWarm(element, [
      elementCode('democracy-map', attempt),
      import('../data/world-110m-equal-earth.json'),
      import('../data/countries.json'),
      editionForMetric(element.getAttribute('metric')) === 'v14' ? import('../data/vdem-v14.json') : import('../data/vdem-v15.json'),
    ]),
};
