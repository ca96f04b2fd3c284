// Words for readers: crosshair readout, announcements and summary. Pure.
import { formatChange, formatIndex } from '../../core/format.js';
import type { Episode, TrendMetric, TrendSeries } from '../../democracy/trend-data.js';
import type { TrendData } from '../../democracy/trend-data.js';
import { NO_BOUNDS_CAVEAT, REVISION_CAVEAT, indexWithEdition } from '../../democracy/index-source.js';
import { countryNames } from '../../core/country-names.js';
import { regionInitials } from './trend-layout.js';

export interface TrendWording {
  lang: string;
  /** Name of a series: a country, "World average" or a region's average. */
  name: (id: string) => string;
  indexLabel: string;
}

/** The value, with its 68% interval in brackets where the metric has one. */
export function valueText(series: TrendSeries, year: number, lang: string): string {
  const p = series.points.find((point) => point.year === year);
  if (!p || p.value === null) return 'no data';
  const interval = p.low !== null && p.high !== null ? ` (${formatIndex(p.low, lang)}–${formatIndex(p.high, lang)})` : '';
  return `${formatIndex(p.value, lang)}${interval}`;
}

/** "1971–1975", or "2000 on, ongoing" for an episode still going in the data's last year. */
export function episodeSpan(e: Episode): string {
  return e.ongoing ? `${e.start} on, ongoing` : e.start === e.end ? String(e.start) : `${e.start}–${e.end}`;
}

export function episodeText(episodes: Episode[], year: number): string {
  const e = episodes.find((ep) => ep.start <= year && year <= ep.end);
  if (!e) return '';
  const what = e.kind === 'aut' ? 'autocratization' : 'democratization';
  return `in an episode of ${what}, ${episodeSpan(e)}`;
}

/** " Autocratization episodes: 1971–1975, 2000 on, ongoing." for the summary; empty without episodes. */
export function episodesSentence(episodes: Episode[]): string {
  const parts: string[] = [];
  for (const [kind, word] of [
    ['aut', 'Autocratization'],
    ['dem', 'Democratization'],
  ] as const) {
    const spans = episodes.filter((e) => e.kind === kind).map(episodeSpan);
    if (spans.length) parts.push(`${word} ${spans.length === 1 ? 'episode' : 'episodes'}: ${spans.join('; ')}.`);
  }
  return parts.length ? ` ${parts.join(' ')}` : '';
}

/** One line per series for the crosshair, in the order given. */
export function crosshairLines(series: TrendSeries[], year: number, words: TrendWording): { id: string; label: string; value: string }[] {
  return series.map((s) => ({ id: s.id, label: words.name(s.id), value: valueText(s, year, words.lang) }));
}

/** A sentence per country: value in the first and last year with data, the change, and its episodes in these years. */
export function trendSummary(series: TrendSeries[], words: TrendWording, episodes: (id: string) => Episode[] = () => []): string {
  const sentences: string[] = [];
  for (const s of series) {
    const withData = s.points.filter((p) => p.value !== null);
    const first = withData[0];
    const last = withData[withData.length - 1];
    if (!first || !last) {
      sentences.push(`${words.name(s.id)}: no data in these years.`);
      continue;
    }
    const change = Math.round((last.value! - first.value!) * 1000) / 1000;
    const verb = change < 0 ? 'fell' : change > 0 ? 'rose' : 'was unchanged';
    sentences.push(
      `${words.name(s.id)}: ${words.indexLabel} ${verb} from ${formatIndex(first.value!, words.lang)} in ${first.year} to ${formatIndex(last.value!, words.lang)} in ${last.year} (${formatChange(change, words.lang)}).${episodesSentence(episodes(s.id))}`,
    );
  }
  return sentences.join(' ');
}

/** The notes that change how the chart reads, shown under the credit. */
export function trendCaveats(metric: TrendMetric): string[] {
  return [
    REVISION_CAVEAT,
    metric === 'polyarchy' ? 'Bands show the 68% interval of the Electoral Democracy Index: where two bands overlap, the difference is uncertain.' : NO_BOUNDS_CAVEAT,
    'Episodes: the bars under the years, one row per country, are V-Dem’s Episodes of Regime Transformation (ERT v15), periods of substantial decline (autocratization) or rise (democratization) in the Electoral Democracy Index. Averages: unweighted means of all countries V-Dem codes.',
  ];
}

/** The words of the chart in the reader's language; names fall back to codes until data arrives. */
export function trendWording(data: TrendData | undefined, metric: TrendMetric, lang: string): TrendWording {
  const regions = data?.registry.regions ?? {};
  const names = data && countryNames(data.registry, lang);
  return {
    lang,
    indexLabel: indexWithEdition(metric, data),
    name: (id) => (id === 'world' ? 'World average' : id.startsWith('region-') ? `${regions[id.slice(7)] ?? id} average` : (names?.name(id) ?? id)),
  };
}

/** The short form of a series' name: its code, "World", or a region's initials. */
export function shortName(id: string, regions: Record<string, string>): string {
  if (id === 'world') return 'World';
  if (id.startsWith('region-')) return regionInitials(regions[id.slice(7)] ?? id);
  return id;
}

/** What the live region says: the year, the active country's value and episode. */
export function focusText(series: TrendSeries[], episodes: Episode[], active: string, year: number, words: TrendWording): string {
  const s = series.find((x) => x.id === active);
  if (!s) return '';
  const episode = episodeText(episodes, year);
  return `${year}. ${words.name(s.id)}: ${valueText(s, year, words.lang)}${episode ? `; ${episode}` : ''}.`;
}
