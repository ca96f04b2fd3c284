// The civilian-harm chart's data for download: the rows of the table view of
// the view shown, raw counts in persons and strikes. TBIJ's annual figures
// are withheld by their terms (core/export/data-table.ts); the comparison
// table is public-domain figures and quoted facts. Pure.
import { columnsOf, EMPTY_CELL_NOTE, passOn, sourceOf, type DataCell, type DataTable, type DataTableResult } from '../../core/export/data-table.js';
import { isPartial } from '../../harm/wording.js';
import type { SourceMeta } from '../../data/types.js';
import { periodLabel, type ComparisonGroup } from './comparison.js';
import { countsOf } from './comparison-pairs.js';
import { rowNote, sourceName } from './describe.js';
import type { HarmData } from './data.js';
import type { AnnualTableInput } from './tables.js';

const MEASURE_COLUMNS = [
  ['civilians', 'Civilians killed'],
  ['children', 'Children killed'],
  ['killed', 'People killed, all'],
  ['injured', 'People injured'],
] as const;

/** Every covered country-year of the annual view, TBIJ's reported minimum and maximum apart. */
export function annualDataTable(title: string, input: AnnualTableInput, metas: SourceMeta[]): DataTable {
  const { series, codes, from, to, withContext, name, years } = input;
  const names = [
    'Country',
    'ISO 3166-1 alpha-3 code',
    'Year',
    'Year partial',
    'Strikes, lowest reported',
    'Strikes, highest reported',
    'TBIJ records',
    ...MEASURE_COLUMNS.flatMap(([, label]) => [`${label}, lowest reported (persons)`, `${label}, highest reported (persons)`]),
    ...(withContext ? ['Conflict deaths, all sides (UCDP, persons)'] : []),
  ];
  const rows: DataCell[][] = series.flatMap((cells, i) =>
    cells
      .filter((c) => c.covered)
      .map((c) => [
        name(codes[i]!),
        codes[i]!,
        c.year,
        isPartial(c.year, years) ? 'yes' : 'no',
        c.strikes.min,
        c.strikes.max,
        c.records,
        ...MEASURE_COLUMNS.flatMap(([m]) => [c.all[m].min, c.all[m].max]),
        ...(withContext ? [c.conflictDeaths] : []),
      ]),
  );
  return {
    title,
    sources: metas.map(sourceOf),
    notes: [
      `TBIJ reported ranges (minimum–maximum), ${from}–${to}; one row per country and year covered. A country's total is the sum of its rows.`,
      ...metas.flatMap((meta) => meta.caveats),
      EMPTY_CELL_NOTE,
    ],
    columns: columnsOf(...names),
    rows,
  };
}

/** The official counts and independent estimates, one row per figure, in the table's order. */
export function comparisonDataTable(title: string, groups: ComparisonGroup[], meta: SourceMeta, lang: string): DataTable {
  const entries = groups.flatMap((g) => g.entries.map((e) => ({ group: g, row: e.row })));
  return {
    title,
    sources: [sourceOf(meta)],
    notes: [
      'Civilians killed: official counts and independent estimates, as first published.',
      ...meta.caveats,
      EMPTY_CELL_NOTE,
    ],
    columns: columnsOf(
      'Type',
      'Source',
      'Period',
      'Period start',
      'Period end',
      'Covers',
      'Civilians killed, lowest (persons)',
      'Civilians killed, highest (persons)',
      'Strikes, lowest',
      'Strikes, highest',
      'Notes',
      'Hand-transcribed',
      'Source document',
    ),
    rows: entries.map(({ group, row }): DataCell[] => [
      row.estimateType === 'official' ? 'Official' : 'Independent',
      sourceName(row.sourceOrg, lang),
      row.periodStated ? periodLabel(group.start, group.end, lang) : 'period not stated',
      row.periodStated ? row.periodStart : null,
      row.periodStated ? row.periodEnd : null,
      countsOf(row, lang),
      row.low,
      row.high,
      row.strikes,
      row.strikes === null ? null : (row.strikesHigh ?? row.strikes),
      rowNote(row) || null,
      row.handTranscribed ? 'yes' : 'no',
      row.citationUrl || null,
    ]),
  };
}

export interface HarmTableInput {
  title: string;
  data: HarmData | undefined;
  comparison: boolean;
  annual: AnnualTableInput | undefined;
  groups: ComparisonGroup[];
  lang: string;
}

/** The view shown as a table, or why it is withheld; null until its data arrive. */
export function harmDataTable({ title, data, comparison, annual, groups, lang }: HarmTableInput): DataTableResult {
  if (!data) return null;
  if (comparison) return data.civcas ? passOn([data.civcas.meta], () => comparisonDataTable(title, groups, data.civcas!.meta, lang)) : null;
  if (!annual) return null;
  const metas = [data.yearly.meta, ...(annual.withContext && data.ucdp ? [data.ucdp.meta] : [])];
  return passOn(metas, () => annualDataTable(title, annual, metas));
}
