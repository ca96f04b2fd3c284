// The trend chart's data for download: its table view (one row per year,
// newest first, one column per line) with raw index values, and the 68%
// interval of each country in columns of its own. Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataCell, type DataTableResult } from '../../core/export/data-table.js';
import { indexSources } from '../../democracy/index-source.js';
import { METRIC_INFO, yearSpan, type TrendData, type TrendMetric, type TrendSeries } from '../../democracy/trend-data.js';
import { trendCaveats, yearHeading, type TrendWording } from './describe.js';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'trend.colIndex': '{name}: {index} (0–1)',
  'trend.colLow': '{name}: 68% interval low (0–1)',
  'trend.colHigh': '{name}: 68% interval high (0–1)',
  'trend.csvNote': '{index}, {span}; newest year first.',
});

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
      const name = words.name(s.id);
      const head = msg('trend.colIndex', { name, index: words.indexLabel });
      return withInterval(s) ? [head, msg('trend.colLow', { name }), msg('trend.colHigh', { name })] : [head];
    });
    const byYear = series.map((s) => new Map(s.points.map((p) => [p.year, p])));
    const span = years.length ? yearSpan(years[0]!, years[years.length - 1]!) : '';
    return {
      title,
      sources: metas.map(sourceOf),
      notes: [msg('trend.csvNote', { index: words.indexLabel, span }), ...trendCaveats(metric), emptyCellNote()],
      columns: columnsOf(yearHeading(), ...names),
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
