// The embed entry (dist/rights-atlas.js): one <script type="module"> makes
// every rights-atlas tag on the page work. Lit and the shared core are in this
// file, so each chart's own chunk (loaded when its tag appears) and then its
// data are the only further requests; all resolve relative to this script.
import { autoload } from './core/autoload.js';
import { ELEMENT_LOADERS } from './elements.js';

export { RightsElement } from './core/base-element.js';
export { Timeline } from './core/timeline.js';
export { baseStyles } from './core/styles.js';
export { renderError, renderFooter, renderNotices } from './core/chrome.js';

autoload(ELEMENT_LOADERS);
