// The iframe embed (dist/frame.html): one chart drawn from the page's URL
// query, for partner pages that cannot run a third-party script. The page
// also loads rights-atlas.js, whose autoloader loads the chart's code.
//
//   frame.html?chart=democracy-map&year=2019&highlight=HUN+IND&theme=dark&lang=fr
//
// Only attributes the chart documents are applied; anything else is named in
// a visible notice and ignored. `transparent` lets the host page's background
// show through the chart's box. The frame posts its height to the parent
// whenever it changes (rights-atlas-frame.js on the parent resizes the iframe).
// Its notices are in the chart's language (`lang=` in the query, else English),
// from the same catalogues as the charts'.
import { hasCatalogue, isRightToLeftUi, preloadCatalogue, uiLanguageOf } from '../core/i18n.js';
import { parseLang } from '../core/parse.js';
import { frameMessage } from './words.js';

/** Documented attributes per tag, filled in by scripts/build-embed.mjs from custom-elements.json. */
const ATTRIBUTES: Record<string, string[]> = /* frame-attributes */ {};

const HEIGHT_MESSAGE = 'rights-atlas:height';
const OWN_PARAMETERS = new Set(['chart', 'transparent']);
const shorten = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** A notice in the page's language (a language without a catalogue gets English, marked as such). */
function notice(text: string, lang: string): HTMLElement {
  const box = document.createElement('p');
  box.className = 'frame-notice';
  box.setAttribute('role', 'status');
  // English where the language has no catalogue or it failed to load: the words are English then.
  const wanted = uiLanguageOf(lang);
  const ui = wanted && hasCatalogue(wanted) ? wanted : 'en';
  box.lang = ui;
  box.dir = isRightToLeftUi(ui) ? 'rtl' : 'ltr';
  box.textContent = text;
  return box;
}

/**
 * `transparent`: the page behind the iframe shows through the frame and the
 * chart's box. Only the box: `--rights-bg` stays the theme's colour, since
 * the charts also paint with it what must stay opaque (sticky table headers,
 * the text of a pressed button, halos around labels, menus).
 */
function seeThrough(element: HTMLElement): void {
  document.documentElement.classList.add('transparent');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('.chart { background: transparent !important; }');
  // Defined means upgraded: the element has made its shadow root, whose sheets are set once.
  void customElements.whenDefined(element.localName).then(() => {
    const root = element.shadowRoot;
    if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  });
}

/** Draws the chart once the notices' catalogue is here (the chart waits for the same one). */
async function render(query: URLSearchParams): Promise<void> {
  // A tag that is not a language (the chart says so itself) gives English notices.
  const lang = parseLang(query.get('lang') || 'en', 'en').value;
  await preloadCatalogue(lang).catch(() => false);
  const say: typeof frameMessage = (key, params) => frameMessage(key, params, lang);
  const chart = query.get('chart') ?? '';
  const tag = `rights-${chart}`;
  const known = ATTRIBUTES[tag];
  if (!known) {
    const charts = Object.keys(ATTRIBUTES).map((name) => name.replace(/^rights-/, ''));
    document.body.append(notice(say('frame.noChart', { chart: shorten(chart), charts: charts.join(', ') }), lang));
    return;
  }
  const element = document.createElement(tag);
  const ignored: string[] = [];
  for (const [name, value] of query) {
    if (OWN_PARAMETERS.has(name)) continue;
    if (known.includes(name)) element.setAttribute(name, value);
    else if (!ignored.includes(name)) ignored.push(name);
  }
  if (query.has('transparent')) seeThrough(element);
  if (ignored.length) {
    const names = ignored.map((name) => `"${shorten(name)}"`).join(', ');
    document.body.append(notice(say('frame.ignored', { count: ignored.length, names, known: known.join(', ') }), lang));
  }
  document.body.append(element);
}

/** Tells the parent page the frame's content height, now and whenever it changes. */
function postHeight(): void {
  let last = -1;
  const post = (): void => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  post();
}

void render(new URLSearchParams(location.search));
if (window.parent !== window) postHeight();

// A module, not a global script (its names stay its own).
export {};
