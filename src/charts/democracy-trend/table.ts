// The table view: one row per year, newest first, one column per series. Pure.
import { html, type TemplateResult } from 'lit';
import type { TrendSeries } from '../../democracy/trend-data.js';
import { valueText, type TrendWording } from './describe.js';

export function renderTrendTable(series: TrendSeries[], years: readonly number[], caption: string, words: TrendWording): TemplateResult {
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table: ${caption}">
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          ${series.map((s) => html`<th scope="col" class="number">${words.name(s.id)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${[...years].reverse().map(
          (year) => html`<tr>
            <th scope="row">${year}</th>
            ${series.map((s) => html`<td class="number">${valueText(s, year, words.lang)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
