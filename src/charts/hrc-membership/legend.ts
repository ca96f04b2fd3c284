// The legend: the four regime types in the columns' order, members V-Dem does
// not rate, the line of the seats and the U.S. row's marks. Static, so it
// takes the same room before the data arrives.
import { html, svg, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import { REGIME_COLORS, REGIME_COLORS_DARK, REGIME_NAMES, notCoded } from '../../democracy/regimes.js';

const msg = messages({
  'hrc.legend': 'Legend',
  'hrc.keySeats': 'The Council’s seats',
  'hrc.keyUsMember': 'U.S. a member',
  'hrc.keyUsWithdrew': 'U.S. withdrew during the cycle',
  'hrc.keyUsAbsent': 'U.S. not a member',
});

const swatch = (inner: unknown): TemplateResult => html`<svg viewBox="0 0 14 14" aria-hidden="true">${inner}</svg>`;

export function renderMembershipLegend(dark: boolean): TemplateResult {
  const colors = dark ? REGIME_COLORS_DARK : REGIME_COLORS;
  return html`<ul class="legend" part="legend" aria-label=${msg('hrc.legend')}>
    ${[0, 1, 2, 3].map((k) => html`<li>${swatch(svg`<rect width="14" height="14" fill=${colors[k]!}></rect>`)}${REGIME_NAMES[k]}</li>`)}
    <li>${swatch(svg`<rect class="segment part-none" x="0.5" y="0.5" width="13" height="13"></rect>`)}${notCoded()}</li>
    <li>${swatch(svg`<line class="seats" x1="0" x2="14" y1="7" y2="7"></line>`)}${msg('hrc.keySeats')}</li>
    <li>${swatch(svg`<rect class="us-box us-member" x="3" y="3" width="8" height="8"></rect>`)}${msg('hrc.keyUsMember')}</li>
    <li>${swatch(svg`<rect class="us-box" x="3" y="3" width="8" height="8"></rect><rect class="us-member" x="3" y="3" width="4" height="8"></rect>`)}${msg('hrc.keyUsWithdrew')}</li>
    <li>${swatch(svg`<rect class="us-box" x="3" y="3" width="8" height="8"></rect>`)}${msg('hrc.keyUsAbsent')}</li>
  </ul>`;
}
