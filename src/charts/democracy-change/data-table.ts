// The change chart's data for download: its two tables (biggest declines,
// then biggest advances) as one, with raw index values and each change to the
// data's three decimals, as ranked. Pure.
import { columnsOf, emptyCellNote, passOn, sourceOf, type DataCell, type DataTableResult } from '../../core/export/data-table.js';
import { indexSources } from '../../democracy/index-source.js';
import { METRIC_INFO, yearSpan, type TrendData, type TrendMetric } from '../../democracy/trend-data.js';
import type { CountryChange } from './change-data.js';
import { changeCaveats, changeMsg, type ChangeWording } from './describe.js';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'change.colIndex': '{index} {year} (0–1)',
  'change.colLow': '{year}, 68% interval low (0–1)',
  'change.colHigh': '{year}, 68% interval high (0–1)',
  'change.decline': 'decline',
  'change.advance': 'advance',
  'change.csvNote': 'Biggest declines, then biggest advances, {index}, {span}.',
  'change.csvEpisodeNote': 'Autocratization episode: whether the country was in an autocratization episode (ERT v15) at some point between the two years.',
  'change.colDirection': 'Direction',
  'change.colCode': 'ISO 3166-1 alpha-3 code',
  'change.colRegion': 'Region (V-Dem)',
  'change.colChange': 'Change {span} (index points)',
});

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
      msg('change.colIndex', { index: words.indexLabel, year }),
      ...(interval ? [msg('change.colLow', { year }), msg('change.colHigh', { year })] : []),
    ];
    const [yes, no] = [changeMsg('change.yes'), changeMsg('change.no')];
    const span = yearSpan(words.from, words.to);
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
      d.autocratizing ? yes : no,
    ];
    return {
      title,
      sources: metas.map(sourceOf),
      notes: [
        msg('change.csvNote', { index: words.indexLabel, span }),
        // The caveats but the last, the "*" that marks rows on screen: a column says it here.
        ...changeCaveats(metric).slice(0, -1),
        msg('change.csvEpisodeNote'),
        emptyCellNote(),
      ],
      columns: columnsOf(
        msg('change.colDirection'),
        changeMsg('change.country'),
        msg('change.colCode'),
        msg('change.colRegion'),
        ...index(words.from),
        ...index(words.to),
        msg('change.colChange', { span }),
        changeMsg('change.autEpisode'),
      ),
      rows: [...declines.map((d) => row(msg('change.decline'), d)), ...advances.map((d) => row(msg('change.advance'), d))],
    };
  });
}
