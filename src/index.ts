// The package entry for bundlers: importing it registers every element.
// (The embed file, dist/rights-atlas.js, is src/embed.ts: it loads each
// element on first use instead.)
export * from './charts/democracy-map/index.js';
export * from './charts/regime-share/index.js';
export * from './charts/democracy-trend/index.js';
export * from './charts/democracy-change/index.js';
export * from './charts/timeline/index.js';
export * from './charts/civilian-harm/index.js';
export * from './charts/strike-map/index.js';
export * from './charts/assistance-ranking/index.js';
export * from './charts/assistance-map/index.js';
export * from './charts/assistance-vs-democracy/index.js';
export * from './charts/guantanamo/index.js';
export * from './charts/refugee-admissions/index.js';
export * from './charts/surveillance-exports/index.js';
export * from './charts/sanctions/index.js';
export * from './charts/corruption/index.js';
export * from './charts/hrc-membership/index.js';
export * from './charts/police-equipment/index.js';
export { Timeline } from './core/timeline.js';
export { addMessages, UI_LANGUAGES, type Messages, type UiLanguage } from './core/i18n.js';
