// The assistance charts' data for download: the rows of their shared table
// view (renderRankingTable), with raw amounts (whole US dollars or millions of
// SIPRI TIV) and the unit in each column name. SIPRI's figures are withheld by
// its terms (core/export/data-table.ts). Pure.
import { columnsOf, EMPTY_CELL_NOTE, passOn, sourceOf, type DataCell, type DataTableResult } from '../core/export/data-table.js';
import type { SourceMeta } from '../data/types.js';
import { NOT_CODED, REGIME_NAMES } from '../democracy/regimes.js';
import { NOT_REPORTED, whenLabel, type Words } from './describe.js';
import type { MeasureSource } from './measures.js';
import { isSingleYear, yearsOf, type Period } from './period.js';
import type { Ranking, Recipient } from './ranking.js';
import { INDEX_NAMES, type Democracy, type IndexId, type RegimeFilter } from './regimes.js';

/** A column one chart adds to the shared table (the scatter's population). */
export interface ExtraDataColumn {
  name: string;
  value: (code: string) => number | null;
  /** The dataset it comes from, credited in the header lines. */
  meta: SourceMeta;
}

export interface AssistanceTableInput {
  /** The heading as shown. */
  title: string;
  source: MeasureSource;
  period: Period;
  ranking: Ranking;
  democracy: Democracy;
  index: IndexId;
  filter: RegimeFilter;
  words: Words;
  extra?: ExtraDataColumn;
}

/** "SIPRI TIV, millions", "US dollars, constant FY2022 prices": the unit of the amounts as the data hold them. */
export function amountUnit(source: Pick<MeasureSource, 'unit' | 'basis'>): string {
  if (source.unit === 'tiv') return 'SIPRI TIV, millions';
  return /constant/i.test(source.basis) ? 'US dollars, constant FY2022 prices' : 'US dollars, current prices';
}

/** The ranking as a table, or why it is withheld: every recipient the table view lists, in its order. */
export function assistanceDataTable({ title, source, period, ranking, democracy, index, filter, words, extra }: AssistanceTableInput): DataTableResult {
  const metas = [source.meta, democracy.v15.meta, ...(index === 'libdem' && democracy.v14 ? [democracy.v14.meta] : []), ...(extra ? [extra.meta] : [])];
  return passOn(metas, () => {
    const single = isSingleYear(period);
    const when = whenLabel(source, period);
    const unit = amountUnit(source);
    const gapColumn = source.gaps && !single;
    const count = `${ranking.rows.length} recipients${ranking.notReported.length ? `; ${ranking.notReported.length} ${NOT_REPORTED}` : ''}`;
    const who = filter === 'autocracy' ? 'autocracies' : filter === 'democracy' ? 'democracies' : '';
    const row = (r: Recipient, ranked: boolean): DataCell[] => [
      ranked ? r.rank : null,
      words.name(r.code),
      r.code,
      ranked ? r.total : null,
      ...(single ? [] : [ranked ? r.perYear : null]),
      ...(gapColumn ? [r.missing] : []),
      r.regime === null ? NOT_CODED : (REGIME_NAMES[r.regime] ?? null),
      r.index,
      ...(extra ? [extra.value(r.code)] : []),
    ];
    return {
      title,
      sources: metas.map(sourceOf),
      notes: [
        `${source.label}, ${when}, ${source.basis} (${count}).`,
        source.unitNote,
        ...(source.meta.readerNote ? [source.meta.readerNote] : []),
        `Rank is among all ${ranking.recipients} recipients with a positive total${who ? `; only ${who} (by regime type in ${period.to}) are listed` : ''}.${ranking.notReported.length ? ` Recipients ${NOT_REPORTED} in every year of the period follow, unranked.` : ''}`,
        ...source.meta.caveats.slice(0, 1),
        EMPTY_CELL_NOTE,
      ],
      columns: columnsOf(
        'Rank',
        'Recipient',
        'ISO 3166-1 alpha-3 code',
        `${single ? '' : 'Total, '}${when} (${unit})`,
        ...(single ? [] : [`Per ${gapColumn ? 'reported ' : ''}year, ${when} (${unit})`]),
        ...(gapColumn ? [`Years ${NOT_REPORTED} (of ${yearsOf(period).length})`] : []),
        `Regime type ${period.to} (Regimes of the World)`,
        `${INDEX_NAMES[index]} ${period.to} (0–1)`,
        ...(extra ? [extra.name] : []),
      ),
      rows: [...ranking.rows.map((r) => row(r, true)), ...ranking.notReported.map((r) => row(r, false))],
    };
  });
}
