// The change chart's data for download: its two tables (biggest declines,
// then biggest advances) as one, with raw index values and each change to the
// data's three decimals, as ranked. Pure.
import { columnsOf, EMPTY_CELL_NOTE, passOn, sourceOf, type DataCell, type DataTableResult } from '../../core/export/data-table.js';
import { indexSources } from '../../democracy/index-source.js';
import { METRIC_INFO, type TrendData, type TrendMetric } from '../../democracy/trend-data.js';
import type { CountryChange } from './change-data.js';
import { changeCaveats, type ChangeWording } from './describe.js';

export interface ChangeTableInput {
  /** The heading as shown. */
  title: string;
  data: TrendData;
  metric: TrendMetric;
  declines: CountryChange[];
  advances: CountryChange[];
  words: ChangeWording;
}

export function changeDataTable({ title, data, metric, declines, advances, words }: ChangeTableInput): DataTableResult {
  const metas = indexSources(data, metric);
  return passOn(metas, () => {
    const interval = METRIC_INFO[metric].hasInterval;
    const index = (year: number): string[] => [
      `${words.indexLabel} ${year} (0–1)`,
      ...(interval ? [`${year}, 68% interval low (0–1)`, `${year}, 68% interval high (0–1)`] : []),
    ];
    const row = (direction: string, d: CountryChange): DataCell[] => [
      direction,
      words.name(d.code),
      d.code,
      words.region(d.region),
      d.from,
      ...(interval ? [d.fromLow, d.fromHigh] : []),
      d.to,
      ...(interval ? [d.toLow, d.toHigh] : []),
      d.change,
      d.autocratizing ? 'yes' : 'no',
    ];
    return {
      title,
      sources: metas.map(sourceOf),
      notes: [
        `Biggest declines, then biggest advances, ${words.indexLabel}, ${words.from}–${words.to}.`,
        ...changeCaveats(metric).filter((note) => !note.startsWith('*')),
        'Autocratization episode: whether the country was in an autocratization episode (ERT v15) at some point between the two years.',
        EMPTY_CELL_NOTE,
      ],
      columns: columnsOf(
        'Direction',
        'Country',
        'ISO 3166-1 alpha-3 code',
        'Region (V-Dem)',
        ...index(words.from),
        ...index(words.to),
        `Change ${words.from}–${words.to} (index points)`,
        'Autocratization episode',
      ),
      rows: [...declines.map((d) => row('decline', d)), ...advances.map((d) => row('advance', d))],
    };
  });
}
