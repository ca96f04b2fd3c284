// The Download menu of a chart's toolbar: the data as CSV (when the chart
// gives a table and its terms allow it), the chart as SVG, as PNG at twice its
// size on screen, and as a 1200 × 675 PNG for social media. Loaded the first
// time a reader opens the menu (core/toolbar.ts); in the embed it is a file of
// its own (rights-atlas-export-<hash>.js) that imports nothing of the entry. Built with
// plain DOM calls, no Lit: the toolbar's template only holds the button, and
// the menu lives beside it until it closes.
//
// Pictures: the chart's `.chart` box as on screen, in its current theme, with
// heading, notes, legend, summary and credit line (with the licence), and
// without the controls (chartToSvg). The social picture lays that image into
// 1200 × 675: scaled to fit whole, centred, on the chart's own background
// colour. Nothing here throws to the page: a failure becomes a sentence in the
// menu (`download.blocked` where the page's Content Security Policy forbids blob:
// and data: images).
import { chartToSvg, type SvgImage } from './dom-to-svg.js';
import { PNG_BLOCKED, svgToPng } from './raster.js';
import type { DataTableResult } from './data-table.js';
import { CSV_LABELS, CSV_MIME_TYPE, fileStem, toCsv, type CsvLabels } from './csv.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The social picture's size (16:9, what link previews and feeds show). */
export const SOCIAL = { width: 1200, height: 675 };
/** The PNG's pixels per CSS pixel of the chart on screen. */
export const PNG_SCALE = 2;

/**
 * The menu's words in English; the toolbar (core/toolbar.ts) says them in the
 * chart's language from the catalogue (this file imports nothing, so it
 * cannot read the catalogue itself).
 */
export const MENU_ENGLISH = {
  'download.menu': 'Download',
  'download.csv': 'Data (CSV)',
  'download.svg': 'Image (SVG)',
  'download.png': 'Image (PNG)',
  'download.social': 'Image for social media (PNG, {width}×{height})',
  'download.working': 'Making the file…',
  'download.notReady': 'Wait until the chart has loaded, then try again.',
  'download.failed': 'The file could not be made. Try again.',
  'download.withheld': 'No data file:',
  'download.blocked': 'This page does not allow the chart to be turned into a picture. Download the SVG instead.',
  // The CSV file's header lines (core/export/csv.ts).
  'csv.title': CSV_LABELS.title,
  'csv.source': CSV_LABELS.source,
  'csv.version': CSV_LABELS.version,
  'csv.licence': CSV_LABELS.licence,
  'csv.link': CSV_LABELS.link,
  'csv.credit': CSV_LABELS.credit,
  'csv.citeAs': CSV_LABELS.citeAs,
  'csv.note': CSV_LABELS.note,
  'csv.column': CSV_LABELS.column,
} as const;

export type MenuKey = keyof typeof MENU_ENGLISH;

/** What the toolbar hands the menu: its words in the chart's language, and the chart's data table read in that language. */
export interface MenuContext {
  say: (key: MenuKey, english: string, params?: Readonly<Record<string, number>>) => string;
  /** The chart's table for the CSV, the reason it is withheld, or null (no CSV item). */
  table: DataTableResult;
}

const say = (context: MenuContext, key: MenuKey, params?: Readonly<Record<string, number>>): string => context.say(key, MENU_ENGLISH[key], params);

/** What a picture leaves out: the controls, the menu itself, tooltips, closed details, text for screen readers only. */
export const LEAVE_OUT = '.toolbar, .download-panel, button, select, input, .tooltip, .focus-ring, details, .visually-hidden';
export const leaveOut = (element: Element): boolean => element.matches(LEAVE_OUT);

/** A failure the reader is told in these words (the chart is still loading; the data's terms). */
class Told extends Error {}

/** Set once a PNG failed because the page forbids the images it needs; the page's policy does not change while it is open. */
let pngBlocked = false;

interface OpenMenu {
  button: HTMLButtonElement;
  context: MenuContext;
  panel: HTMLElement;
  items: HTMLButtonElement[];
  status: HTMLElement;
  close: (refocus: boolean) => void;
}

const menus = new WeakMap<HTMLButtonElement, OpenMenu>();

/** The element a toolbar button belongs to (the shadow root's host) and the chart box it sits in. */
function chartOf(button: HTMLButtonElement): { host: HTMLElement | undefined; box: HTMLElement | null } {
  const root = button.getRootNode();
  return { host: root instanceof ShadowRoot ? (root.host as HTMLElement) : undefined, box: button.closest<HTMLElement>('.chart') };
}

