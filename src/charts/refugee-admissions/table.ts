// The table view: one row per fiscal year with its ceiling, the refugees
// admitted, the difference and the share of the ceiling used; the partial
// year marked in its row header and left without a difference. Pure.
import { html, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import type { FiscalYear } from './years.js';
import { fyText, integer, percent } from './describe.js';

const msg = messages({
  'refugee.tableLabel': 'Table: {caption}',
  'refugee.colYear': 'Fiscal year',
  'refugee.colCeiling': 'Ceiling',
  'refugee.colAdmitted': 'Refugees admitted',
  'refugee.colDifference': 'Admitted minus ceiling',
  'refugee.colShare': 'Share of the ceiling',
  'refugee.notComparable': 'partial year',
});

/** A signed difference: "−24,584", "+1,531", "0". */
export const signed = (value: number): string => (value > 0 ? '+' : value < 0 ? '\u2212' : '') + integer(Math.abs(value), true);

export function renderAdmissionsTable(years: readonly FiscalYear[], caption: string): TemplateResult {
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('refugee.tableLabel', { caption })}>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('refugee.colYear')}</th>
          <th scope="col" class="number">${msg('refugee.colCeiling')}</th>
          <th scope="col" class="number">${msg('refugee.colAdmitted')}</th>
          <th scope="col" class="number">${msg('refugee.colDifference')}</th>
          <th scope="col" class="number">${msg('refugee.colShare')}</th>
        </tr>
      </thead>
      <tbody>
        ${years.map(
          (fy) => html`<tr class=${fy.partial ? 'partial' : ''}>
            <th scope="row">${fyText(fy, true)}</th>
            <td class="number">${integer(fy.ceiling, true)}</td>
            <td class="number">${integer(fy.admitted, true)}</td>
            <td class="number">${fy.partial ? msg('refugee.notComparable') : html`<span dir="ltr">${signed(fy.difference)}</span>`}</td>
            <td class="number">${fy.partial ? msg('refugee.notComparable') : percent(fy.share)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
