import { html, nothing, type TemplateResult } from 'lit';
import { formatCount, formatIndex } from '../core/format.js';
import { messages } from '../core/i18n.js';
import { cellUnit, formatCell } from './amounts.js';
import { noData, notReported, regimeName, whenLabel, type Words } from './describe.js';
import type { MeasureSource } from './measures.js';
import { isSingleYear, yearsOf, type Period } from './period.js';
import type { Recipient } from './ranking.js';
import { INDEX_NAMES, type IndexId } from './regimes.js';

const msg = messages({
  'aid.t.label': 'Table: {measure}, {when}',
  'aid.t.cap': '{measure}, {when}, {basis} ({count})',
  'aid.t.recips': { one: '# recipient', other: '# recipients' },
  'aid.t.gaps': '{recipients}; {notReported}',
  'aid.t.nr': { other: '# not reported' },
  'aid.t.ofYears': '{missing} of {years}',
  'aid.t.none': 'none',
  'aid.t.rankRecip': 'Rank, recipient',
  'aid.t.total': 'Total, {unit}',
  'aid.t.perYear': 'Per year, {unit}',
  'aid.t.perRep': 'Per reported year, {unit}',
  'aid.t.missing': 'Years not reported',
  'aid.t.regime': 'Regime {year} ({index})',
});

export interface ExtraColumn {
  header: string;
  cell: (r: Recipient) => string;
}

/** "24 recipients", "24 recipients; 3 not reported". */
export function recipientCount(ranked: number, unreported: number): string {
  const recipients = msg('aid.t.recips', { count: ranked });
  return unreported ? msg('aid.t.gaps', { recipients, notReported: msg('aid.t.nr', { count: unreported }) }) : recipients;
}

/** "Military aid, FY2013, disbursements, current US dollars, U.S. fiscal year (24 recipients)": the table's caption. */
export const tableCaption = (source: MeasureSource, when: string, count: string): string =>
  msg('aid.t.cap', { measure: source.label, when, basis: source.basis, count });

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
  unreported: Recipient[] = [],
): TemplateResult {
  const single = isSingleYear(period);
  const when = whenLabel(source, period);
  const gapColumn = source.gaps && !single;
  const years = yearsOf(period).length;
  const gap = notReported();
  const unit = cellUnit(source.unit);
  // The rank leads the recipient's cell and the index follows the regime, rather than each taking a column, so the table fits a phone's width.
  const row = (r: Recipient, ranked: boolean) => html`<tr class=${r.code === selectedCode ? 'selected' : ''}>
    <th scope="row"><span class="rank">${ranked ? formatCount(r.rank, words.lang) : '–'}</span> <span class="name">${words.name(r.code)}</span></th>
    <td class="number">${ranked ? formatCell(source.unit, r.total, words.lang) : gap}</td>
    ${single ? nothing : html`<td class="number">${ranked ? formatCell(source.unit, r.perYear, words.lang) : gap}</td>`}
    ${gapColumn ? html`<td class="number">${r.missing ? msg('aid.t.ofYears', { missing: r.missing, years }) : msg('aid.t.none')}</td>` : nothing}
    <td>${regimeName(r.regime)} <span class="index">(${r.index === null ? noData() : formatIndex(r.index, words.lang)})</span></td>
    ${extra ? html`<td class="number">${extra.cell(r)}</td>` : nothing}
  </tr>`;
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('aid.t.label', { measure: source.label, when })}>
    <table>
      <caption>
        ${tableCaption(source, when, recipientCount(rows.length, unreported.length))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('aid.t.rankRecip')}</th>
          <th scope="col" class="number">${single ? unit : msg('aid.t.total', { unit })}</th>
          ${single ? nothing : html`<th scope="col" class="number">${msg(gapColumn ? 'aid.t.perRep' : 'aid.t.perYear', { unit })}</th>`}
          ${gapColumn ? html`<th scope="col" class="number">${msg('aid.t.missing')}</th>` : nothing}
          <th scope="col">${msg('aid.t.regime', { year: period.to, index: INDEX_NAMES[index] })}</th>
          ${extra ? html`<th scope="col" class="number">${extra.header}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${rows.map((r) => row(r, true))} ${unreported.map((r) => row(r, false))}
      </tbody>
    </table>
  </div>`;
}