const VIEW_ATTRIBUTES = ['metric', 'measure', 'country', 'countries', 'edition', 'year', 'from', 'to'];

/**
 * A file name from the tag and what it shows: `democracy-map-2019`,
 * `assistance-map-arms-2020`, `democracy-trend-hun-ind-table`. Without a year
 * attribute, the year (or span) the heading ends with.
 */
export function fileName(host: Element | undefined, box: Element | null): string {
  const parts = [(host?.localName ?? 'chart').replace(/^rights-/, '')];
  for (const name of VIEW_ATTRIBUTES) {
    const value = host?.getAttribute(name)?.trim();
    if (value) parts.push(value);
  }
  if (host && !['year', 'from', 'to'].some((name) => host.getAttribute(name)?.trim())) {
    const years = box?.querySelector('h2')?.textContent?.match(/\b\d{4}(?:\s*[–-]\s*\d{4})?(?=\D*$)/);
    if (years) parts.push(years[0]);
  }
  if (host?.getAttribute('view')?.trim().toLowerCase() === 'table') parts.push('table');
  return fileStem(parts, 'chart');
}

/** Hands `blob` to the browser as a download named `name`, through a Blob URL and an `<a download>` click. */
function save(blob: Blob, name: string, near: Element): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  // In the document while clicked: some browsers ignore a click on a detached link.
  near.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has surely started the download (it reads the URL after the click returns).
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

/** The chart as SVG, or null while it is still loading or shows an error instead of the chart. */
function chartImage(box: HTMLElement | null): SvgImage | null {
  if (!box || box.querySelector('.loading, [part="error"]')) return null;
  return chartToSvg(box, leaveOut);
}

/** `image` laid into `SOCIAL`: scaled to fit whole, centred, on `background`. */
export function socialSvg(image: SvgImage, background: string): string {
  const scale = Math.min(SOCIAL.width / image.width, SOCIAL.height / image.height);
  const round = (n: number): number => Math.round(n * 100) / 100;
  const x = round((SOCIAL.width - image.width * scale) / 2);
  const y = round((SOCIAL.height - image.height * scale) / 2);
  return `<svg xmlns="${SVG_NS}" width="${SOCIAL.width}" height="${SOCIAL.height}" viewBox="0 0 ${SOCIAL.width} ${SOCIAL.height}"><rect width="100%" height="100%" fill="${background}"/><g transform="translate(${x} ${y}) scale(${round(scale * 10000) / 10000})">${image.svg}</g></svg>`;
}

/** The chart box's background (its theme), white where it is transparent. */
function backgroundOf(box: HTMLElement): string {
  const color = getComputedStyle(box).backgroundColor;
  return !color || color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color) ? '#ffffff' : color;
}

type Action = (menu: OpenMenu) => Promise<void> | void;

function downloadSvg(menu: OpenMenu): void {
  const { host, box } = chartOf(menu.button);
  const image = chartImage(box);
  if (!image) throw new Told(say(menu.context, 'download.notReady'));
  save(new Blob([image.svg], { type: 'image/svg+xml' }), `${fileName(host, box)}.svg`, menu.panel);
}

function downloadPng(social: boolean): Action {
  return async (menu) => {
    const { host, box } = chartOf(menu.button);
    const image = chartImage(box);
    if (!image || !box) throw new Told(say(menu.context, 'download.notReady'));
    const name = `${fileName(host, box)}${social ? '-social' : ''}.png`;
    const png = social
      ? await svgToPng(socialSvg(image, backgroundOf(box)), SOCIAL.width, SOCIAL.height, 1)
      : await svgToPng(image.svg, image.width, image.height, PNG_SCALE);
    save(png, name, menu.panel);
  };
}

async function downloadCsv(menu: OpenMenu): Promise<void> {
  const { host, box } = chartOf(menu.button);
  const table = menu.context.table;
  if (!table || 'withheld' in table) throw new Told(table ? table.withheld : say(menu.context, 'download.notReady'));
  save(new Blob([toCsv(table, { labels: csvLabels(menu.context) })], { type: CSV_MIME_TYPE }), `${fileName(host, box)}.csv`, menu.panel);
}

/** The CSV's header-line labels in the chart's language. */
function csvLabels(context: MenuContext): CsvLabels {
  const labels = { ...CSV_LABELS };
  for (const key of Object.keys(labels) as (keyof CsvLabels)[]) labels[key] = say(context, `csv.${key}`);
  return labels;
}

function showBlocked(menu: OpenMenu): void {
  menu.status.textContent = say(menu.context, 'download.blocked');
  for (const item of menu.items) if (item.dataset.kind === 'png') item.setAttribute('aria-disabled', 'true');
}

