// Words for readers: tooltip lines, labels for screen readers and the year's
// summary. Pure functions of values, so they are tested without a browser.
import { formatChange, formatIndex } from '../../core/format.js';
import { formatList, messages } from '../../core/i18n.js';
import { CHANGE_SPAN, METRIC_DEFINITIONS, type CountryValue, type Metric } from '../../democracy/metrics.js';

// Regime counts are whole phrases per type ("3 more closed autocracies"), not a
// name pluralised by code, so each language agrees noun, adjective and number.
const msg = messages({
  'map.notCoded': 'not coded',
  'map.noData': 'no data',
  'map.noDataFor': 'no data for {year}',
  'map.country': 'Country',
  'map.regimeType': 'Regime type',
  'map.unit': '(0–1)',
  'map.regimeYear': 'Regime {year}',
  'map.indexYear': '{index} {year}',
  'map.interval': '68% interval',
  'map.regime': 'Regime',
  'map.changeSince': 'Change since {year}',
  'map.regimeIn': 'Regime in {year}',
  'map.noDataIn': 'No V-Dem data for this territory in {year}.',
  'map.neverCoded': 'V-Dem does not code {name} in any year of this dataset.',
  'map.fromOn': 'from {year} on',
  'map.inYear': 'in {year}',
  'map.inYears': 'in {from}–{to}',
  'map.hasData': 'V-Dem has data for {name} {years}.',
  'map.named': '{name}: {value}',
  'map.line': '{label} {value}',
  'map.lineSep': '; ',
  'map.noVdem': '{name}: no V-Dem data',
  'map.comma': ', ',
  'map.classifies': { one: 'In {year}, {version} classifies # country: {counts}.', other: 'In {year}, {version} classifies # countries: {counts}.' },
  'map.n0': { one: '# closed autocracy', other: '# closed autocracies' },
  'map.n1': { one: '# electoral autocracy', other: '# electoral autocracies' },
  'map.n2': { one: '# electoral democracy', other: '# electoral democracies' },
  'map.n3': { one: '# liberal democracy', other: '# liberal democracies' },
  'map.more0': { one: '# more closed autocracy', other: '# more closed autocracies' },
  'map.more1': { one: '# more electoral autocracy', other: '# more electoral autocracies' },
  'map.more2': { one: '# more electoral democracy', other: '# more electoral democracies' },
  'map.more3': { one: '# more liberal democracy', other: '# more liberal democracies' },
  'map.fewer0': { one: '# fewer closed autocracy', other: '# fewer closed autocracies' },
  'map.fewer1': { one: '# fewer electoral autocracy', other: '# fewer electoral autocracies' },
  'map.fewer2': { one: '# fewer electoral democracy', other: '# fewer electoral democracies' },
  'map.fewer3': { one: '# fewer liberal democracy', other: '# fewer liberal democracies' },
  'map.same0': 'as many closed autocracies',
  'map.same1': 'as many electoral autocracies',
  'map.same2': 'as many electoral democracies',
  'map.same3': 'as many liberal democracies',
  'map.autMore': 'Autocracies outnumber democracies, {autocracies} to {democracies}.',
  'map.demMore': 'Democracies outnumber autocracies, {democracies} to {autocracies}.',
  'map.even': 'Autocracies and democracies are equal in number ({count}).',
  'map.undrawn': {
    one: '# of them is too small to draw at this scale; the table lists every country.',
    other: '# of them are too small to draw at this scale; the table lists every country.',
  },
  'map.average': {
    one: 'The {index} averages {mean} across # country; highest {top} ({topValue}), lowest {bottom} ({bottomValue}).',
    other: 'The {index} averages {mean} across # countries; highest {top} ({topValue}), lowest {bottom} ({bottomValue}).',
  },
  'map.comparedWith': 'Compared with {year}: {changes}.',
  'map.moved': {
    one: '# country moved to a more democratic type since then, {down} to a less democratic one.',
    other: '# countries moved to a more democratic type since then, {down} to a less democratic one.',
  },
  'map.noMoves': 'No country changed type since then.',
});

/** The map's shared words, for its table, legend and data file. */
export const mapText = msg;

