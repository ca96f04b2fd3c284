// Words for readers: a country's change, the summary, the notes under the
// credit. Pure.
import { formatChange, formatIndex } from '../../core/format.js';
import { intervalText, noBoundsCaveat, revisionCaveat } from '../../democracy/index-source.js';
import { inRow, type TrendMetric } from '../../democracy/trend-data.js';
import type { CountryChange } from './change-data.js';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'change.declines': 'Biggest declines',
  'change.advances': 'Biggest advances',
  'change.row': '{name}, {region}: {from} in {fromYear}, {to} in {toYear}, change {change}',
  'change.rowAut': '{name}, {region}: {from} in {fromYear}, {to} in {toYear}, change {change}; in an autocratization episode',
  'change.summary': 'Between {from} and {to}, the {index} fell most in {declines} and rose most in {advances}.',
  'change.noCountry': 'no country',
  'change.summaryAut': {
    one: '# of the {total} biggest declines were in an autocratization episode.',
    other: '# of the {total} biggest declines were in an autocratization episode.',
  },
  'change.whiskersNote': 'Whiskers: 68% intervals of both years (above the line: start year, below: end year); where they overlap, the change is uncertain.',
  // Starts with the mark the rows carry; the CSV leaves it out (data-table.ts).
  'change.markNote': '* In an autocratization episode (ERT v15) at some point between the two years.',
  // Readout, table view and CSV.
  'change.region': 'Region',
  'change.change': 'Change',
  'change.inAut': 'In an autocratization episode (ERT)',
  'change.country': 'Country',
  'change.interval': '68% interval',
  'change.autEpisode': 'Autocratization episode',
  'change.yes': 'yes',
  'change.no': 'no',
  'change.tableLabel': 'Table: {label}',
  'change.caption': '{title}, {index}, {span}',
});

/** The chart's words for its readout, table and CSV. */
export const changeMsg = msg;

/** "Biggest declines" or "Biggest advances". */
export const sectionName = (section: 'declines' | 'advances'): string => msg(section === 'declines' ? 'change.declines' : 'change.advances');

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
  return msg(d.autocratizing ? 'change.rowAut' : 'change.row', {
    name: words.name(d.code),
    region: words.region(d.region),
    from: `${formatIndex(d.from, lang)}${intervalText(d.fromLow, d.fromHigh, lang)}`,
    fromYear: words.from,
    to: `${formatIndex(d.to, lang)}${intervalText(d.toLow, d.toHigh, lang)}`,
    toYear: words.to,
    change: formatChange(d.change, lang),
  });
}

export function changeSummary(declines: CountryChange[], advances: CountryChange[], words: ChangeWording): string {
  const list = (items: CountryChange[]): string =>
    items.length ? inRow(items.slice(0, 3).map((d) => `${words.name(d.code)} (${formatChange(d.change, words.lang)})`)) : msg('change.noCountry');
  const autocratizing = declines.filter((d) => d.autocratizing).length;
  const moves = msg('change.summary', { from: words.from, to: words.to, index: words.indexLabel, declines: list(declines), advances: list(advances) });
  return `${moves} ${msg('change.summaryAut', { count: autocratizing, total: declines.length })}`;
}

export function changeCaveats(metric: TrendMetric): string[] {
  return [revisionCaveat(), metric === 'polyarchy' ? msg('change.whiskersNote') : noBoundsCaveat(), msg('change.markNote')];
}
