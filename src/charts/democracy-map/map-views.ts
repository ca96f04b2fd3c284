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
import { messages } from '../../core/i18n.js';
import { CHANGE_SPAN, METRIC_DEFINITIONS, withEdition, type CountryValue, type Metric } from '../../democracy/metrics.js';
import { REGIME_NAMES } from '../../democracy/regimes.js';
import { legendItems, NO_DATA_FILL } from './map-scale.js';
import { mapText, tooltipLines, type Wording } from './describe.js';

const msg = messages({
  'map.notClassified': 'not classified',
  'map.tableLabel': 'Table: {label}, {year}',
  'map.caption': { one: '{label}, {year} ({edition}, # country)', other: '{label}, {year} ({edition}, # countries)' },
  'map.captionInterval': '; 68% interval under each value',
  'map.legend': 'Legend: {label}',
});

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
  const regimeHead = html`<th scope="col">${mapText('map.regimeType')}</th>`;
  const regimeCell = (v: CountryValue) => html`<td>${v.regime === null ? msg('map.notClassified') : words.regimes[v.regime]}</td>`;
  const noData = mapText('map.noData');
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('map.tableLabel', { label: definition.label, year })}>
    <table class="map-table">
      <caption>
        ${msg('map.caption', { label: definition.label, year, edition, count: rows.length })}${hasInterval ? msg('map.captionInterval') : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">${mapText('map.country')}</th>
          ${regimeFirst ? regimeHead : nothing}
          <th scope="col" class="number">${definition.indexLabel} <span class="unit">${mapText('map.unit')}</span></th>
          ${regimeFirst ? nothing : regimeHead}
          <th scope="col" class="number">${mapText('map.changeSince', { year: since })}</th>
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
              ${v.index === null ? noData : formatIndex(v.index, words.lang)}${range ? html`<span class="interval">${range}</span>` : nothing}
            </td>
            ${regimeFirst ? nothing : regimeCell(v)}
            <td class="number">${v.index !== null && v.previous !== null ? formatChange(Math.round((v.index - v.previous) * 1000) / 1000, words.lang) : noData}</td>
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
  const label = msg('map.legend', { label: edition ? withEdition(definition.label, edition) : definition.label });
  return html`<ul class="legend ${definition.kind === 'regime' ? 'regimes' : ''}" part="legend" aria-label=${label}>
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
