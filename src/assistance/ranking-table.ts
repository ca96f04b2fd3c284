import { html, nothing, type TemplateResult } from 'lit';
import { formatIndex } from '../core/format.js';
import { cellUnit, formatCell } from './amounts.js';
import type { Words } from './describe.js';
import type { MeasureSource } from './measures.js';
import { isSingleYear, periodLabel, type Period } from './period.js';
import type { Recipient } from './ranking.js';
import { INDEX_NAMES, type IndexId } from './regimes.js';
import { NOT_CODED, REGIME_NAMES } from '../democracy/regimes.js';

/** The table view shared by the ranking, the map and the scatter: every recipient, same numbers as the chart. */
export function renderRankingTable(
  source: MeasureSource,
  period: Period,
  rows: Recipient[],
  index: IndexId,
  words: Words,
  selectedCode: string,
  extra?: { header: string; cell: (r: Recipient) => string },
): TemplateResult {
  const single = isSingleYear(period);
  const when = periodLabel(period, source.fiscal);
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table: ${source.label}, ${when}">
    <table>
      <caption>
        ${source.label}, ${when}, ${source.basis} (${rows.length} recipients)
      </caption>
      <thead>
        <tr>
          <th scope="col" class="number">Rank</th>
          <th scope="col">Recipient</th>
          <th scope="col" class="number">${single ? '' : 'Total, '}${cellUnit(source.unit)}</th>
          ${single ? nothing : html`<th scope="col" class="number">Per year, ${cellUnit(source.unit)}</th>`}
          <th scope="col">Regime ${period.to}</th>
          <th scope="col" class="number">${INDEX_NAMES[index]} ${period.to}</th>
          ${extra ? html`<th scope="col" class="number">${extra.header}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr class=${r.code === selectedCode ? 'selected' : ''}>
            <td class="number">${r.rank}</td>
            <th scope="row">${words.name(r.code)}</th>
            <td class="number">${formatCell(source.unit, r.total, words.lang)}</td>
            ${single ? nothing : html`<td class="number">${formatCell(source.unit, r.perYear, words.lang)}</td>`}
            <td>${r.regime === null ? NOT_CODED : REGIME_NAMES[r.regime]}</td>
            <td class="number">${r.index === null ? 'no data' : formatIndex(r.index, words.lang)}</td>
            ${extra ? html`<td class="number">${extra.cell(r)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
