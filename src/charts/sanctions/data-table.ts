// The counts for download: one row per period (the undated entries first),
// the first and last dates it covers, entries per kind shown and their sum;
// the notes as under the credit. Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataTableResult } from '../../core/export/data-table.js';
import { messages } from '../../core/i18n.js';
import type { Glomag, GlomagKind } from '../../data/sanctions.js';
import { KINDS, entriesOf, type Period } from './periods.js';
import { kindName, lede, sanctionsNotes } from './describe.js';

const msg = messages({
  'sanctions.csvPeriod': 'Year first seen (empty: undated)',
  'sanctions.csvFrom': 'First seen from (empty: before the record begins)',
  'sanctions.csvTo': 'First seen to',
  'sanctions.csvKind': '{kind} (list entries)',
  'sanctions.csvTotal': 'All kinds shown (list entries)',
  'sanctions.csvOrder': 'Undated entries first, then each year, oldest first.',
});

/** The first and last dates a period covers: the record's own ends for partial years and the undated entries. */
function spanOf(period: Period, data: Glomag): [string | null, string] {
  if (period.year === null) return [null, data.firstRecord];
  const from = period.year === data.partialYears[0] ? data.firstRecord : `${period.year}-01-01`;
  const to = period.year === data.partialYears[1] ? data.lastRecord : `${period.year}-12-31`;
  return [from, to];
}

export function sanctionsDataTable(title: string, data: Glomag, shown: readonly Period[], kinds: readonly GlomagKind[]): DataTableResult {
  const cols = KINDS.filter((k) => kinds.includes(k));
  return passOn([data.meta], () => ({
    title,
    sources: [sourceOf(data.meta)],
    notes: [lede(), ...sanctionsNotes(data), msg('sanctions.csvOrder'), emptyCellNote()],
    columns: columnsOf(msg('sanctions.csvPeriod'), msg('sanctions.csvFrom'), msg('sanctions.csvTo'), ...cols.map((k) => msg('sanctions.csvKind', { kind: kindName(k) })), msg('sanctions.csvTotal')),
    rows: shown.map((p) => [p.year, ...spanOf(p, data), ...cols.map((k) => p.counts[KINDS.indexOf(k)]!), entriesOf(p, kinds)]),
  }));
}
