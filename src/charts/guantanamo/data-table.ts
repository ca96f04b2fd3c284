// The counts for download: one row per dated count, oldest first, with the
// number held, the source and its page; everyone ever held and the peak year
// in the notes. Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataTableResult } from '../../core/export/data-table.js';
import { messages } from '../../core/i18n.js';
import type { GuantanamoDetainees } from '../../data/guantanamo.js';
import type { DetaineeCount, Term } from './counts.js';
import { detaineeNotes } from './describe.js';

const msg = messages({
  'gtmo.csvDate': 'Date (as precise as the source)',
  'gtmo.csvUntil': 'Until (a count over a period)',
  'gtmo.csvHeld': 'People held (persons)',
  'gtmo.csvSource': 'Source',
  'gtmo.csvLink': 'Source page',
  'gtmo.csvEver': { one: '# person held in all, {from} to {to} ({source}).', other: '# people held in all, {from} to {to} ({source}).' },
  'gtmo.csvOrder': 'Oldest count first.',
});

export function detaineeDataTable(title: string, data: GuantanamoDetainees, counts: readonly DetaineeCount[], terms: readonly Term[]): DataTableResult {
  return passOn([data.meta], () => ({
    title,
    sources: [sourceOf(data.meta)],
    notes: [
      msg('gtmo.csvEver', { count: data.everHeld.value, from: data.everHeld.from, to: data.everHeld.to, source: data.everHeld.source }),
      ...detaineeNotes(data, counts, terms),
      msg('gtmo.csvOrder'),
      emptyCellNote(),
    ],
    columns: columnsOf(msg('gtmo.csvDate'), msg('gtmo.csvUntil'), msg('gtmo.csvHeld'), msg('gtmo.csvSource'), msg('gtmo.csvLink')),
    rows: counts.map((c) => [c.date, c.until, c.held, c.source, c.url]),
  }));
}
