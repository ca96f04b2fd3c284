import { html, nothing, type TemplateResult } from 'lit';
import { formatIndex } from '../core/format.js';
import { cellUnit, formatCell } from './amounts.js';
import { NOT_REPORTED, whenLabel, type Words } from './describe.js';
import type { MeasureSource } from './measures.js';
import { isSingleYear, yearsOf, type Period } from './period.js';
import type { Recipient } from './ranking.js';
import { INDEX_NAMES, type IndexId } from './regimes.js';
import { NOT_CODED, REGIME_NAMES } from '../democracy/regimes.js';

export interface ExtraColumn {
  header: string;
  cell: (r: Recipient) => string;
}

/**
 * The table view shared by the ranking, the map and the scatter: every
 * recipient, same numbers as the chart; for a measure with gaps (military
 * aid), the recipients not reported follow, unranked, and a period's table
 * says how many years each total leaves out.
 */
export function renderRankingTable(
  source: MeasureSource,
  period: Period,
  rows: Recipient[],
  index: IndexId,
  words: Words,
  selectedCode: string,
  extra?: ExtraColumn,
  notReported: Recipient[] = [],
): TemplateResult {
  const single = isSingleYear(period);
  const when = whenLabel(source, period);
  const gapColumn = source.gaps && !single;
  const years = yearsOf(period).length;
  // The rank leads the recipient's cell and the index follows the regime, rather than each taking a column, so the table fits a phone's width.
  const row = (r: Recipient, ranked: boolean) => html`<tr class=${r.code === selectedCode ? 'selected' : ''}>
    <th scope="row"><span class="rank">${ranked ? r.rank : '–'}</span> <span class="name">${words.name(r.code)}</span></th>
    <td class="number">${ranked ? formatCell(source.unit, r.total, words.lang) : NOT_REPORTED}</td>
    ${single ? nothing : html`<td class="number">${ranked ? formatCell(source.unit, r.perYear, words.lang) : NOT_REPORTED}</td>`}
    ${gapColumn ? html`<td class="number">${r.missing ? `${r.missing} of ${years}` : 'none'}</td>` : nothing}
    <td>${r.regime === null ? NOT_CODED : REGIME_NAMES[r.regime]} <span class="index">(${r.index === null ? 'no data' : formatIndex(r.index, words.lang)})</span></td>
    ${extra ? html`<td class="number">${extra.cell(r)}</td>` : nothing}
  </tr>`;
  const count = `${rows.length} recipients${notReported.length ? `; ${notReported.length} ${NOT_REPORTED}` : ''}`;
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table: ${source.label}, ${when}">
    <table>
      <caption>
        ${source.label}, ${when}, ${source.basis} (${count})
      </caption>
      <thead>
        <tr>
          <th scope="col">Rank, recipient</th>
          <th scope="col" class="number">${single ? '' : 'Total, '}${cellUnit(source.unit)}</th>
          ${single ? nothing : html`<th scope="col" class="number">Per ${gapColumn ? 'reported ' : ''}year, ${cellUnit(source.unit)}</th>`}
          ${gapColumn ? html`<th scope="col" class="number">Years ${NOT_REPORTED}</th>` : nothing}
          <th scope="col">Regime ${period.to} (${INDEX_NAMES[index]})</th>
          ${extra ? html`<th scope="col" class="number">${extra.header}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map((r) => row(r, true))} ${notReported.map((r) => row(r, false))}
      </tbody>
    </table>
  </div>`;
}
