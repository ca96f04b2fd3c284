/**
 * Every element of the embed, by tag, each loaded as its own chunk the first
 * time the page uses the tag. A page with one map downloads the map's code
 * only; shared code (Lit, core) comes in one shared chunk.
 */
export const ELEMENT_LOADERS: Record<string, () => Promise<unknown>> = {
  'rights-democracy-map': () => import('./charts/democracy-map/index.js'),
};
