// The map's data for download: the rows of its table view (every country with
// data in the year, highest index first) with raw numbers. Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataCell, type DataTableResult } from '../../core/export/data-table.js';
import type { SourceMeta } from '../../data/types.js';
import { CHANGE_SPAN, METRIC_DEFINITIONS, type CountryValue, type Metric } from '../../democracy/metrics.js';
import { messages } from '../../core/i18n.js';
import { mapText, type Wording } from './describe.js';

const msg = messages({
  'map.csv.code': 'ISO 3166-1 alpha-3 code',
  'map.csv.regime': 'Regime type {year} (Regimes of the World)',
  'map.csv.low': '{index} {year}, 68% interval low {unit}',
  'map.csv.high': '{index} {year}, 68% interval high {unit}',
  'map.csv.change': 'Change since {year} (index points)',
  'map.csv.note': { one: '{label}, {year}, {edition}: # country with data.', other: '{label}, {year}, {edition}: # countries with data.' },
});

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
    const regime = msg('map.csv.regime', { year });
    const bounds = { index: definition.indexLabel, year, unit: mapText('map.unit') };
    const index = `${mapText('map.indexYear', bounds)} ${bounds.unit}`;
    const names = [
      mapText('map.country'),
      msg('map.csv.code'),
      ...(regimeFirst ? [regime] : []),
      index,
      ...(interval ? [msg('map.csv.low', bounds), msg('map.csv.high', bounds)] : []),
      ...(regimeFirst ? [] : [regime]),
      msg('map.csv.change', { year: year - CHANGE_SPAN }),
    ];
    return {
      title,
      sources: [sourceOf(meta)],
      notes: [
        msg('map.csv.note', { label: definition.label, year, edition, count: rows.length }),
        ...meta.caveats,
        emptyCellNote(),
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
