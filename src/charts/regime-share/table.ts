// The table view: one row per year, newest first. Pure.
import { html, nothing, type TemplateResult } from 'lit';
import type { Measure, ShareRow } from './share-data.js';
import { autocraciesLabel, formatPercent, integer, type ShareWording } from './describe.js';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'share.tableLabel': 'Table: {caption}',
  'share.year': 'Year',
  'share.coverage': 'Coverage',
});

/** The heading of the years' column (table view and CSV). */
export const yearHeading = (): string => msg('share.year');

/** "All autocracies (V-Dem v15)": the sum's column, named with the edition. */
export const sumHeading = (measure: Measure, words: ShareWording): string => `${autocraciesLabel(measure)} (${words.tag ?? words.edition})`;

export function renderShareTable(rows: ShareRow[], measure: Measure, caption: string, words: ShareWording): TemplateResult {
  const countries = measure === 'countries';
  const percent = (share: number): string => formatPercent(share, words.lang);
  const cell = (row: ShareRow, k: number): string => (countries ? `${integer(row.counts[k])} (${percent(row.shares[k]!)})` : percent(row.shares[k]!));
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('share.tableLabel', { caption })}>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${yearHeading()}</th>
          ${[0, 1, 2, 3].map((k) => html`<th scope="col" class="number">${words.regimes[k]}</th>`)}
          <th scope="col" class="number">${sumHeading(measure, words)}</th>
          ${countries ? nothing : html`<th scope="col" class="number">${msg('share.coverage')}</th>`}
        </tr>
      </thead>
      <tbody>
        ${[...rows].reverse().map(
          (row) => html`<tr>
            <th scope="row">${integer(row.year)}</th>
            ${[0, 1, 2, 3].map((k) => html`<td class="number">${cell(row, k)}</td>`)}
            <td class="number highlight">${countries ? `${integer(row.counts[0] + row.counts[1])} (${percent(row.autocracyShare)})` : percent(row.autocracyShare)}</td>
            ${countries ? nothing : html`<td class="number">${percent(row.coverage)}</td>`}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
