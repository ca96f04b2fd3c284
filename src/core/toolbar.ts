// The toolbar above every chart: menus that choose what is shown, the switch
// to the table view and the Download menu. One template, so every chart's
// controls look and behave alike (labels, pressed state, keyboard), and charts
// only say what to offer.
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { parseSwitch } from './parse.js';
import { elementLang } from './lang.js';
import { inLanguage, messages, translate } from './i18n.js';
import type { DataTableResult } from './export/data-table.js';

const msg = messages({
  'toolbar.table': 'Table',
  'toolbar.download': 'Download',
  'toolbar.menuFailed': 'The download options could not be loaded. Check the connection and try again.',
});

/** A menu: its label, the options, the current value and what choosing does. */
export interface ToolbarMenu<T extends string = string> {
  label: string;
  options: readonly { id: T; label: string }[];
  value: T;
  choose: (id: T) => void;
}

export interface TableSwitch {
  on: boolean;
  toggle: () => void;
  disabled?: boolean;
}

/**
 * The `rights-atlas-export-<hash>.js` file of the embed build, filled in by
 * scripts/build-embed.mjs (undefined in source, tests and bundler apps).
 */
const EXPORT_FILE: string | undefined = /* export-file */ undefined;

type MenuModule = typeof import('./export/download-menu.js');
let menuModule: Promise<MenuModule> | undefined;
let failedLoads = 0;

/**
 * The menu's code (image and data export), loaded the first time a reader
 * opens it. After a failed download the embed asks again under a fresh URL:
 * a module that failed once stays failed under its URL until the page reloads.
 */
function loadMenu(): Promise<MenuModule> {
  menuModule ??= (
    EXPORT_FILE && failedLoads
      ? (import(/* @vite-ignore */ `${new URL(EXPORT_FILE, import.meta.url).href}?attempt=${failedLoads}`) as Promise<MenuModule>)
      : import('./export/download-menu.js')
  ).catch((error: unknown) => {
    failedLoads += 1;
    menuModule = undefined;
    throw error;
  });
  return menuModule;
}

/** The chart the button belongs to, and its language (the menu opens outside the chart's update). */
type ChartHost = Element & { dataTable?: () => Promise<DataTableResult> | DataTableResult; locale?: unknown };

function hostOf(button: HTMLButtonElement): { host: ChartHost | undefined; lang: string } {
  const root = button.getRootNode();
  const host = root instanceof ShadowRoot ? (root.host as ChartHost) : undefined;
  return { host, lang: host ? elementLang(host, typeof host.locale === 'string' ? host.locale : '').value : 'en' };
}

/** Opens the menu (focus on its first or last item) or, on a click while open, closes it. */
async function useMenu(button: HTMLButtonElement, focus: 'first' | 'last', toggle: boolean): Promise<void> {
  button.parentElement?.querySelector('.download-failed')?.remove();
  const { host, lang } = hostOf(button);
  try {
    const [menu, table] = await Promise.all([loadMenu(), tableOf(host, lang)]);
    if (!button.isConnected) return;
    menu.openMenu(button, focus, toggle, {
      say: (key, english, params) => translate(english, key, params, lang),
      table,
    });
  } catch (error) {
    console.warn('rights-atlas: the download menu could not be loaded', error);
    const message = document.createElement('span');
    message.className = 'download-failed';
    message.setAttribute('role', 'alert');
    message.textContent = msg('toolbar.menuFailed', undefined, lang);
    button.after(message);
  }
}

/** The chart's data table for the CSV item; a chart that cannot give one still offers its pictures. */
async function tableOf(host: ChartHost | undefined, lang: string): Promise<DataTableResult> {
  try {
    return (await inLanguage(lang, () => host?.dataTable?.())) ?? null;
  } catch (error) {
    console.warn('rights-atlas: the chart gave no data table', error);
    return null;
  }
}

const onClick = (event: Event): void => void useMenu(event.currentTarget as HTMLButtonElement, 'first', true);
const onKeydown = (event: KeyboardEvent): void => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  void useMenu(event.currentTarget as HTMLButtonElement, event.key === 'ArrowUp' ? 'last' : 'first', false);
};

/**
 * The Download button, unless the element's `downloads` setting is off (the
 * element reports a bad value; read here from the element the template renders in).
 */
class DownloadButton extends Directive {
  render(_disabled: boolean): unknown {
    return nothing;
  }

  override update(part: ChildPart, [disabled]: [boolean]): unknown {
    const host = part.options?.host as { downloads?: unknown } | undefined;
    if (!host || !parseSwitch(host.downloads, 'downloads').value) return nothing;
    return html`<span class="download"><button type="button" aria-haspopup="menu" aria-expanded="false" ?disabled=${disabled} @click=${onClick} @keydown=${onKeydown}>${msg('toolbar.download')}</button></span>`;
  }
}
const downloadButton = directive(DownloadButton);

/**
 * `before` and `after`: a chart's own controls at either end (the strike map's
 * zoom first, the world map's after Table). The Download menu comes last, at
 * the end of its row.
 */
export function renderToolbar(menus: ToolbarMenu[], table: TableSwitch, before: TemplateResult | string = '', after: TemplateResult | string = ''): TemplateResult {
  return html`<div class="toolbar">
    ${before}
    ${menus.map(
      (menu) => html`<label
        >${menu.label}
        <select @change=${(event: Event) => menu.choose((event.target as HTMLSelectElement).value)} .value=${menu.value}>
          ${menu.options.map((option) => html`<option value=${option.id} ?selected=${option.id === menu.value}>${option.label}</option>`)}
        </select></label
      >`,
    )}
    <button type="button" @click=${table.toggle} ?disabled=${table.disabled ?? false} aria-pressed=${table.on ? 'true' : 'false'}>${msg('toolbar.table')}</button>
    ${after} ${downloadButton(table.disabled ?? false)}
  </div>`;
}

/** A menu of ids with labels from a lookup. */
export function menu<T extends string>(label: string, ids: readonly T[], labels: (id: T) => string, value: T, choose: (id: T) => void): ToolbarMenu {
  return { label, options: ids.map((id) => ({ id, label: labels(id) })), value, choose: choose as (id: string) => void };
}
