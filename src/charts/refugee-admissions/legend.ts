// The legend: the columns of refugees admitted, the ceiling's step line, the
// unused part of the ceiling, the partial year. Static, so it takes the same
// room before the data arrives.
import { html, svg, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'refugee.legend': 'Legend',
  'refugee.keyAdmitted': 'Refugees admitted',
  'refugee.keyCeiling': 'Ceiling',
  'refugee.keyShortfall': 'Ceiling not used',
  'refugee.keyPartial': 'Partial year (not comparable)',
});

const swatch = (inner: unknown): TemplateResult => html`<svg viewBox="0 0 14 14" aria-hidden="true">${inner}</svg>`;

export function renderAdmissionsLegend(): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${msg('refugee.legend')}>
    <li>${swatch(svg`<rect class="column" x="2" y="3" width="10" height="11"></rect>`)}${msg('refugee.keyAdmitted')}</li>
    <li>${swatch(svg`<path class="ceiling" d="M0,4H14"></path>`)}${msg('refugee.keyCeiling')}</li>
    <li>${swatch(svg`<rect class="shortfall" x="2" y="1" width="10" height="12"></rect>`)}${msg('refugee.keyShortfall')}</li>
    <li>${swatch(
      svg`<defs><pattern id="partial-key" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="5" height="5"></rect><line class="partial-line" x1="0" y1="0" x2="0" y2="5"></line></pattern></defs><rect class="column partial key" x="2" y="3" width="10" height="11"></rect>`,
    )}${msg('refugee.keyPartial')}</li>
  </ul>`;
}
