// The map's data for download: the rows of its table view (every country with
// data in the year, highest index first) with raw numbers. Pure.
import { columnsOf, EMPTY_CELL_NOTE, passOn, sourceOf, type DataCell, type DataTableResult } from '../../core/export/data-table.js';
import type { SourceMeta } from '../../data/types.js';
import { CHANGE_SPAN, METRIC_DEFINITIONS, type CountryValue, type Metric } from '../../democracy/metrics.js';
import type { Wording } from './describe.js';

export interface MapTableInput {
  /** The heading as shown. */
  title: string;
  values: Iterable<CountryValue>;
  metric: Metric;
  year: number;
  meta: SourceMeta;
  words: Wording;
}

/** The change the table shows: to the data's three decimals, so float noise does not reach the file. */
const change = (v: CountryValue): number | null => (v.index !== null && v.previous !== null ? Math.round((v.index - v.previous) * 1000) / 1000 : null);

export function mapDataTable({ title, values, metric, year, meta, words }: MapTableInput): DataTableResult {
  return passOn([meta], () => {
    const definition = METRIC_DEFINITIONS[metric];
    const rows = [...values]
      .filter((v) => v.index !== null || v.regime !== null)
      .sort((a, b) => (b.index ?? -1) - (a.index ?? -1) || words.name(a.code).localeCompare(words.name(b.code)));
    const interval = rows.some((v) => v.low !== null);
    const edition = meta.edition ?? meta.version;
    const regimeFirst = definition.kind === 'regime';
    const regime = `Regime type ${year} (Regimes of the World)`;
    const index = `${definition.indexLabel} ${year} (0–1)`;
    const names = [
      'Country',
      'ISO 3166-1 alpha-3 code',
      ...(regimeFirst ? [regime] : []),
      index,
      ...(interval ? [`${definition.indexLabel} ${year}, 68% interval low (0–1)`, `${definition.indexLabel} ${year}, 68% interval high (0–1)`] : []),
      ...(regimeFirst ? [] : [regime]),
      `Change since ${year - CHANGE_SPAN} (index points)`,
    ];
    return {
      title,
      sources: [sourceOf(meta)],
      notes: [
        `${definition.label}, ${year}, ${edition}: ${rows.length} countries with data.`,
        ...meta.caveats,
        EMPTY_CELL_NOTE,
      ],
      columns: columnsOf(...names),
      rows: rows.map((v): DataCell[] => {
        const regimeName = v.regime === null ? null : (words.regimes[v.regime] ?? null);
        return [
          words.name(v.code),
          v.code,
          ...(regimeFirst ? [regimeName] : []),
          v.index,
          ...(interval ? [v.low, v.high] : []),
          ...(regimeFirst ? [] : [regimeName]),
          change(v),
        ];
      }),
    };
  });
}
