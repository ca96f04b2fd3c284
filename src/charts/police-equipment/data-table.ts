// The places for download: one row per state, district and territory with the
// measure's total, its rate per 100,000 residents and the population. Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataTableResult } from '../../core/export/data-table.js';
import { messages } from '../../core/i18n.js';
import type { Leso1033 } from '../../data/police-equipment.js';
import type { Measure, Per, StateRow } from './equipment.js';
import { equipmentNotes, footerNotes, measureLabel } from './describe.js';

const msg = messages({
  'police.csvPlace': 'State or territory',
  'police.csvCode': 'Postal code',
  'police.csvType': 'Type (state, district, territory)',
  'police.csvRank': 'Rank (as the chart shows it)',
  'police.csvTotal': '{measure}: total',
  'police.csvRate': '{measure}: per 100,000 residents',
  'police.csvUsd': '{measure}: total (U.S. dollars)',
  'police.csvUsdRate': '{measure}: U.S. dollars per 100,000 residents',
  'police.csvPopulation': 'Residents (2020 Census)',
});

export function equipmentDataTable(title: string, data: Leso1033, rows: readonly StateRow[], m: Measure, p: Per, drawn: ReadonlySet<string>): DataTableResult {
  const measure = measureLabel(m);
  return passOn([data.meta], () => ({
    title,
    sources: [sourceOf(data.meta)],
    notes: [...equipmentNotes(rows, p, drawn), ...footerNotes(), emptyCellNote()],
    columns: columnsOf(
      msg('police.csvPlace'),
      msg('police.csvCode'),
      msg('police.csvType'),
      msg('police.csvRank'),
      msg(m === 'value' ? 'police.csvUsd' : 'police.csvTotal', { measure }),
      msg(m === 'value' ? 'police.csvUsdRate' : 'police.csvRate', { measure }),
      msg('police.csvPopulation'),
    ),
    rows: rows.map((r) => {
      const i = data.states.code.indexOf(r.code);
      return [r.name, r.code, r.type, r.rank || null, data.states[m][i] ?? null, data.per100k[m][i] ?? null, r.population];
    }),
  }));
}
