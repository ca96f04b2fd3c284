// The table view: one row per year, newest first, one column per series; the
// 68% interval goes under its value, so four countries fit a phone. Pure.
import { html, nothing, type TemplateResult } from 'lit';
import type { TrendSeries } from '../../democracy/trend-data.js';
import { formatIndex } from '../../core/format.js';
import { noDataText, yearHeading, type TrendWording } from './describe.js';
import { messages } from '../../core/i18n.js';
import { yearText } from '../../democracy/trend-data.js';

const msg = messages({
  'trend.tableLabel': 'Table: {caption}',
});

function cell(series: TrendSeries, year: number, lang: string): TemplateResult {
  const p = series.points.find((point) => point.year === year);
  if (!p || p.value === null) return html`<td class="number none">${noDataText()}</td>`;
  // A break after the dash only where the column is too narrow for the whole interval.
  const range = p.low !== null && p.high !== null ? html`${formatIndex(p.low, lang)}–<wbr />${formatIndex(p.high, lang)}` : nothing;
  // Left to right in every language: in a right-to-left table a range broken after its dash would read as a negative number.
  return html`<td class="number">${formatIndex(p.value, lang)}${range === nothing ? nothing : html`<span class="interval" dir="ltr">${range}</span>`}</td>`;
}

export function renderTrendTable(series: TrendSeries[], years: readonly number[], caption: string, words: TrendWording): TemplateResult {
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('trend.tableLabel', { caption })}>
    <table class="trend-table">
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${yearHeading()}</th>
          ${series.map((s) => html`<th scope="col" class="number">${words.name(s.id)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${[...years].reverse().map(
          (year) => html`<tr>
            <th scope="row">${yearText(year)}</th>
            ${series.map((s) => cell(s, year, words.lang))}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
