// The views a reader may never open, loaded on first use: the table of the
// countries chosen, and the same rows for download. Pure.
import { html, type TemplateResult } from 'lit';
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataTableResult } from '../../core/export/data-table.js';
import { formatList, messages } from '../../core/i18n.js';
import type { SourceMeta } from '../../data/types.js';
import type { SurveillanceRow } from './model.js';
import { columnWords, companyList, regimeHeading, regimeName, supplierList, technologyName } from './describe.js';

const msg = messages({
  'surv.tableLabel': 'Table: {caption}',
  'surv.caption': { one: '{heading}: # country (AIGS 2022)', other: '{heading}: # countries (AIGS 2022)' },
  'surv.country': 'Country',
  'surv.empty': 'No country in the index matches this choice.',
  'surv.csvChina': 'Chinese companies (1 = yes)',
  'surv.csvUs': 'U.S. companies (1 = yes)',
  'surv.csvOther': 'Other supplier countries (ISO alpha-3)',
  'surv.csvCode': 'ISO alpha-3 code',
  'surv.csvRegime': 'V-Dem regime, {year} (0 closed autocracy to 3 liberal democracy)',
  'surv.csvOrder': 'Countries in alphabetical order of their ISO code; technology columns: 1 = documented.',
});

export interface TableInput {
  heading: string;
  rows: readonly SurveillanceRow[];
  name: (code: string) => string;
  lang: string;
  regimeYear: number;
  selected: string;
}

/** Every country chosen, by name: technologies, suppliers, companies and regime type. */
export function renderSurveillanceTable({ heading, rows, name, lang, regimeYear, selected }: TableInput): TemplateResult {
  const words = columnWords();
  const caption = msg('surv.caption', { heading, count: rows.length });
  const sorted = [...rows].sort((a, b) => name(a.code).localeCompare(name(b.code), lang));
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('surv.tableLabel', { caption })}>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('surv.country')}</th>
          <th scope="col">${words.technologies}</th>
          <th scope="col">${words.suppliers}</th>
          <th scope="col">${words.companies}</th>
          <th scope="col">${regimeHeading(regimeYear)}</th>
        </tr>
      </thead>
      <tbody>
        ${sorted.length
          ? sorted.map(
              (row) => html`<tr class=${row.code === selected ? 'selected-row' : ''}>
                <th scope="row">${name(row.code)}</th>
                <td>${formatList(row.technologies.map(technologyName), lang)}</td>
                <td>${supplierList(row, name, lang)}</td>
                <td><bdi>${companyList(row, lang)}</bdi></td>
                <td>${regimeName(row.regime, lang)}</td>
              </tr>`,
            )
          : html`<tr><td colspan="5">${msg('surv.empty')}</td></tr>`}
      </tbody>
    </table>
  </div>`;
}

export interface DownloadInput {
  title: string;
  rows: readonly SurveillanceRow[];
  technologies: readonly SurveillanceRow['technologies'][number][];
  regimeYear: number;
  metas: SourceMeta[];
  notes: string[];
  name: (code: string) => string;
}

/** The rows chosen, one per country, raw flags and codes, for download as CSV. */
export function surveillanceDataTable({ title, rows, technologies, regimeYear, metas, notes, name }: DownloadInput): DataTableResult {
  const words = columnWords();
  return passOn(metas, () => ({
    title,
    sources: metas.map(sourceOf),
    notes: [...notes, msg('surv.csvOrder'), emptyCellNote()],
    columns: columnsOf(
      msg('surv.country'),
      msg('surv.csvCode'),
      ...technologies.map(technologyName),
      msg('surv.csvChina'),
      msg('surv.csvUs'),
      msg('surv.csvOther'),
      words.companies,
      msg('surv.csvRegime', { year: regimeYear }),
    ),
    rows: rows.map((row) => [
      name(row.code),
      row.code,
      ...technologies.map((t) => (row.technologies.includes(t) ? 1 : 0)),
      row.china ? 1 : 0,
      row.us ? 1 : 0,
      row.otherSuppliers.join(' '),
      row.companies.join('; '),
      row.regime,
    ]),
  }));
}
