/**
 * Every element of the embed, by tag, each loaded as its own chunk the first
 * time the page uses the tag. A page with one map downloads the map's code
 * only; code shared by several elements comes in shared chunks.
 */
export const ELEMENT_LOADERS: Record<string, (element: Element) => Promise<unknown>> = {
  // The map's data starts downloading with its code rather than after it:
  // geometry and names always, and the edition its metric needs.
  'rights-democracy-map': (element) =>
    Promise.all([
      import('./charts/democracy-map/index.js'),
      import('../data/world-110m.json'),
      import('../data/countries.json'),
      element.getAttribute('metric')?.trim().toLowerCase() === 'libdem'
        ? import('../data/vdem-v14.json')
        : import('../data/vdem-v15.json'),
    ]),
  'rights-regime-share': () => import('./charts/regime-share/index.js'),
  'rights-democracy-trend': () => import('./charts/democracy-trend/index.js'),
  'rights-democracy-change': () => import('./charts/democracy-change/index.js'),
  'rights-timeline': () => import('./charts/timeline/index.js'),
  'rights-civilian-harm': () => import('./charts/civilian-harm/index.js'),
  'rights-strike-map': () => import('./charts/strike-map/index.js'),
  'rights-assistance-ranking': () => import('./charts/assistance-ranking/index.js'),
  'rights-assistance-map': () => import('./charts/assistance-map/index.js'),
  'rights-assistance-vs-democracy': () => import('./charts/assistance-vs-democracy/index.js'),
};
