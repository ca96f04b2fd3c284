// Words for readers: a country's change, the summary, the notes under the
// credit. Pure.
import { formatChange, formatIndex } from '../../core/format.js';
import { NO_BOUNDS_CAVEAT, REVISION_CAVEAT, intervalText } from '../../democracy/index-source.js';
import type { TrendMetric } from '../../democracy/trend-data.js';
import type { CountryChange } from './change-data.js';

export interface ChangeWording {
  lang: string;
  /** The index with its edition, e.g. "Electoral Democracy Index (V-Dem v15)". */
  indexLabel: string;
  from: number;
  to: number;
  name: (code: string) => string;
  region: (region: number | null) => string;
}

/** One country's change in a sentence (the row's accessible name and the announcement). */
export function describeChange(d: CountryChange, words: ChangeWording): string {
  const { lang } = words;
  return `${words.name(d.code)}, ${words.region(d.region)}: ${formatIndex(d.from, lang)}${intervalText(d.fromLow, d.fromHigh, lang)} in ${words.from}, ${formatIndex(d.to, lang)}${intervalText(d.toLow, d.toHigh, lang)} in ${words.to}, change ${formatChange(d.change, lang)}${d.autocratizing ? '; in an autocratization episode' : ''}`;
}

export function changeSummary(declines: CountryChange[], advances: CountryChange[], words: ChangeWording): string {
  const list = (items: CountryChange[]): string =>
    items
      .slice(0, 3)
      .map((d) => `${words.name(d.code)} (${formatChange(d.change, words.lang)})`)
      .join(', ');
  const autocratizing = declines.filter((d) => d.autocratizing).length;
  return `Between ${words.from} and ${words.to}, the ${words.indexLabel} fell most in ${list(declines) || 'no country'} and rose most in ${list(advances) || 'no country'}. ${autocratizing} of the ${declines.length} biggest declines were in an autocratization episode.`;
}

export function changeCaveats(metric: TrendMetric): string[] {
  return [
    REVISION_CAVEAT,
    metric === 'polyarchy' ? 'Whiskers: 68% intervals of both years (above the line: start year, below: end year); where they overlap, the change is uncertain.' : NO_BOUNDS_CAVEAT,
    '* In an autocratization episode (ERT v15) at some point between the two years.',
  ];
}
