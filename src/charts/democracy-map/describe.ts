// Words for readers: tooltip lines, labels for screen readers and the year's
// summary. Pure functions of values, so they are tested without a browser.
import { formatChange, formatCount, formatIndex } from '../../core/format.js';
import { CHANGE_SPAN, METRIC_DEFINITIONS, type CountryValue, type Metric } from '../../democracy/metrics.js';

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
  return regime === null ? 'not coded' : (words.regimes[regime] ?? 'not coded');
}

/** What a reader sees for one country: value, interval, regime, change over ten years. */
export function tooltipLines(metric: Metric, year: number, v: CountryValue, words: Wording): TooltipLine[] {
  const definition = METRIC_DEFINITIONS[metric];
  const lines: TooltipLine[] = [];
  const { index } = v;
  const { indexLabel } = definition;
  if (definition.kind === 'regime') {
    lines.push({ label: `Regime ${year}`, value: regimeName(v.regime, words) });
  }
  if (index === null) {
    lines.push({ label: `${indexLabel} ${year}`, value: 'no data' });
  } else {
    lines.push({ label: `${indexLabel} ${year}`, value: formatIndex(index, words.lang) });
    if (v.low !== null && v.high !== null) {
      lines.push({
        label: '68% interval',
        value: `${formatIndex(v.low, words.lang)}–${formatIndex(v.high, words.lang)}`,
      });
    }
  }
  if (definition.kind === 'index') lines.push({ label: 'Regime', value: regimeName(v.regime, words) });
  const since = year - CHANGE_SPAN;
  if (index !== null && v.previous !== null) {
    lines.push({ label: `Change since ${since}`, value: formatChange(round3(index - v.previous), words.lang) });
  } else {
    lines.push({ label: `Change since ${since}`, value: `no data for ${since}` });
  }
  if (v.previousRegime !== null && v.previousRegime !== v.regime && v.regime !== null) {
    lines.push({ label: `Regime in ${since}`, value: regimeName(v.previousRegime, words) });
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
  const first = `No V-Dem data for this territory in ${year}.`;
  if (!spans.length) return [first, `V-Dem does not code ${name} in any year of this dataset.`];
  const runs = spans.map(([a, b]) => (b >= last ? `from ${a} on` : a === b ? `in ${a}` : `in ${a}–${b}`));
  const listed = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}` : runs[0]!;
  return [first, `V-Dem has data for ${name} ${listed}.`];
}

/** One sentence for a screen reader naming the country and its value. */
export function countryLabel(metric: Metric, year: number, v: CountryValue, words: Wording, missing?: [string, string]): string {
  if (v.value === null && missing) return `${words.name(v.code)}: ${missing.join(' ')}`;
  const lines = tooltipLines(metric, year, v, words);
  return `${words.name(v.code)}: ${lines.map((l) => `${l.label} ${l.value}`).join('; ')}`;
}

/**
 * The option label read while arrowing across the map: name and the coloured
 * value only, so ~180 labels stay cheap to refresh each year; the full details
 * are announced for the focused country.
 */
export function shortLabel(metric: Metric, v: CountryValue | undefined, words: Wording, code: string): string {
  if (!v || v.value === null) return `${words.name(code)}: no V-Dem data`;
  const value =
    METRIC_DEFINITIONS[metric].kind === 'regime' ? regimeName(v.value, words) : formatIndex(v.value, words.lang);
  return `${words.name(code)}: ${value}`;
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
  const coded = values.filter((v) => v.regime !== null);
  const counts = words.regimes.map((_, i) => coded.filter((v) => v.regime === i).length);
  const countText = counts
    .map((count, i) => `${formatCount(count, words.lang)} ${pluralRegime(words.regimes[i]!, count)}`)
    .join(', ');
  const sentences = [
    `In ${year}, ${version} classifies ${formatCount(coded.length, words.lang)} countries: ${countText}.`,
  ];
  const autocracies = counts[0]! + counts[1]!;
  const democracies = counts[2]! + counts[3]!;
  if (coded.length) {
    sentences.push(
      autocracies > democracies
        ? `Autocracies outnumber democracies, ${autocracies} to ${democracies}.`
        : autocracies < democracies
          ? `Democracies outnumber autocracies, ${democracies} to ${autocracies}.`
          : `Autocracies and democracies are equal in number (${autocracies}).`,
    );
  }
  if (METRIC_DEFINITIONS[metric].kind === 'regime') sentences.push(...regimeChanges(year, values, words));
  else sentences.push(...indexSentence(metric, values, words));
  if (undrawn > 0) {
    sentences.push(`${formatCount(undrawn, words.lang)} of them are too small to draw at this scale; the table lists every country.`);
  }
  return sentences.join(' ');
}

/** The index's average and extremes (index metrics). */
function indexSentence(metric: Metric, values: CountryValue[], words: Wording): string[] {
  const { indexLabel } = METRIC_DEFINITIONS[metric];
  const indexed = values.filter((v): v is CountryValue & { index: number } => v.index !== null);
  if (!indexed.length) return [];
  const sorted = [...indexed].sort((a, b) => b.index - a.index);
  const mean = indexed.reduce((sum, v) => sum + v.index, 0) / indexed.length;
  const top = sorted[0]!;
  const bottom = sorted[sorted.length - 1]!;
  return [
    `The ${indexLabel} averages ${formatIndex(mean, words.lang)} across ${formatCount(indexed.length, words.lang)} countries; highest ${words.name(top.code)} (${formatIndex(top.index, words.lang)}), lowest ${words.name(bottom.code)} (${formatIndex(bottom.index, words.lang)}).`,
  ];
}

/**
 * Regimes of the World: how each type's count changed over ten years, and how
 * many countries moved to a more or less democratic type (of those classified
 * in both years). Nothing when the earlier year has no classifications.
 */
function regimeChanges(year: number, values: CountryValue[], words: Wording): string[] {
  const since = year - CHANGE_SPAN;
  const before = words.regimes.map(() => 0);
  const now = words.regimes.map(() => 0);
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
  const count = (n: number): string => formatCount(n, words.lang);
  const changes = words.regimes.map((name, i) => {
    const difference = now[i]! - before[i]!;
    const plural = pluralRegime(name, 2);
    if (difference === 0) return `as many ${plural}`;
    return `${count(Math.abs(difference))} ${difference > 0 ? 'more' : 'fewer'} ${pluralRegime(name, Math.abs(difference))}`;
  });
  const moves =
    up || down
      ? ` ${count(up)} ${up === 1 ? 'country' : 'countries'} moved to a more democratic type since then, ${count(down)} to a less democratic one.`
      : ' No country changed type since then.';
  return [`Compared with ${since}: ${changes.join(', ')}.${moves}`];
}

function pluralRegime(name: string, count: number): string {
  const lower = name.toLowerCase();
  if (count === 1) return lower;
  return lower.endsWith('y') ? `${lower.slice(0, -1)}ies` : `${lower}s`;
}
