// The tooltip of a fiscal year: the year (marked when partial), its ceiling,
// the refugees admitted, how far below or above the ceiling, the share of it
// used. Pure.
import { html, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import type { FiscalYear } from './years.js';
import { fyText, integer, percent } from './describe.js';

const msg = messages({
  'refugee.tipCeiling': 'Ceiling',
  'refugee.tipAdmitted': 'Refugees admitted',
  'refugee.tipBelow': 'Below the ceiling',
  'refugee.tipAbove': 'Above the ceiling',
  'refugee.tipShare': 'Share of the ceiling',
  'refugee.tipPartial': 'Only part of the year is counted: not comparable with whole years.',
});

export function renderYearReadout(fy: FiscalYear): TemplateResult {
  const gap = fy.difference;
  return html`<strong>${fyText(fy, true)}</strong>
    <dl>
      <dt>${msg('refugee.tipCeiling')}</dt><dd>${integer(fy.ceiling, true)}</dd>
      <dt>${msg('refugee.tipAdmitted')}</dt><dd>${integer(fy.admitted, true)}</dd>
      ${fy.partial
        ? ''
        : html`${gap !== 0 ? html`<dt>${msg(gap < 0 ? 'refugee.tipBelow' : 'refugee.tipAbove')}</dt><dd>${integer(Math.abs(gap), true)}</dd>` : ''}
            <dt>${msg('refugee.tipShare')}</dt><dd>${percent(fy.share)}</dd>`}
    </dl>
    ${fy.partial ? html`<p class="note">${msg('refugee.tipPartial')}</p>` : ''}`;
}
