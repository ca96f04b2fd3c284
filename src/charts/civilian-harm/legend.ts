import { html, nothing, type TemplateResult } from 'lit';
import { formatCount } from '../../core/format.js';
import { messages } from '../../core/i18n.js';
import { harmMsg } from '../../harm/wording.js';

const msg = messages({
  'civcas.kOff': 'Official figure (solid)',
  'civcas.kInd': 'Independent estimate, low to high (outlined)',
  'civcas.kOpen': 'At least: no upper figure published',
  'civcas.kBar': "Bar spans TBIJ's reported minimum to maximum",
  'civcas.kStr': 'Strikes per year, TBIJ minimum (line: maximum where higher)',
  'civcas.kStrT': 'Strikes per year, TBIJ minimum (line: maximum where higher; strip top {top})',
  'civcas.kUcdp': 'Conflict deaths per year, all sides (UCDP)',
  'civcas.kUcdpT': 'Conflict deaths per year, all sides (UCDP; strip top {top})',
  'civcas.kGap': 'Not covered by TBIJ (hatched)',
});

/** The key of the comparison view: shape and fill, not colour alone, tell official from independent. */
export function comparisonLegend(): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${harmMsg('harm.key')}>
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><rect class="official-mark" x="1" y="3" width="12" height="8"></rect></svg>${msg('civcas.kOff')}</li>
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><rect class="independent-mark" x="1.5" y="3" width="11" height="8"></rect></svg>${msg('civcas.kInd')}</li>
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><path class="open-end" d="M3,2 l8,5 l-8,5 z"></path></svg>${msg('civcas.kOpen')}</li>
  </ul>`;
}

/** The key of the annual view; maxima appear once the data (and so the scales) are known. */
export function annualLegend(
  maxStrikes: number | undefined,
  maxConflict: number | undefined,
  withContext: boolean,
  lang: string,
): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${harmMsg('harm.key')}>
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><rect class="range" x="3" y="1" width="8" height="12"></rect><line class="end" x1="3" x2="11" y1="1" y2="1"></line><line class="end" x1="3" x2="11" y1="13" y2="13"></line></svg>${msg('civcas.kBar')}</li>
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><rect class="strike" x="3" y="4" width="8" height="10"></rect></svg>${maxStrikes === undefined ? msg('civcas.kStr') : msg('civcas.kStrT', { top: formatCount(maxStrikes, lang) })}</li>
    ${withContext
      ? html`<li><svg viewBox="0 0 14 14" aria-hidden="true"><rect class="conflict" x="3" y="4" width="8" height="10"></rect></svg>${maxConflict === undefined ? msg('civcas.kUcdp') : msg('civcas.kUcdpT', { top: formatCount(maxConflict, lang) })}</li>`
      : nothing}
    <li>
      <svg viewBox="0 0 14 14" aria-hidden="true">
        <defs>
          <pattern id="legend-not-covered" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
          </pattern>
        </defs>
        <rect class="legend-gap" width="14" height="14" fill="url(#legend-not-covered)"></rect>
      </svg>
      ${msg('civcas.kGap')}
    </li>
  </ul>`;
}