/** Runs an item's action: the menu closes when the file is on its way, and says what went wrong otherwise. */
async function run(menu: OpenMenu, item: HTMLButtonElement, action: Action): Promise<void> {
  if (item.getAttribute('aria-disabled') === 'true' || menu.panel.getAttribute('aria-busy') === 'true') return;
  menu.panel.setAttribute('aria-busy', 'true');
  menu.status.textContent = say(menu.context, 'download.working');
  try {
    await action(menu);
    menu.status.textContent = '';
    menu.close(true);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (message === PNG_BLOCKED) {
      pngBlocked = true;
      showBlocked(menu);
    } else if (error instanceof Told) {
      menu.status.textContent = message;
    } else {
      console.warn('rights-atlas: the download failed', error);
      menu.status.textContent = say(menu.context, 'download.failed');
    }
  } finally {
    menu.panel.removeAttribute('aria-busy');
  }
}

function item(label: string, kind: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('role', 'menuitem');
  button.tabIndex = -1;
  button.dataset.kind = kind;
  button.textContent = label;
  return button;
}

function build(button: HTMLButtonElement, context: MenuContext): OpenMenu {
  const words = (key: MenuKey, params?: Readonly<Record<string, number>>): string => say(context, key, params);
  const panel = document.createElement('div');
  panel.className = 'download-panel';
  const list = document.createElement('div');
  list.setAttribute('role', 'menu');
  list.setAttribute('aria-label', words('download.menu'));
  const status = document.createElement('p');
  status.className = 'download-status';
  status.setAttribute('role', 'status');

  const entries: [HTMLButtonElement, Action | undefined][] = [];
  const table = context.table;
  if (table && 'withheld' in table) {
    const withheld = item(`${words('download.withheld')} ${table.withheld}`, 'csv');
    withheld.setAttribute('aria-disabled', 'true');
    entries.push([withheld, undefined]);
  } else if (table) {
    entries.push([item(words('download.csv'), 'csv'), downloadCsv]);
  }
  entries.push([item(words('download.svg'), 'svg'), downloadSvg]);
  entries.push([item(words('download.png'), 'png'), downloadPng(false)]);
  entries.push([item(words('download.social', SOCIAL), 'png'), downloadPng(true)]);

  // A press outside closes the menu. Told by the menu's own listeners rather
  // than by composedPath(), which hides the menu from the document when the
  // chart sits in a page's closed shadow root.
  let inside = false;
  const onInside = (): void => void (inside = true);
  const onOutside = (): void => {
    if (!inside) menu.close(false);
    inside = false;
  };
  const onButtonKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      menu.close(true);
    }
  };
  const menu: OpenMenu = {
    button,
    context,
    panel,
    status,
    items: entries.map(([entry]) => entry),
    close(refocus) {
      menus.delete(button);
      panel.remove();
      button.setAttribute('aria-expanded', 'false');
      document.removeEventListener('pointerdown', onOutside);
      button.removeEventListener('pointerdown', onInside);
      button.removeEventListener('keydown', onButtonKey);
      if (refocus && button.isConnected) button.focus();
    },
  };
  for (const [entry, action] of entries) {
    if (action) entry.addEventListener('click', () => void run(menu, entry, action));
    list.append(entry);
  }
  list.addEventListener('keydown', (event) => {
    const items = menu.items;
    const at = items.indexOf(event.target as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1 + items.length, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      items[moves[event.key]! % items.length]!.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      menu.close(true);
    } else if (event.key === 'Tab') {
      // Focus goes on from the Download button, as if the menu had not been there.
      menu.close(true);
    }
  });
  panel.append(list, status);
  panel.addEventListener('pointerdown', onInside);
  button.addEventListener('pointerdown', onInside);
  document.addEventListener('pointerdown', onOutside);
  button.addEventListener('keydown', onButtonKey);
  if (pngBlocked) showBlocked(menu);
  return menu;
}

/**
 * Opens the menu below `button` and focuses its first or last item; with
 * `toggle`, a menu already open closes instead (a second click on the button).
 */
export function openMenu(button: HTMLButtonElement, focus: 'first' | 'last', toggle: boolean, context: MenuContext): void {
  const open = menus.get(button);
  if (open) {
    if (toggle) open.close(true);
    else open.items[focus === 'first' ? 0 : open.items.length - 1]?.focus();
    return;
  }
  const menu = build(button, context);
  menus.set(button, menu);
  button.after(menu.panel);
  button.setAttribute('aria-expanded', 'true');
  menu.items[focus === 'first' ? 0 : menu.items.length - 1]?.focus();
}
