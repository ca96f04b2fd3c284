import { html, nothing, type TemplateResult } from 'lit';
import { formatCount } from '../../core/format.js';
import { totalOf, type Measure, type YearCell } from './annual.js';
import { periodLabel, type ComparisonGroup } from './comparison.js';
import { formatEstimate, formatRange, yearsLabel } from './describe.js';

export interface AnnualTableInput {
series: YearCell[][];
codes: string[];
measure: Measure;
from: number;
to: number;
withContext: boolean;
label: string;
name: (code: string) => string;
lang: string;
}

/** The annual view's numbers as a table: every covered country-year, and each country's total. */
export function annualTable({ series, codes, measure, from, to, withContext, label, name: nameOf, lang }: AnnualTableInput): TemplateResult {
const totals = series.map((cells) => totalOf(cells, measure));
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table: ${label}">
    <table>
      <caption>TBIJ reported ranges (minimum–maximum), ${yearsLabel(from, to)}</caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col">Year</th>
          <th scope="col" class="number">Strikes</th>
          <th scope="col" class="number">Civilians killed</th>
          <th scope="col" class="number">Children killed</th>
          <th scope="col" class="number">People killed</th>
          <th scope="col" class="number">Injured</th>
          ${withContext ? html`<th scope="col" class="number">UCDP conflict deaths</th>` : nothing}
        </tr>
      </thead>
      ${series.map((cells, i) => {
        const total = totals[i];
        const name = nameOf(codes[i]!);
        return html`<tbody>
          ${cells.filter((c) => c.covered).map(
            (c) => html`<tr>
              <th scope="row">${name}</th>
              <td>${c.year}</td>
              <td class="number">${formatCount(c.strikes, lang)}</td>
              ${(['civilians', 'children', 'killed', 'injured'] as const).map((m) => html`<td class="number">${formatRange(c.all[m], lang)}</td>`)}
              ${withContext ? html`<td class="number">${c.conflictDeaths === null ? 'no data' : formatCount(c.conflictDeaths, lang)}</td>` : nothing}
            </tr>`,
          )}
          ${total
            ? html`<tr class="total">
                <th scope="row">${name}, total</th>
                <td>${yearsLabel(total.first, total.last)}</td>
                <td class="number">${formatCount(total.strikes, lang)}</td>
                ${(['civilians', 'children', 'killed', 'injured'] as const).map((m) => html`<td class="number">${formatRange(total.all[m], lang)}</td>`)}
                ${withContext ? html`<td class="number">${formatCount(cells.filter((c) => c.covered).reduce((s, c) => s + (c.conflictDeaths ?? 0), 0), lang)}</td>` : nothing}
              </tr>`
            : html`<tr><th scope="row">${name}</th><td colspan=${withContext ? 7 : 6}>Not covered by TBIJ in ${yearsLabel(from, to)}</td></tr>`}
        </tbody>`;
      })}
    </table>
  </div>`;
}

/** Official counts and independent estimates as a table, scope differences in their own column. */
export function comparisonTable(groups: ComparisonGroup[], lang: string): TemplateResult {
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table: official counts and independent estimates">
    <table>
      <caption>Civilians killed: official counts and independent estimates († hand-transcribed)</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Type</th>
          <th scope="col">Source</th>
          <th scope="col">Places</th>
          <th scope="col" class="number">Civilians killed</th>
          <th scope="col">Scope differences</th>
        </tr>
      </thead>
      <tbody>
        ${groups.flatMap((g) =>
          g.entries.map(
            (e) => html`<tr>
              <td>${periodLabel(g.start, g.end, lang)}</td>
              <td>${e.row.estimateType}${e.row.handTranscribed ? '†' : ''}</td>
              <th scope="row">${e.row.sourceOrg}</th>
              <td>${e.row.theatre}</td>
              <td class="number">${formatEstimate(e.row, lang)}</td>
              <td>${e.scope.join(' ')}</td>
            </tr>`,
          ),
        )}
      </tbody>
    </table>
  </div>`;
}
