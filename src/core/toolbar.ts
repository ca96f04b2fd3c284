// The toolbar above every chart: menus that choose what is shown and the
// switch to the table view. One template, so every chart's controls look and
// behave alike (labels, pressed state, keyboard), and charts only say what to offer.
import { html, type TemplateResult } from 'lit';

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

/** `before` and `after`: a chart's own controls at either end (the strike map's zoom first, the world map's after Table). */
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
    <button type="button" @click=${table.toggle} ?disabled=${table.disabled ?? false} aria-pressed=${table.on ? 'true' : 'false'}>Table</button>
    ${after}
  </div>`;
}

/** A menu of ids with labels from a lookup. */
export function menu<T extends string>(label: string, ids: readonly T[], labels: (id: T) => string, value: T, choose: (id: T) => void): ToolbarMenu {
  return { label, options: ids.map((id) => ({ id, label: labels(id) })), value, choose: choose as (id: string) => void };
}
