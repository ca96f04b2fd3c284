// The strike map's data for download: the TBIJ records shown, one row each,
// as its table view lists them. TBIJ's records are withheld by their terms
// (core/export/data-table.ts), so readers get the reason; the table below is
// what the file would hold if the terms allowed it. Map positions, added by a
// third party without a licence, are never in it. Pure.
import { columnsOf, EMPTY_CELL_NOTE, passOn, sourceOf, type DataCell, type DataTableResult } from '../../core/export/data-table.js';
import type { SourceMeta } from '../../data/types.js';
import type { Count, Strike } from './strikes.js';

const COUNTS: [string, (s: Strike) => [Count, Count]][] = [
  ['Strikes', (s) => s.strikes],
  ['People killed', (s) => s.killed],
  ['Civilians killed', (s) => s.civilians],
  ['Children killed', (s) => s.children],
  ['People injured', (s) => s.injured],
];

export function strikeDataTable(title: string, shown: readonly Strike[], caption: string, meta: SourceMeta, name: (code: string) => string): DataTableResult {
  return passOn([meta], () => ({
    title,
    sources: [sourceOf(meta)],
    notes: [`${caption}. Figures are TBIJ's reported ranges (lowest–highest).`, ...meta.caveats, EMPTY_CELL_NOTE],
    columns: columnsOf(
      'TBIJ record',
      'Date',
      'Country',
      'ISO 3166-1 alpha-3 code',
      'Place',
      ...COUNTS.flatMap(([label]) => [`${label}, lowest reported`, `${label}, highest reported`]),
      'Source page',
    ),
    rows: shown.map((s): DataCell[] => [
      s.id,
      s.date,
      name(s.country),
      s.country,
      s.location.trim() || null,
      ...COUNTS.flatMap(([, pick]) => pick(s)),
      s.source ? (/^https?:/i.test(s.source) ? s.source : `https://${s.source}`) : null,
    ]),
  }));
}
