// The civilian-harm chart's data for download: the rows of the table view of
// the view shown, raw counts in persons and strikes. TBIJ's annual figures
// are withheld by their terms (core/export/data-table.ts); the comparison
// table is public-domain figures and quoted facts. Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataCell, type DataTable, type DataTableResult } from '../../core/export/data-table.js';
import { harmMsg, isPartial } from '../../harm/wording.js';
import { messages } from '../../core/i18n.js';
import type { SourceMeta } from '../../data/types.js';
import { MEASURE_LABELS, type Measure } from './annual.js';
import { kindOf, noPeriod, periodLabel, type ComparisonGroup } from './comparison.js';
import { countsOf } from './comparison-pairs.js';
import { civcasMsg, rowNote, sourceName } from './describe.js';
import type { HarmData } from './data.js';
import type { AnnualTableInput } from './tables.js';

const msg = messages({
  'civcas.yearP': 'Year partial',
  'civcas.lowP': '{label}, lowest reported (persons)',
  'civcas.highP': '{label}, highest reported (persons)',
  'civcas.ucdpP': 'Conflict deaths, all sides (UCDP, persons)',
  'civcas.yes': 'yes',
  'civcas.no': 'no',
  'civcas.noteA': "TBIJ reported ranges (minimum–maximum), {from}–{to}; one row per country and year covered. A country's total is the sum of its rows.",
  'civcas.noteC': 'Civilians killed: official counts and independent estimates, as first published.',
  'civcas.type': 'Type',
  'civcas.pStart': 'Period start',
  'civcas.pEnd': 'Period end',
  'civcas.cLow': 'Civilians killed, lowest (persons)',
  'civcas.cHigh': 'Civilians killed, highest (persons)',
  'civcas.sLow': 'Strikes, lowest',
  'civcas.sHigh': 'Strikes, highest',
  'civcas.hand': 'Hand-transcribed',
  'civcas.doc': 'Source document',
});

const MEASURE_COLUMNS: readonly Measure[] = ['civilians', 'children', 'killed', 'injured'];
/** A measure's column name: everyone killed reads "People killed, all" in the file. */
const columnLabel = (measure: Measure): string => (measure === 'killed' ? civcasMsg('civcas.killedAll') : MEASURE_LABELS[measure]);
const yesNo = (yes: boolean): string => msg(yes ? 'civcas.yes' : 'civcas.no');

/** Every covered country-year of the annual view, TBIJ's reported minimum and maximum apart. */
export function annualDataTable(title: string, input: AnnualTableInput, metas: SourceMeta[]): DataTable {
  const { series, codes, from, to, withContext, name, years } = input;
  const strikes = harmMsg('harm.strikes');
  const names = [
    harmMsg('harm.country'),
    harmMsg('harm.iso'),
    civcasMsg('civcas.year'),
    msg('civcas.yearP'),
    harmMsg('harm.lowR', { label: strikes }),
    harmMsg('harm.highR', { label: strikes }),
    harmMsg('harm.records'),
    ...MEASURE_COLUMNS.flatMap((m) => [msg('civcas.lowP', { label: columnLabel(m) }), msg('civcas.highP', { label: columnLabel(m) })]),
    ...(withContext ? [msg('civcas.ucdpP')] : []),
  ];
  const rows: DataCell[][] = series.flatMap((cells, i) =>
    cells
      .filter((c) => c.covered)
      .map((c) => [
        name(codes[i]!),
        codes[i]!,
        c.year,
        yesNo(isPartial(c.year, years)),
        c.strikes.min,
        c.strikes.max,
        c.records,
        ...MEASURE_COLUMNS.flatMap((m) => [c.all[m].min, c.all[m].max]),
        ...(withContext ? [c.conflictDeaths] : []),
      ]),
  );
  return {
    title,
    sources: metas.map(sourceOf),
    notes: [
      msg('civcas.noteA', { from, to }),
      ...metas.flatMap((meta) => meta.caveats),
      emptyCellNote(),
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
      msg('civcas.noteC'),
      ...meta.caveats,
      emptyCellNote(),
    ],
    columns: columnsOf(
      msg('civcas.type'),
      harmMsg('harm.source'),
      civcasMsg('civcas.period'),
      msg('civcas.pStart'),
      msg('civcas.pEnd'),
      civcasMsg('civcas.covers'),
      ...(['civcas.cLow', 'civcas.cHigh', 'civcas.sLow', 'civcas.sHigh'] as const).map((key) => msg(key)),
      civcasMsg('civcas.notes'),
      msg('civcas.hand'),
      msg('civcas.doc'),
    ),
    rows: entries.map(({ group, row }): DataCell[] => [
      kindOf(row, lang),
      sourceName(row.sourceOrg, lang),
      row.periodStated ? periodLabel(group.start, group.end, lang) : noPeriod(lang),
      row.periodStated ? row.periodStart : null,
      row.periodStated ? row.periodEnd : null,
      countsOf(row, lang),
      row.low,
      row.high,
      row.strikes,
      row.strikes === null ? null : (row.strikesHigh ?? row.strikes),
      rowNote(row) || null,
      yesNo(row.handTranscribed),
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
