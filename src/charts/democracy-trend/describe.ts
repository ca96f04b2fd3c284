// Words for readers: crosshair readout, announcements and summary. Pure.
import { formatChange, formatIndex } from '../../core/format.js';
import { messages } from '../../core/i18n.js';
import type { Episode, TrendMetric, TrendSeries } from '../../democracy/trend-data.js';
import type { TrendData } from '../../democracy/trend-data.js';
import { regionName, yearSpan, yearText } from '../../democracy/trend-data.js';
import { indexWithEdition, noBoundsCaveat, revisionCaveat } from '../../democracy/index-source.js';
import { countryNames } from '../../core/country-names.js';
import { regionInitials } from './trend-layout.js';

const msg = messages({
  'trend.noData': 'no data',
  'trend.year': 'Year',
  'trend.ongoing': '{start} on, ongoing',
  'trend.inAut': 'in an episode of autocratization, {span}',
  'trend.inDem': 'in an episode of democratization, {span}',
  'trend.autEpisodes': { one: 'Autocratization episode: {spans}.', other: 'Autocratization episodes: {spans}.' },
  'trend.demEpisodes': { one: 'Democratization episode: {spans}.', other: 'Democratization episodes: {spans}.' },
  'trend.spanSep': '; ',
  'trend.noDataYears': '{name}: no data in these years.',
  'trend.fell': '{name}: {index} fell from {first} in {firstYear} to {last} in {lastYear} ({change}).',
  'trend.rose': '{name}: {index} rose from {first} in {firstYear} to {last} in {lastYear} ({change}).',
  'trend.same': '{name}: {index} was unchanged from {first} in {firstYear} to {last} in {lastYear} ({change}).',
  'trend.bandsNote': 'Bands show the 68% interval of the Electoral Democracy Index: where two bands overlap, the difference is uncertain.',
  'trend.episodesNote':
    'Episodes: the bars under the years, one row per country, are V-Dem’s Episodes of Regime Transformation (ERT v15), periods of substantial decline (autocratization) or rise (democratization) in the Electoral Democracy Index. Averages: unweighted means of all countries V-Dem codes.',
  'trend.world': 'World average',
  'trend.regionAverage': '{region} average',
  'trend.worldShort': 'World',
  // Short forms of the regions where a label has no room (V-Dem's English initials).
  'trend.short1': 'EECA',
  'trend.short2': 'LAC',
  'trend.short3': 'MENA',
  'trend.short4': 'SSA',
  'trend.short5': 'WENA',
  'trend.short6': 'AP',
  'trend.focus': '{year}. {name}: {value}.',
  'trend.focusEpisode': '{year}. {name}: {value}; {episode}.',
});

export interface TrendWording {
  lang: string;
  /** Name of a series: a country, "World average" or a region's average. */
  name: (id: string) => string;
  indexLabel: string;
}

/** The heading of the years' column (table view and CSV). */
export const yearHeading = (): string => msg('trend.year');

/** "no data", where a series has no value in a year. */
export const noDataText = (): string => msg('trend.noData');

/** The value, with its 68% interval in brackets where the metric has one. */
export function valueText(series: TrendSeries, year: number, lang: string): string {
  const p = series.points.find((point) => point.year === year);
  if (!p || p.value === null) return msg('trend.noData');
  const interval = p.low !== null && p.high !== null ? ` (${formatIndex(p.low, lang)}–${formatIndex(p.high, lang)})` : '';
  return `${formatIndex(p.value, lang)}${interval}`;
}

/** "1971–1975", or "2000 on, ongoing" for an episode still going in the data's last year (years in the language's digits). */
export function episodeSpan(e: Episode): string {
  if (e.ongoing) return msg('trend.ongoing', { start: e.start });
  return e.start === e.end ? yearText(e.start) : yearSpan(e.start, e.end);
}

export function episodeText(episodes: Episode[], year: number): string {
  const e = episodes.find((ep) => ep.start <= year && year <= ep.end);
  if (!e) return '';
  return msg(e.kind === 'aut' ? 'trend.inAut' : 'trend.inDem', { span: episodeSpan(e) });
}

/** " Autocratization episodes: 1971–1975; 2000 on, ongoing." for the summary; empty without episodes. */
export function episodesSentence(episodes: Episode[]): string {
  const parts: string[] = [];
  for (const kind of ['aut', 'dem'] as const) {
    const spans = episodes.filter((e) => e.kind === kind).map(episodeSpan);
    if (spans.length) parts.push(msg(kind === 'aut' ? 'trend.autEpisodes' : 'trend.demEpisodes', { count: spans.length, spans: spans.join(msg('trend.spanSep')) }));
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
      sentences.push(msg('trend.noDataYears', { name: words.name(s.id) }));
      continue;
    }
    const change = Math.round((last.value! - first.value!) * 1000) / 1000;
    const sentence = msg(change < 0 ? 'trend.fell' : change > 0 ? 'trend.rose' : 'trend.same', {
      name: words.name(s.id),
      index: words.indexLabel,
      first: formatIndex(first.value!, words.lang),
      firstYear: first.year,
      last: formatIndex(last.value!, words.lang),
      lastYear: last.year,
      change: formatChange(change, words.lang),
    });
    sentences.push(`${sentence}${episodesSentence(episodes(s.id))}`);
  }
  return sentences.join(' ');
}

/** The notes that change how the chart reads, shown under the credit. */
export function trendCaveats(metric: TrendMetric): string[] {
  return [revisionCaveat(), metric === 'polyarchy' ? msg('trend.bandsNote') : noBoundsCaveat(), msg('trend.episodesNote')];
}

/** The words of the chart in the reader's language; names fall back to codes until data arrives. */
export function trendWording(data: TrendData | undefined, metric: TrendMetric, lang: string): TrendWording {
  const regions = data?.registry.regions ?? {};
  const names = data && countryNames(data.registry, lang);
  return {
    lang,
    indexLabel: indexWithEdition(metric, data),
    name: (id) =>
      id === 'world'
        ? msg('trend.world', undefined, lang)
        : id.startsWith('region-')
          ? msg('trend.regionAverage', { region: regions[id.slice(7)] ? regionName(id.slice(7), regions) : id }, lang)
          : (names?.name(id) ?? id),
  };
}

const SHORT = /^[1-6]$/;

/** The short form of a series' name: its code, "World", or a region's initials. */
export function shortName(id: string, regions: Record<string, string>): string {
  if (id === 'world') return msg('trend.worldShort');
  if (!id.startsWith('region-')) return id;
  const region = id.slice(7);
  return SHORT.test(region) ? msg(`trend.short${region}` as 'trend.short1') : regionInitials(regions[region] ?? id);
}

/** What the live region says: the year, the active country's value and episode. */
export function focusText(series: TrendSeries[], episodes: Episode[], active: string, year: number, words: TrendWording): string {
  const s = series.find((x) => x.id === active);
  if (!s) return '';
  const episode = episodeText(episodes, year);
  const params = { year, name: words.name(s.id), value: valueText(s, year, words.lang), episode };
  return episode ? msg('trend.focusEpisode', params) : msg('trend.focus', params);
}
