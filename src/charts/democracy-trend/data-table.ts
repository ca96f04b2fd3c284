// The trend chart's data for download: its table view (one row per year,
// newest first, one column per line) with raw index values, and the 68%
// interval of each country in columns of its own. Pure.
import { columnsOf, EMPTY_CELL_NOTE, passOn, sourceOf, type DataCell, type DataTableResult } from '../../core/export/data-table.js';
import { indexSources } from '../../democracy/index-source.js';
import { METRIC_INFO, type TrendData, type TrendMetric, type TrendSeries } from '../../democracy/trend-data.js';
import { trendCaveats, type TrendWording } from './describe.js';

export interface TrendTableInput {
  /** The heading as shown. */
  title: string;
  data: TrendData;
  metric: TrendMetric;
  series: TrendSeries[];
  /** The years drawn, oldest first. */
  years: readonly number[];
  words: TrendWording;
}

export function trendDataTable({ title, data, metric, series, years, words }: TrendTableInput): DataTableResult {
  const metas = indexSources(data, metric);
  return passOn(metas, () => {
    const withInterval = (s: TrendSeries): boolean => METRIC_INFO[metric].hasInterval && s.kind === 'country';
    const names = series.flatMap((s) => {
      const head = `${words.name(s.id)}: ${words.indexLabel} (0–1)`;
      return withInterval(s) ? [head, `${words.name(s.id)}: 68% interval low (0–1)`, `${words.name(s.id)}: 68% interval high (0–1)`] : [head];
    });
    const byYear = series.map((s) => new Map(s.points.map((p) => [p.year, p])));
    const span = years.length ? `${years[0]}–${years[years.length - 1]}` : '';
    return {
      title,
      sources: metas.map(sourceOf),
      notes: [`${words.indexLabel}, ${span}; newest year first.`, ...trendCaveats(metric), EMPTY_CELL_NOTE],
      columns: columnsOf('Year', ...names),
      rows: [...years].reverse().map((year): DataCell[] => [
        year,
        ...series.flatMap((s, i) => {
          const p = byYear[i]!.get(year);
          const value = p?.value ?? null;
          return withInterval(s) ? [value, value === null ? null : (p?.low ?? null), value === null ? null : (p?.high ?? null)] : [value];
        }),
      ]),
    };
  });
}
