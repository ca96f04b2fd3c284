// The legend: one swatch per kind shown, in the order the columns stack them
// (bottom first), and how the undated column is drawn. Static for the kinds
// asked for, so it takes the same room before the data arrives.
import { html, svg, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import type { GlomagKind } from '../../data/sanctions.js';
import { KINDS } from './periods.js';
import { kindName } from './describe.js';

const msg = messages({
  'sanctions.legend': 'Legend',
  'sanctions.keyUndated': 'Pale, dashed outline: undated, listed before the record begins',
});

const swatch = (inner: unknown): TemplateResult => html`<svg viewBox="0 0 14 14" aria-hidden="true">${inner}</svg>`;

export function renderSanctionsLegend(kinds: readonly GlomagKind[]): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${msg('sanctions.legend')}>
    ${KINDS.filter((k) => kinds.includes(k)).map((k) => html`<li>${swatch(svg`<rect class="segment ${k}" x="1" y="1" width="12" height="12"></rect>`)}${kindName(k)}</li>`)}
    <li>${swatch(svg`<rect class="key-undated" x="1.5" y="1.5" width="11" height="11"></rect>`)}${msg('sanctions.keyUndated')}</li>
  </ul>`;
}
