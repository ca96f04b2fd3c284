// The regime-share chart's data for download: its table view (one row per
// year, newest first) with raw shares (0–1, not rounded percentages) and the
// counts behind them: countries, or people. Pure.
import { columnsOf, EMPTY_CELL_NOTE, passOn, sourceOf, type DataCell, type DataTableResult } from '../../core/export/data-table.js';
import type { RegimeShareData } from '../../data/regime-share.js';
import { shareCaveats, type ShareWording } from './describe.js';
import { editionData, type Edition, type Measure, type ShareRow } from './share-data.js';

export interface ShareTableInput {
  /** The heading as shown. */
  title: string;
  data: RegimeShareData;
  edition: Edition;
  measure: Measure;
  rows: ShareRow[];
  words: ShareWording;
}

const K = [0, 1, 2, 3] as const;

export function shareDataTable({ title, data, edition, measure, rows, words }: ShareTableInput): DataTableResult {
  return passOn([data.meta], () => {
    const countries = measure === 'countries';
    const regime = (k: number): string => words.regimes[k] ?? `Regime ${k}`;
    const tag = words.tag ?? words.edition;
    const names = countries
      ? [
          ...K.flatMap((k) => [`${regime(k)}: countries`, `${regime(k)}: share of countries (0–1)`]),
          `All autocracies (${tag}): countries`,
          `All autocracies (${tag}): share of countries (0–1)`,
        ]
      : [
          ...K.flatMap((k) => [`${regime(k)}: share of people (0–1)`, `${regime(k)}: people (persons)`]),
          `People in autocracies (${tag}): share (0–1)`,
          'Coverage: share of the world’s people counted (0–1)',
        ];
    return {
      title,
      sources: [sourceOf(data.meta)],
      notes: [...shareCaveats(data, editionData(data, edition), rows, measure, words), 'Newest year first.', EMPTY_CELL_NOTE],
      columns: columnsOf('Year', ...names),
      rows: [...rows].reverse().map(
        (row): DataCell[] =>
          countries
            ? [row.year, ...K.flatMap((k) => [row.counts[k], row.shares[k]]), row.counts[0] + row.counts[1], row.autocracyShare]
            : [row.year, ...K.flatMap((k) => [row.shares[k], row.people[k]]), row.autocracyShare, row.coverage],
      ),
    };
  });
}
