// The assistance charts' data for download: the rows of their shared table
// view (renderRankingTable), with raw amounts (whole US dollars or millions of
// SIPRI TIV) and the unit in each column name. SIPRI's figures are withheld by
// its terms (core/export/data-table.ts). Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataCell, type DataTableResult } from '../core/export/data-table.js';
import type { SourceMeta } from '../data/types.js';
import { messages } from '../core/i18n.js';
import { regimeName, whenLabel, type Words } from './describe.js';
import { recipientCount, tableCaption } from './ranking-table.js';
import type { MeasureSource } from './measures.js';
import { isSingleYear, yearsOf, type Period } from './period.js';
import type { Ranking, Recipient } from './ranking.js';
import { INDEX_NAMES, type Democracy, type IndexId, type RegimeFilter } from './regimes.js';

const msg = messages({
  'aid.c.tiv': 'SIPRI TIV, millions',
  'aid.c.const': 'US dollars, constant FY2022 prices',
  'aid.c.cur': 'US dollars, current prices',
  'aid.c.cap': '{caption}.',
  'aid.c.rankAll': 'Rank is among all {count} recipients with a positive total.',
  'aid.c.rankAut': 'Rank is among all {count} recipients with a positive total; only autocracies (by regime type in {year}) are listed.',
  'aid.c.rankDem': 'Rank is among all {count} recipients with a positive total; only democracies (by regime type in {year}) are listed.',
  'aid.c.unranked': '{rank} Recipients not reported in every year of the period follow, unranked.',
  'aid.c.rank': 'Rank',
  'aid.c.recip': 'Recipient',
  'aid.c.code': 'ISO 3166-1 alpha-3 code',
  'aid.c.amount': '{when} ({unit})',
  'aid.c.total': 'Total, {when} ({unit})',
  'aid.c.perYear': 'Per year, {when} ({unit})',
  'aid.c.perRep': 'Per reported year, {when} ({unit})',
  'aid.c.missing': 'Years not reported (of {years})',
  'aid.c.regime': 'Regime type {year} (Regimes of the World)',
  'aid.c.index': '{index} {year} (0–1)',
});

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
export function amountUnit(source: Pick<MeasureSource, 'unit' | 'constant'>): string {
  return msg(source.unit === 'tiv' ? 'aid.c.tiv' : source.constant ? 'aid.c.const' : 'aid.c.cur');
}

/** The ranking as a table, or why it is withheld: every recipient the table view lists, in its order. */
export function assistanceDataTable({ title, source, period, ranking, democracy, index, filter, words, extra }: AssistanceTableInput): DataTableResult {
  const metas = [source.meta, democracy.v15.meta, ...(index === 'libdem' && democracy.v14 ? [democracy.v14.meta] : []), ...(extra ? [extra.meta] : [])];
  return passOn(metas, () => {
    const single = isSingleYear(period);
    const when = whenLabel(source, period);
    const unit = amountUnit(source);
    const gapColumn = source.gaps && !single;
    const count = recipientCount(ranking.rows.length, ranking.notReported.length);
    const rank = msg(filter === 'autocracy' ? 'aid.c.rankAut' : filter === 'democracy' ? 'aid.c.rankDem' : 'aid.c.rankAll', {
      count: ranking.recipients,
      year: period.to,
    });
    const row = (r: Recipient, ranked: boolean): DataCell[] => [
      ranked ? r.rank : null,
      words.name(r.code),
      r.code,
      ranked ? r.total : null,
      ...(single ? [] : [ranked ? r.perYear : null]),
      ...(gapColumn ? [r.missing] : []),
      regimeName(r.regime) ?? null,
      r.index,
      ...(extra ? [extra.value(r.code)] : []),
    ];
    return {
      title,
      sources: metas.map(sourceOf),
      notes: [
        msg('aid.c.cap', { caption: tableCaption(source, when, count) }),
        source.unitNote,
        ...(source.readerNote ? [source.readerNote] : []),
        ranking.notReported.length ? msg('aid.c.unranked', { rank }) : rank,
        ...(source.caveat ? [source.caveat] : []),
        emptyCellNote(),
      ],
      columns: columnsOf(
        msg('aid.c.rank'),
        msg('aid.c.recip'),
        msg('aid.c.code'),
        msg(single ? 'aid.c.amount' : 'aid.c.total', { when, unit }),
        ...(single ? [] : [msg(gapColumn ? 'aid.c.perRep' : 'aid.c.perYear', { when, unit })]),
        ...(gapColumn ? [msg('aid.c.missing', { years: yearsOf(period).length })] : []),
        msg('aid.c.regime', { year: period.to }),
        msg('aid.c.index', { index: INDEX_NAMES[index], year: period.to }),
        ...(extra ? [extra.name] : []),
      ),
      rows: [...ranking.rows.map((r) => row(r, true)), ...ranking.notReported.map((r) => row(r, false))],
    };
  });
}
