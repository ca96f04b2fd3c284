// The legend: the edition, the four categories, the divide, the half line and
// the crossings. Static per edition and measure, so it takes the same room
// before data arrives.
import { html, svg, type TemplateResult } from 'lit';
import { REGIME_COLORS, REGIME_NAMES } from '../../democracy/regimes.js';
import { messages } from '../../core/i18n.js';
import type { Measure } from './share-data.js';

const msg = messages({
  'share.legend': 'Legend',
  'share.row': 'Regimes of the World, {tag}:',
  'share.divide': 'Border between autocracies (below) and democracies (above)',
  'share.halfPeople': "Line at half of the world's people",
  'share.halfCountries': 'Line at half of all countries',
  'share.crossPeople': "Year autocracies rose above half of the world's people",
  'share.crossCountries': 'Year autocracies rose above half of all countries',
});

const swatch = (inner: unknown): TemplateResult => html`<svg viewBox="0 0 14 14" aria-hidden="true">${inner}</svg>`;

export function renderShareLegend(tag: string, measure: Measure): TemplateResult {
  const people = measure === 'population';
  return html`<ul class="legend" part="legend" aria-label=${msg('share.legend')}>
    <li class="edition">${msg('share.row', { tag })}</li>
    ${[3, 2, 1, 0].map((k) => html`<li>${swatch(svg`<rect width="14" height="14" fill=${REGIME_COLORS[k]!}></rect>`)}${REGIME_NAMES[k]}</li>`)}
    <li>${swatch(svg`<line class="divide" x1="0" x2="14" y1="7" y2="7"></line>`)}${msg('share.divide')}</li>
    <li>${swatch(svg`<line class="half" x1="0" x2="14" y1="7" y2="7"></line>`)}${msg(people ? 'share.halfPeople' : 'share.halfCountries')}</li>
    <li>${swatch(svg`<g class="crossing"><line x1="7" x2="7" y1="0" y2="14"></line></g>`)}${msg(people ? 'share.crossPeople' : 'share.crossCountries')}</li>
  </ul>`;
}
