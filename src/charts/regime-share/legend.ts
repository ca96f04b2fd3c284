// The legend: the edition, the four categories, the divide, the half line and
// the crossings. Static per edition and measure, so it takes the same room
// before data arrives.
import { html, svg, type TemplateResult } from 'lit';
import { REGIME_COLORS, REGIME_NAMES } from '../../democracy/regimes.js';
import type { Measure } from './share-data.js';

const swatch = (inner: unknown): TemplateResult => html`<svg viewBox="0 0 14 14" aria-hidden="true">${inner}</svg>`;

export function renderShareLegend(tag: string, measure: Measure): TemplateResult {
  const half = measure === 'population' ? "half of the world's people" : 'half of all countries';
  return html`<ul class="legend" part="legend" aria-label="Legend">
    <li class="edition">Regimes of the World, ${tag}:</li>
    ${[3, 2, 1, 0].map((k) => html`<li>${swatch(svg`<rect width="14" height="14" fill=${REGIME_COLORS[k]!}></rect>`)}${REGIME_NAMES[k]}</li>`)}
    <li>${swatch(svg`<line class="divide" x1="0" x2="14" y1="7" y2="7"></line>`)}Border between autocracies (below) and democracies (above)</li>
    <li>${swatch(svg`<line class="half" x1="0" x2="14" y1="7" y2="7"></line>`)}Line at ${half}</li>
    <li>${swatch(svg`<g class="crossing"><line x1="7" x2="7" y1="0" y2="14"></line></g>`)}Year autocracies rose above ${half}</li>
  </ul>`;
}
