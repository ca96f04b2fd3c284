// The fiscal years for download: one row per year with the ceiling, the
// refugees admitted and whether the year is partial; the notes in the header
// lines. MPI's table may need its permission to pass on, so the download
// names where to get it instead (core/export/data-table.ts). Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataTableResult } from '../../core/export/data-table.js';
import { messages } from '../../core/i18n.js';
import type { RefugeeAdmissions } from '../../data/refugee-admissions.js';
import type { FiscalYear } from './years.js';
import { admissionsNotes } from './describe.js';

const msg = messages({
  'refugee.csvYear': 'Fiscal year (1 October to 30 September)',
  'refugee.csvCeiling': 'Refugee ceiling (persons)',
  'refugee.csvAdmitted': 'Refugees admitted (persons)',
  'refugee.csvPartial': 'Partial year',
  'refugee.csvYes': 'yes',
  'refugee.csvOrder': 'Oldest fiscal year first.',
});

export function admissionsDataTable(title: string, data: RefugeeAdmissions, years: readonly FiscalYear[]): DataTableResult {
  return passOn([data.meta], () => ({
    title,
    sources: [sourceOf(data.meta)],
    notes: [...admissionsNotes(data), msg('refugee.csvOrder'), emptyCellNote()],
    columns: columnsOf(msg('refugee.csvYear'), msg('refugee.csvCeiling'), msg('refugee.csvAdmitted'), msg('refugee.csvPartial')),
    rows: years.map((fy) => [fy.year, fy.ceiling, fy.admitted, fy.partial ? msg('refugee.csvYes') : null]),
  }));
}
