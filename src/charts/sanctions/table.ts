// The table view: one row per period (the undated entries first), one column
// per kind shown and their total, and a total row. Pure.
import { html, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import type { GlomagKind } from '../../data/sanctions.js';
import { KINDS, entriesOf, totals, type Period } from './periods.js';
import { integer, kindName, periodName, type RecordSpan } from './describe.js';

const msg = messages({
  'sanctions.tableLabel': 'Table: {caption}',
  'sanctions.colPeriod': 'First seen',
  'sanctions.colTotal': 'All kinds shown',
  'sanctions.totalRow': 'Total',
});

export const periodHeading = (): string => msg('sanctions.colPeriod');
export const totalHeading = (): string => msg('sanctions.colTotal');

export function renderSanctionsTable(shown: readonly Period[], kinds: readonly GlomagKind[], record: RecordSpan, caption: string): TemplateResult {
  const cols = KINDS.filter((k) => kinds.includes(k));
  const sums = totals(shown);
  const all = { year: 0, partial: false, counts: sums } as Period;
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('sanctions.tableLabel', { caption })}>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('sanctions.colPeriod')}</th>
          ${cols.map((k) => html`<th scope="col" class="number">${kindName(k)}</th>`)}
          ${cols.length > 1 ? html`<th scope="col" class="number">${msg('sanctions.colTotal')}</th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (p) => html`<tr class=${p.year === null ? 'undated' : ''}>
            <th scope="row">${periodName(p, record)}</th>
            ${cols.map((k) => html`<td class="number">${integer(p.counts[KINDS.indexOf(k)]!, true)}</td>`)}
            ${cols.length > 1 ? html`<td class="number">${integer(entriesOf(p, kinds), true)}</td>` : ''}
          </tr>`,
        )}
        <tr class="total">
          <th scope="row">${msg('sanctions.totalRow')}</th>
          ${cols.map((k) => html`<td class="number">${integer(sums[KINDS.indexOf(k)]!, true)}</td>`)}
          ${cols.length > 1 ? html`<td class="number">${integer(entriesOf(all, kinds), true)}</td>` : ''}
        </tr>
      </tbody>
    </table>
  </div>`;
}
