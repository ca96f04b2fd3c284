// The legend: a dated count, a count over a stated period, the steps between
// counts, the peak year without a number, the presidential terms. Static, so
// it takes the same room before the data arrives.
import { html, svg, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'gtmo.legend': 'Legend',
  'gtmo.keyCount': 'Dated count',
  'gtmo.keyKnown': 'Count over a stated period',
  'gtmo.keyBetween': 'Between counts: when the number changed is not known',
  'gtmo.keyPeak': 'Year the most people were held (no number published)',
  'gtmo.keyTerm': 'Presidential terms',
});

const swatch = (inner: unknown): TemplateResult => html`<svg viewBox="0 0 14 14" aria-hidden="true">${inner}</svg>`;

export function renderDetaineeLegend(): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${msg('gtmo.legend')}>
    <li>${swatch(svg`<circle class="dot" cx="7" cy="7" r="4"></circle>`)}${msg('gtmo.keyCount')}</li>
    <li>${swatch(svg`<path class="known" d="M0,7H14"></path>`)}${msg('gtmo.keyKnown')}</li>
    <li>${swatch(svg`<path class="between" d="M0,4H8V11H14"></path>`)}${msg('gtmo.keyBetween')}</li>
    <li>${swatch(svg`<rect class="peak" x="3" y="0" width="8" height="14"></rect><path class="peak-arrow" d="M7,1l-3.5,6h7z"></path>`)}${msg('gtmo.keyPeak')}</li>
    <li>${swatch(svg`<rect class="term" x="0" y="0" width="14" height="14"></rect>`)}${msg('gtmo.keyTerm')}</li>
  </ul>`;
}
