import { html, nothing, type TemplateResult } from 'lit';
import { formatCount } from '../../core/format.js';
import type { YearStatus } from '../../data/types.js';
import { messages } from '../../core/i18n.js';
import { formatCountRange, harmMsg, yearLabel } from '../../harm/wording.js';
import { conflictTotal, totalOf, type Measure, type YearCell } from './annual.js';
import { kindOf, periodLabel, rowPeriod, type ComparisonGroup } from './comparison.js';
import { countsOf } from './comparison-pairs.js';
import { ANNUAL_LABELS, civcasMsg, formatConflict, formatEstimate, formatRange, rowNote, sourceName, yearsLabel } from './describe.js';

/** The annual view's settings and data, as the element resolved them from its attributes. */
export interface AnnualTableInput {
  series: YearCell[][];
  codes: string[];
  measure: Measure;
  from: number;
  to: number;
  withContext: boolean;
  /** The chart's default heading, for accessible names. */
  label: string;
  name: (code: string) => string;
  lang: string;
  years?: YearStatus;
}

const MEASURE_COLUMNS = ['civilians', 'children', 'killed', 'injured'] as const;

const msg = messages({
  'civcas.noUcdp': '{deaths} (incomplete: no data for {years})',
  'civcas.tableA': 'Table: {label}',
  'civcas.capA': 'TBIJ reported ranges (minimum–maximum), {years}',
  'civcas.totalRow': '{name}, total',
  'civcas.notCov': 'Not covered by TBIJ in {years}',
  'civcas.tableC': 'Table: official counts and independent estimates',
  'civcas.capC': 'Civilians killed: official counts and independent estimates († hand-transcribed)',
});

/** "Official: US Department of Defense", the source's name marked as the table's own English. */
function kindAndSource(kind: string, source: string): TemplateResult {
  const [before, after] = civcasMsg('civcas.rowKind', { kind, source: '\u0000' }).split('\u0000');
  return html`${before}<span lang="en" dir="auto">${source}</span>${after}`;
}

/** UCDP deaths over a country's covered years; years without data are named, never counted as 0. */
function conflictTotalText(cells: YearCell[], lang: string): string {
  const { deaths, missing } = conflictTotal(cells);
  if (!missing.length) return formatCount(deaths, lang);
  const all = missing.length === cells.filter((c) => c.covered).length;
  if (all) return formatConflict(null, lang);
  return msg('civcas.noUcdp', { deaths: formatCount(deaths, lang), years: yearsLabel(missing[0]!, missing[missing.length - 1]!, lang) });
}

/** The annual view's numbers as a table: every covered country-year, and each country's total. */
export function annualTable({ series, codes, measure, from, to, withContext, label, name: nameOf, lang, years }: AnnualTableInput): TemplateResult {
  const totals = series.map((cells) => totalOf(cells, measure));
  const columns = withContext ? 8 : 7;
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('civcas.tableA', { label })}>
    <table>
      <caption>${msg('civcas.capA', { years: yearsLabel(from, to, lang) })}</caption>
      <thead>
        <tr>
          <th scope="col">${harmMsg('harm.country')}</th>
          <th scope="col">${civcasMsg('civcas.year')}</th>
          <th scope="col" class="number">${ANNUAL_LABELS.strikes}</th>
          <th scope="col" class="number">${ANNUAL_LABELS.records}</th>
          ${MEASURE_COLUMNS.map((m) => html`<th scope="col" class="number">${ANNUAL_LABELS[m]}</th>`)}
          ${withContext ? html`<th scope="col" class="number">${ANNUAL_LABELS.conflict}</th>` : nothing}
        </tr>
      </thead>
      ${series.map((cells, i) => {
        const total = totals[i];
        const name = nameOf(codes[i]!);
        return html`<tbody>
          ${cells.filter((c) => c.covered).map(
            (c) => html`<tr>
              <th scope="row">${name}</th>
              <td>${yearLabel(c.year, years, lang)}</td>
              <td class="number">${formatRange(c.strikes, lang)}</td>
              <td class="number">${formatCount(c.records, lang)}</td>
              ${MEASURE_COLUMNS.map((m) => html`<td class="number">${formatRange(c.all[m], lang)}</td>`)}
              ${withContext ? html`<td class="number">${formatConflict(c.conflictDeaths, lang)}</td>` : nothing}
            </tr>`,
          )}
          ${total
            ? html`<tr class="total">
                <th scope="row">${msg('civcas.totalRow', { name })}</th>
                <td>${yearsLabel(total.first, total.last, lang)}</td>
                <td class="number">${formatRange(total.strikes, lang)}</td>
                <td class="number">${formatCount(total.records, lang)}</td>
                ${MEASURE_COLUMNS.map((m) => html`<td class="number">${formatRange(total.all[m], lang)}</td>`)}
                ${withContext ? html`<td class="number">${conflictTotalText(cells, lang)}</td>` : nothing}
              </tr>`
            : html`<tr><th scope="row">${name}</th><td colspan=${columns}>${msg('civcas.notCov', { years: yearsLabel(from, to, lang) })}</td></tr>`}
        </tbody>`;
      })}
    </table>
  </div>`;
}

/**
 * Official counts and independent estimates as a table: the source first (it
 * stays in view when the table scrolls sideways), what each figure covers, the
 * numbers with their units in the headers, and each row's own notes.
 */
export function comparisonTable(groups: ComparisonGroup[], lang: string): TemplateResult {
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('civcas.tableC')}>
    <table class="comparison-table">
      <caption>${msg('civcas.capC')}</caption>
      <thead>
        <tr>
          <th scope="col">${harmMsg('harm.source')}</th>
          <th scope="col">${civcasMsg('civcas.period')}</th>
          <th scope="col">${civcasMsg('civcas.covers')}</th>
          <th scope="col" class="number">${harmMsg('harm.civ')}</th>
          <th scope="col" class="number">${ANNUAL_LABELS.strikes}</th>
          <th scope="col" class="wide">${civcasMsg('civcas.notes')}</th>
        </tr>
      </thead>
      <tbody>
        ${groups.flatMap((g) =>
          g.entries.map(
            (e) => html`<tr>
              <th scope="row">${kindAndSource(kindOf(e.row), `${sourceName(e.row.sourceOrg, lang)}${e.row.handTranscribed ? '†' : ''}`)}</th>
              <td>${e.row.periodStated ? periodLabel(g.start, g.end, lang) : rowPeriod(e.row, lang)}</td>
              <td>${countsOf(e.row, lang)}</td>
              <td class="number">${formatEstimate(e.row, lang)}</td>
              <td class="number">${e.row.strikes === null ? harmMsg('harm.notGiven') : formatCountRange({ min: e.row.strikes, max: e.row.strikesHigh ?? e.row.strikes }, lang)}</td>
              <td class="wide" lang="en" dir="auto">${rowNote(e.row)}</td>
            </tr>`,
          ),
        )}
      </tbody>
    </table>
  </div>`;
}
