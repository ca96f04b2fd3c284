import { displayNames, elementLang } from './core/lang.js';
import { editionForMetric } from './democracy/editions.js';

/** Waits for `loading` after starting the country names of the element's language. */
function withNamesWarm(element: Element, loading: Promise<unknown>[]): Promise<unknown> {
  displayNames(elementLang(element).value);
  return Promise.all(loading);
}

/**
 * Every element of the embed, by tag, each loaded as its own chunk the first
 * time the page uses the tag. A page with one map downloads the map's code
 * only; code shared by several elements comes in shared chunks.
 */
export const ELEMENT_LOADERS: Record<string, (element: Element) => Promise<unknown>> = {
  // Charts that name countries start the names' ICU start-up while their code
  // downloads. The map's data also starts downloading with its code rather
  // than after it: geometry and names always, and the edition its metric needs.
  'rights-democracy-map': (element) =>
    withNamesWarm(element, [
      import('./charts/democracy-map/index.js'),
      import('../data/world-110m-equal-earth.json'),
      import('../data/countries.json'),
      editionForMetric(element.getAttribute('metric')) === 'v14' ? import('../data/vdem-v14.json') : import('../data/vdem-v15.json'),
    ]),
  'rights-regime-share': () => import('./charts/regime-share/index.js'),
  'rights-democracy-trend': (element) => withNamesWarm(element, [import('./charts/democracy-trend/index.js')]),
  'rights-democracy-change': (element) => withNamesWarm(element, [import('./charts/democracy-change/index.js')]),
  'rights-timeline': () => import('./charts/timeline/index.js'),
  'rights-civilian-harm': (element) => withNamesWarm(element, [import('./charts/civilian-harm/index.js')]),
  'rights-strike-map': (element) => withNamesWarm(element, [import('./charts/strike-map/index.js')]),
  'rights-assistance-ranking': (element) => withNamesWarm(element, [import('./charts/assistance-ranking/index.js')]),
  'rights-assistance-map': (element) => withNamesWarm(element, [import('./charts/assistance-map/index.js')]),
  'rights-assistance-vs-democracy': (element) => withNamesWarm(element, [import('./charts/assistance-vs-democracy/index.js')]),
};
