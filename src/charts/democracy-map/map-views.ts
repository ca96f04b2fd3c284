// The map's views apart from the map itself: tooltip, table and legend. Pure
// functions of values and wording, so the element stays glue.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { MapLayout } from '../../geo/map-layout.js';
import type { ListboxHandlers } from '../../core/handlers.js';
import type { ZoomHandlers } from '../../geo/map-zoom.js';

/** The map's listbox handlers with zoom and pan in front (withZoom in geo/map-zoom.ts). */
export type ZoomableHandlers = ListboxHandlers & ZoomHandlers;
import { formatChange, formatIndex } from '../../core/format.js';
import { CHANGE_SPAN, METRIC_DEFINITIONS, type CountryValue, type Metric } from '../../democracy/metrics.js';
import { REGIME_NAMES } from '../../democracy/regimes.js';
import { legendItems, NO_DATA_FILL } from './map-scale.js';
import { tooltipLines, type Wording } from './describe.js';

/** Index values in the legend without trailing zeros (0.2, not 0.200). */
const legendNumber = (n: number, lang: string): string => formatIndex(n, lang).replace(/0+$/, '').replace(/[.,]$/, '');

/** `missing`: why the territory is hatched (noDataLines), asked for only when it has no value. */
export function renderMapTooltipBody(code: string, value: CountryValue | undefined, metric: Metric, year: number, words: Wording, missing: () => [string, string]): TemplateResult {
  return html`<strong>${words.name(code)}</strong>
    ${value && value.value !== null
      ? html`<dl>
          ${tooltipLines(metric, year, value, words).map((line) => html`<dt>${line.label}</dt><dd>${line.value}</dd>`)}
        </dl>`
      : missing().map((line) => html`<p class="no-data-note">${line}</p>`)}`;
}

/** A name that may break after a slash ("Palestine/Gaza"), so a narrow first column can wrap it. */
const breakable = (name: string): TemplateResult => html`${name.split('/').map((part, i) => (i ? html`/<wbr />${part}` : part))}`;

/**
 * Every country with data in the year, highest index first; the edition is
 * named in the caption. The 68% interval sits under its value and headers
 * wrap, so the table fits a phone without scrolling sideways.
 */
export function renderMapTable(values: Iterable<CountryValue>, metric: Metric, year: number, edition: string, words: Wording): TemplateResult {
  const definition = METRIC_DEFINITIONS[metric];
  const rows = [...values]
    .filter((v) => v.index !== null || v.regime !== null)
    .sort((a, b) => (b.index ?? -1) - (a.index ?? -1) || words.name(a.code).localeCompare(words.name(b.code)));
  const hasInterval = rows.some((v) => v.low !== null);
  const since = year - CHANGE_SPAN;
  const regimeFirst = definition.kind === 'regime';
  const regimeHead = html`<th scope="col">Regime type</th>`;
  const regimeCell = (v: CountryValue) => html`<td>${v.regime === null ? 'not classified' : words.regimes[v.regime]}</td>`;
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table: ${definition.label}, ${year}">
    <table class="map-table">
      <caption>
        ${definition.label}, ${year} (${edition}, ${rows.length} countries)${hasInterval ? '; 68% interval under each value' : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          ${regimeFirst ? regimeHead : nothing}
          <th scope="col" class="number">${definition.indexLabel} <span class="unit">(0–1)</span></th>
          ${regimeFirst ? nothing : regimeHead}
          <th scope="col" class="number">Change since ${since}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((v) => {
          // A break after the dash only where the column is too narrow for the whole interval.
          const range = v.low !== null && v.high !== null ? html`${formatIndex(v.low, words.lang)}–<wbr />${formatIndex(v.high, words.lang)}` : '';
          return html`<tr>
            <th scope="row">${breakable(words.name(v.code))}</th>
            ${regimeFirst ? regimeCell(v) : nothing}
            <td class="number">
              ${v.index === null ? 'no data' : formatIndex(v.index, words.lang)}${range ? html`<span class="interval">${range}</span>` : nothing}
            </td>
            ${regimeFirst ? nothing : regimeCell(v)}
            <td class="number">${v.index !== null && v.previous !== null ? formatChange(Math.round((v.index - v.previous) * 1000) / 1000, words.lang) : 'no data'}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** The colour key; its title names the V-Dem edition the colours come from. */
export function renderMapLegend(metric: Metric, edition: string, lang: string): TemplateResult {
  const definition = METRIC_DEFINITIONS[metric];
  const items = legendItems(metric, REGIME_NAMES, (n) => legendNumber(n, lang));
  return html`<ul class="legend ${definition.kind === 'regime' ? 'regimes' : ''}" part="legend" aria-label="Legend: ${definition.label}${edition ? ` (${edition})` : ''}">
    <li class="legend-title" aria-hidden="true">${definition.short}${edition ? html` <span class="edition">(${edition})</span>` : nothing}</li>
    ${items.map(
      (item) => html`<li>
        <svg viewBox="0 0 14 14" aria-hidden="true">
          <defs>
            <pattern id="legend-no-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="hatch-bg" width="6" height="6"></rect>
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
          </defs>
          <rect width="14" height="14" fill=${item.fill === NO_DATA_FILL ? 'url(#legend-no-data)' : item.fill}></rect>
        </svg>
        ${item.label}
      </li>`,
    )}
  </ul>`;
}

export interface MapSvgState {
  label: string;
  active: string;
  selected: string;
  highlighted: string[];
  /** The empty group the element fills with country paths (see CountryPaths). */
  countriesRef: Ref<SVGGElement>;
  /** The part of the map in view (MapZoomController) and whether it is zoomed in. */
  viewBox: string;
  zoomed: boolean;
  on: ZoomableHandlers;
}

/** The map: one tab stop (a listbox of countries), highlight, selection and focus outlines over the country paths. */
export function renderMapSvg(layout: MapLayout, state: MapSvgState): TemplateResult {
  const shapeOf = (code: string) => (code ? layout.shapes.find((s) => s.code === code) : undefined);
  const active = shapeOf(state.active);
  const selected = shapeOf(state.selected);
  return html`<svg
    class="map zoomable ${state.zoomed ? 'zoomed' : ''}"
    part="map"
    viewBox=${state.viewBox}
    role="listbox"
    tabindex="0"
    aria-label=${state.label}
    aria-activedescendant=${state.active ? `c-${state.active}` : nothing}
    @pointerdown=${state.on.pointerdown}
    @pointermove=${state.on.pointermove}
    @pointerup=${state.on.pointerup}
    @pointercancel=${state.on.pointercancel}
    @pointerleave=${state.on.pointerleave}
    @wheel=${state.on.wheel}
    @click=${state.on.click}
    @keydown=${state.on.keydown}
    @focus=${state.on.focus}
    @blur=${state.on.blur}
  >
    <defs>
      <pattern id="no-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="hatch-bg" width="6" height="6"></rect>
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>
    <g class="countries" role="none" ${ref(state.countriesRef)}></g>
    ${layout.shapes.filter((s) => state.highlighted.includes(s.code)).map((s) => svg`<path class="highlight" d=${s.d} aria-hidden="true"></path>`)}
    ${selected ? svg`<path class="selected" d=${selected.d} aria-hidden="true"></path>` : nothing}
    ${active ? svg`<path class="focus-ring" d=${active.d} aria-hidden="true"></path>` : nothing}
  </svg>`;
}