type Regime = 0 | 1 | 2 | 3;
const REGIMES: readonly Regime[] = [0, 1, 2, 3];

export interface Wording {
  lang: string;
  regimes: readonly string[];
  name: (code: string) => string;
}

export interface TooltipLine {
  label: string;
  value: string;
}

function regimeName(regime: number | null, words: Wording): string {
  return (regime === null ? undefined : words.regimes[regime]) ?? msg('map.notCoded');
}

/** What a reader sees for one country: value, interval, regime, change over ten years. */
export function tooltipLines(metric: Metric, year: number, v: CountryValue, words: Wording): TooltipLine[] {
  const definition = METRIC_DEFINITIONS[metric];
  const lines: TooltipLine[] = [];
  const { index } = v;
  const { indexLabel } = definition;
  if (definition.kind === 'regime') {
    lines.push({ label: msg('map.regimeYear', { year }), value: regimeName(v.regime, words) });
  }
  const indexYear = msg('map.indexYear', { index: indexLabel, year });
  if (index === null) {
    lines.push({ label: indexYear, value: msg('map.noData') });
  } else {
    lines.push({ label: indexYear, value: formatIndex(index, words.lang) });
    if (v.low !== null && v.high !== null) {
      lines.push({
        label: msg('map.interval'),
        value: `${formatIndex(v.low, words.lang)}–${formatIndex(v.high, words.lang)}`,
      });
    }
  }
  if (definition.kind === 'index') lines.push({ label: msg('map.regime'), value: regimeName(v.regime, words) });
  const since = year - CHANGE_SPAN;
  const changeSince = msg('map.changeSince', { year: since });
  if (index !== null && v.previous !== null) {
    lines.push({ label: changeSince, value: formatChange(round3(index - v.previous), words.lang) });
  } else {
    lines.push({ label: changeSince, value: msg('map.noDataFor', { year: since }) });
  }
  if (v.previousRegime !== null && v.previousRegime !== v.regime && v.regime !== null) {
    lines.push({ label: msg('map.regimeIn', { year: since }), value: regimeName(v.previousRegime, words) });
  }
  return lines;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The runs of years a series has values in, as [first, last] pairs. */
export function codedSpans(values: readonly (number | null)[] | undefined, start: number): [number, number][] {
  const spans: [number, number][] = [];
  values?.forEach((value, i) => {
    if (value === null) return;
    const last = spans[spans.length - 1];
    if (last && last[1] === start + i - 1) last[1] = start + i;
    else spans.push([start + i, start + i]);
  });
  return spans;
}

/**
 * Why a territory is hatched, in two sentences: V-Dem has no value for it in
 * `year`, and the years it does have (a territory V-Dem coded only as part of
 * another unit then, e.g. Ukraine before 1990), or that it has none at all.
 * `last` is the dataset's last year, written as "from 1990 on".
 */
export function noDataLines(name: string, year: number, spans: [number, number][], last: number): [string, string] {
  const first = msg('map.noDataIn', { year });
  if (!spans.length) return [first, msg('map.neverCoded', { name })];
  const runs = spans.map(([a, b]) => (b >= last ? msg('map.fromOn', { year: a }) : a === b ? msg('map.inYear', { year: a }) : msg('map.inYears', { from: a, to: b })));
  return [first, msg('map.hasData', { name, years: formatList(runs) })];
}

/** One sentence for a screen reader naming the country and its value. */
export function countryLabel(metric: Metric, year: number, v: CountryValue, words: Wording, missing?: [string, string]): string {
  const name = words.name(v.code);
  if (v.value === null && missing) return msg('map.named', { name, value: missing.join(' ') });
  const lines = tooltipLines(metric, year, v, words);
  return msg('map.named', { name, value: lines.map((l) => msg('map.line', { label: l.label, value: l.value })).join(msg('map.lineSep')) });
}

/**
 * The option label read while arrowing across the map: name and the coloured
 * value only, so ~180 labels stay cheap to refresh each year; the full details
 * are announced for the focused country.
 */
export function shortLabel(metric: Metric, v: CountryValue | undefined, words: Wording, code: string): string {
  if (!v || v.value === null) return msg('map.noVdem', { name: words.name(code) });
  const value =
    METRIC_DEFINITIONS[metric].kind === 'regime' ? regimeName(v.value, words) : formatIndex(v.value, words.lang);
  return msg('map.named', { name: words.name(code), value });
}

/**
 * A short text summary of the year: regime counts, index average and extremes.
 * `undrawn` counts coded countries too small for the map, so readers know the
 * table has them.
 */
export function yearSummary(
  metric: Metric,
  year: number,
  values: CountryValue[],
  words: Wording,
  version: string,
  undrawn = 0,
): string {
  const counts = REGIMES.map(() => 0);
  for (const v of values) if (v.regime !== null && counts[v.regime] !== undefined) counts[v.regime]!++;
  const coded = counts.reduce((sum, n) => sum + n, 0);
  const countText = REGIMES.map((i) => msg(`map.n${i}`, { count: counts[i]! })).join(msg('map.comma'));
  const sentences = [msg('map.classifies', { year, version, count: coded, counts: countText })];
  const autocracies = counts[0]! + counts[1]!;
  const democracies = counts[2]! + counts[3]!;
  if (coded) {
    sentences.push(
      autocracies > democracies
        ? msg('map.autMore', { autocracies, democracies })
        : autocracies < democracies
          ? msg('map.demMore', { autocracies, democracies })
          : msg('map.even', { count: autocracies }),
    );
  }
  if (METRIC_DEFINITIONS[metric].kind === 'regime') sentences.push(...regimeChanges(year, values));
  else sentences.push(...indexSentence(metric, values, words));
  if (undrawn > 0) sentences.push(msg('map.undrawn', { count: undrawn }));
  return sentences.join(' ');
}

/** The index's average and extremes (index metrics). */
function indexSentence(metric: Metric, values: CountryValue[], words: Wording): string[] {
  const { indexLabel } = METRIC_DEFINITIONS[metric];
  // One pass: the first highest and the last lowest in the values' order (as a stable sort puts them).
  let count = 0;
  let sum = 0;
  let top: (CountryValue & { index: number }) | undefined;
  let bottom: (CountryValue & { index: number }) | undefined;
  for (const v of values) {
    if (v.index === null) continue;
    const indexed = v as CountryValue & { index: number };
    count++;
    sum += indexed.index;
    if (!top || indexed.index > top.index) top = indexed;
    if (!bottom || indexed.index <= bottom.index) bottom = indexed;
  }
  if (!top || !bottom) return [];
  const mean = sum / count;
  return [
    msg('map.average', {
      index: indexLabel,
      mean: formatIndex(mean, words.lang),
      count,
      top: words.name(top.code),
      topValue: formatIndex(top.index, words.lang),
      bottom: words.name(bottom.code),
      bottomValue: formatIndex(bottom.index, words.lang),
    }),
  ];
}

/**
 * Regimes of the World: how each type's count changed over ten years, and how
 * many countries moved to a more or less democratic type (of those classified
 * in both years). Nothing when the earlier year has no classifications.
 */
function regimeChanges(year: number, values: CountryValue[]): string[] {
  const since = year - CHANGE_SPAN;
  const before = REGIMES.map(() => 0);
  const now = REGIMES.map(() => 0);
  let up = 0;
  let down = 0;
  for (const v of values) {
    if (v.previousRegime !== null) before[v.previousRegime] = (before[v.previousRegime] ?? 0) + 1;
    if (v.regime !== null) now[v.regime] = (now[v.regime] ?? 0) + 1;
    if (v.regime !== null && v.previousRegime !== null) {
      if (v.regime > v.previousRegime) up++;
      else if (v.regime < v.previousRegime) down++;
    }
  }
  if (!before.some((count) => count > 0)) return [];
  const changes = REGIMES.map((i) => {
    const difference = now[i]! - before[i]!;
    if (difference === 0) return msg(`map.same${i}`);
    return msg(difference > 0 ? `map.more${i}` : `map.fewer${i}`, { count: Math.abs(difference) });
  });
  return [msg('map.comparedWith', { year: since, changes: changes.join(msg('map.comma')) }), up || down ? msg('map.moved', { count: up, down }) : msg('map.noMoves')];
}
