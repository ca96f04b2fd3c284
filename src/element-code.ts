/**
 * Each element's code as a bundled import, by name (the tag without
 * `rights-`), for bundler apps, tests and Storybook. The embed build replaces
 * this module by `undefined`: its entry loads each element's file by hash
 * (elements.ts) and bundles none of them.
 */
export const BUNDLED: Record<string, () => Promise<unknown>> | undefined = {
  'assistance-map': () => import('./charts/assistance-map/index.js'),
  'assistance-ranking': () => import('./charts/assistance-ranking/index.js'),
  'assistance-vs-democracy': () => import('./charts/assistance-vs-democracy/index.js'),
  'civilian-harm': () => import('./charts/civilian-harm/index.js'),
  'corruption': () => import('./charts/corruption/index.js'),
  'democracy-change': () => import('./charts/democracy-change/index.js'),
  'democracy-map': () => import('./charts/democracy-map/index.js'),
  'democracy-trend': () => import('./charts/democracy-trend/index.js'),
  'guantanamo': () => import('./charts/guantanamo/index.js'),
  'hrc-membership': () => import('./charts/hrc-membership/index.js'),
  'police-equipment': () => import('./charts/police-equipment/index.js'),
  'refugee-admissions': () => import('./charts/refugee-admissions/index.js'),
  'regime-share': () => import('./charts/regime-share/index.js'),
  'sanctions': () => import('./charts/sanctions/index.js'),
  'strike-map': () => import('./charts/strike-map/index.js'),
  'surveillance-exports': () => import('./charts/surveillance-exports/index.js'),
  'timeline': () => import('./charts/timeline/index.js'),
};
