// The legend: the edition, the four categories, the divide, the half line and
// the crossings. Static per edition, so it takes the same room before data arrives.
import { html, svg, type TemplateResult } from 'lit';
import { REGIME_COLORS, REGIME_NAMES } from '../../democracy/regimes.js';

const swatch = (inner: unknown): TemplateResult => html`<svg viewBox="0 0 14 14" aria-hidden="true">${inner}</svg>`;

export function renderShareLegend(tag: string): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label="Legend">
    <li class="edition">Regimes of the World, ${tag}:</li>
    ${[3, 2, 1, 0].map((k) => html`<li>${swatch(svg`<rect width="14" height="14" fill=${REGIME_COLORS[k]!}></rect>`)}${REGIME_NAMES[k]}</li>`)}
    <li>${swatch(svg`<line class="divide" x1="0" x2="14" y1="7" y2="7"></line>`)}Autocracies below the line</li>
    <li>${swatch(svg`<line class="half" x1="0" x2="14" y1="7" y2="7"></line>`)}Half</li>
    <li>${swatch(svg`<g class="crossing"><line x1="7" x2="7" y1="0" y2="14"></line></g>`)}Year autocracies passed half</li>
  </ul>`;
}
