// The embed entry (dist/rights-atlas.js): one <script type="module"> makes
// every rights-atlas tag on the page work. Lit and the shared core are in this
// file, so each chart's own file (loaded when its tag appears) and then its
// data are the only further requests; all resolve relative to this script.
import { autoload as watchTags, retry, type AutoloadRoot } from './core/autoload.js';
import { ELEMENT_LOADERS } from './elements.js';

export { RightsElement } from './core/base-element.js';
export { Timeline } from './core/timeline.js';
export { baseStyles } from './core/styles.js';
export { renderError, renderFooter, renderNotices } from './core/chrome.js';
export { addMessages, UI_LANGUAGES } from './core/i18n.js';

interface Embed {
  autoload(root: AutoloadRoot): () => void;
  retryLoading(): Promise<void>;
}

// A second copy of the script on the page (another widget, another version)
// leaves the page to the first: one autoloader, one download of each file.
const FIRST_COPY = Symbol.for('rights-atlas.embed');
const page = globalThis as unknown as Record<symbol, Embed | undefined>;
const ours: Embed = {
  autoload: (root) => watchTags(ELEMENT_LOADERS, root),
  retryLoading: () => retry(ELEMENT_LOADERS),
};
const first = (page[FIRST_COPY] ??= ours);
if (first === ours) watchTags(ELEMENT_LOADERS);

/**
 * Loads rights-atlas tags inside `root` (e.g. your component's shadow root,
 * open or closed) now and as it changes; returns a function that stops
 * watching it. The script already watches the document and the open shadow
 * roots it can find.
 */
export const autoload = (root: AutoloadRoot): (() => void) => first.autoload(root);

/** Tries again at once to load charts whose code failed to load (done by itself when the browser is back online). */
export const retryLoading = (): Promise<void> => first.retryLoading();
