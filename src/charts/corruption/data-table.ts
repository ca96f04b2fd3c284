// The ranking for download, as published: one row per country shown, with
// TI's rank, score, standard error, number of sources and 90% interval where
// the edition has them (unrounded). Offered only where the data's terms let
// every publisher pass it on (core/export/data-table.ts passOn). Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataTableResult } from '../../core/export/data-table.js';
import { messages } from '../../core/i18n.js';
import type { TiCpi } from '../../data/corruption.js';
import { whatScoresAre, whyTable } from './describe.js';
import type { CpiRow } from './ranking.js';

const msg = messages({
  'cpi.csvCode': 'ISO 3166 alpha-3 code',
  'cpi.csvCountry': 'Country',
  'cpi.csvYear': 'Edition',
  'cpi.csvRank': 'Rank',
  'cpi.csvScore': 'Score (0 = highly corrupt, 100 = very clean)',
  'cpi.csvError': 'Standard error',
  'cpi.csvSources': 'Number of sources',
  'cpi.csvLower': '90% confidence interval, lower bound',
  'cpi.csvUpper': '90% confidence interval, upper bound',
});

export function cpiDataTable(title: string, data: TiCpi, rows: readonly CpiRow[], year: number, nameOf: (code: string) => string): DataTableResult {
  return passOn([data.meta], () => ({
    title,
    sources: [sourceOf(data.meta)],
    notes: [whatScoresAre(), whyTable(), emptyCellNote()],
    columns: columnsOf(msg('cpi.csvCode'), msg('cpi.csvCountry'), msg('cpi.csvYear'), msg('cpi.csvRank'), msg('cpi.csvScore'), msg('cpi.csvError'), msg('cpi.csvSources'), msg('cpi.csvLower'), msg('cpi.csvUpper')),
    rows: rows.map((r) => [r.code, nameOf(r.code), year, r.rank, r.score, r.se, r.sources, r.lower, r.upper]),
  }));
}
