// The table view: one row per year, newest first. Pure.
import { html, nothing, type TemplateResult } from 'lit';
import type { Measure, ShareRow } from './share-data.js';
import { formatPercent, type ShareWording } from './describe.js';

export function renderShareTable(rows: ShareRow[], measure: Measure, caption: string, words: ShareWording): TemplateResult {
  const countries = measure === 'countries';
  const percent = (share: number): string => formatPercent(share, words.lang);
  const cell = (row: ShareRow, k: number): string => (countries ? `${row.counts[k]} (${percent(row.shares[k]!)})` : percent(row.shares[k]!));
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table: ${caption}">
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          ${[0, 1, 2, 3].map((k) => html`<th scope="col" class="number">${words.regimes[k]}</th>`)}
          <th scope="col" class="number">${countries ? 'All autocracies' : 'People in autocracies'} (${words.tag ?? words.edition})</th>
          ${countries ? nothing : html`<th scope="col" class="number">Coverage</th>`}
        </tr>
      </thead>
      <tbody>
        ${[...rows].reverse().map(
          (row) => html`<tr>
            <th scope="row">${row.year}</th>
            ${[0, 1, 2, 3].map((k) => html`<td class="number">${cell(row, k)}</td>`)}
            <td class="number highlight">${countries ? `${row.counts[0] + row.counts[1]} (${percent(row.autocracyShare)})` : percent(row.autocracyShare)}</td>
            ${countries ? nothing : html`<td class="number">${percent(row.coverage)}</td>`}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
