// The regime-share chart's data for download: its table view (one row per
// year, newest first) with raw shares (0–1, not rounded percentages) and the
// counts behind them: countries, or people. Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataCell, type DataTableResult } from '../../core/export/data-table.js';
import type { RegimeShareData } from '../../data/regime-share.js';
import { shareCaveats, type ShareWording } from './describe.js';
import { editionData, type Edition, type Measure, type ShareRow } from './share-data.js';
import { sumHeading, yearHeading } from './table.js';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'share.csvCount': '{group}: countries',
  'share.csvShareCountries': '{group}: share of countries (0–1)',
  'share.csvSharePeople': '{group}: share of people (0–1)',
  'share.csvPeople': '{group}: people (persons)',
  'share.csvAutShare': '{group}: share (0–1)',
  'share.csvCoverage': 'Coverage: share of the world’s people counted (0–1)',
  'share.newestFirst': 'Newest year first.',
});

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
    const regime = (k: number): string => words.regimes[k] ?? String(k);
    const sum = sumHeading(measure, words);
    const names = countries
      ? [
          ...K.flatMap((k) => [msg('share.csvCount', { group: regime(k) }), msg('share.csvShareCountries', { group: regime(k) })]),
          msg('share.csvCount', { group: sum }),
          msg('share.csvShareCountries', { group: sum }),
        ]
      : [
          ...K.flatMap((k) => [msg('share.csvSharePeople', { group: regime(k) }), msg('share.csvPeople', { group: regime(k) })]),
          msg('share.csvAutShare', { group: sum }),
          msg('share.csvCoverage'),
        ];
    return {
      title,
      sources: [sourceOf(data.meta)],
      notes: [...shareCaveats(data, editionData(data, edition), rows, measure, words), msg('share.newestFirst'), emptyCellNote()],
      columns: columnsOf(yearHeading(), ...names),
      rows: [...rows].reverse().map(
        (row): DataCell[] =>
          countries
            ? [row.year, ...K.flatMap((k) => [row.counts[k], row.shares[k]]), row.counts[0] + row.counts[1], row.autocracyShare]
            : [row.year, ...K.flatMap((k) => [row.shares[k], row.people[k]]), row.autocracyShare, row.coverage],
      ),
    };
  });
}
