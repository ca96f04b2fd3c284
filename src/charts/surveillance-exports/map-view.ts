// The map (a listbox of countries, each coloured by its supply class) and its
// legend. Pure templates of the layout and the rows.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { listboxPlot } from '../../core/listbox-plot.js';
import type { ListboxHandlers } from '../../core/handlers.js';
import type { MapLayout } from '../../geo/map-layout.js';
import { SUPPLY_CLASSES, type SupplyClass } from './model.js';
import { classLabel, editionNote } from './describe.js';

/** What a country's shape shows: its class (colour) and its accessible name. */
export interface CountryLook {
  look: SupplyClass | 'muted' | 'unlisted';
  label: string;
}

export interface MapState {
  label: string;
  active: string;
  selected: string;
  highlighted: readonly string[];
  lookOf: (code: string) => CountryLook;
  on: ListboxHandlers;
}

/** The map: one tab stop, arrow and letter keys move through countries; highlight, selection and focus outlines over the shapes. */
export function renderSurveillanceMap(layout: MapLayout, state: MapState): TemplateResult {
  const shapeOf = (code: string) => (code ? layout.shapes.find((s) => s.code === code) : undefined);
  const active = shapeOf(state.active);
  const selected = shapeOf(state.selected);
  return listboxPlot(layout, state.label, state.active ? `c-${state.active}` : undefined, state.on, svg`
    <g class="countries" role="none">
      ${layout.shapes.map((s) => {
        const { look, label } = state.lookOf(s.code);
        return svg`<path id="c-${s.code}" class="country ${look}" role="option" data-code=${s.code} d=${s.d} aria-label=${label} aria-selected=${s.code === state.selected ? 'true' : nothing}></path>`;
      })}
    </g>
    ${layout.shapes.filter((s) => state.highlighted.includes(s.code)).map((s) => svg`<path class="highlight" d=${s.d} aria-hidden="true"></path>`)}
    ${selected ? svg`<path class="selected" d=${selected.d} aria-hidden="true"></path>` : nothing}
    ${active ? svg`<path class="focus-ring" d=${active.d} aria-hidden="true"></path>` : nothing}
  `, 'map');
}

/** The colour key, with the edition it is read from; `muted` adds the class of listed countries outside the reader's choice. */
export function renderSurveillanceLegend(muted: boolean, label: string): TemplateResult {
  const items: (SupplyClass | 'muted' | 'unlisted')[] = [...SUPPLY_CLASSES, ...(muted ? (['muted'] as const) : []), 'unlisted'];
  return html`<ul class="legend" part="legend" aria-label=${label}>
      ${items.map(
        (item) => html`<li>
          <svg viewBox="0 0 14 14" aria-hidden="true"><rect class="swatch ${item}" width="14" height="14"></rect></svg>
          ${classLabel(item)}
        </li>`,
      )}
    </ul>
    <p class="edition" part="note">${editionNote()}</p>`;
}
