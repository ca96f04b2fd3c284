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

/** One sentence for a screen reader naming the country and its value. */
export function countryLabel(metric: Metric, year: number, v: CountryValue, words: Wording): string {
  const lines = tooltipLines(metric, year, v, words);
  return `${words.name(v.code)}: ${lines.map((l) => `${l.label} ${l.value}`).join('; ')}`;
}

/**
 * The option label read while arrowing across the map: name and the coloured
 * value only, so ~180 labels stay cheap to refresh each year; the full details
 * are announced for the focused country.
 */
export function shortLabel(metric: Metric, v: CountryValue | undefined, words: Wording, code: string): string {
  if (!v || v.value === null) return `${words.name(code)}: no data`;
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
  const { indexLabel } = METRIC_DEFINITIONS[metric];
  const indexed = values.filter((v): v is CountryValue & { index: number } => v.index !== null);
  if (indexed.length) {
    const sorted = [...indexed].sort((a, b) => b.index - a.index);
    const mean = indexed.reduce((sum, v) => sum + v.index, 0) / indexed.length;
    const top = sorted[0]!;
    const bottom = sorted[sorted.length - 1]!;
    sentences.push(
      `The ${indexLabel} averages ${formatIndex(mean, words.lang)} across ${formatCount(indexed.length, words.lang)} countries; highest ${words.name(top.code)} (${formatIndex(top.index, words.lang)}), lowest ${words.name(bottom.code)} (${formatIndex(bottom.index, words.lang)}).`,
    );
  }
  if (undrawn > 0) {
    sentences.push(`${formatCount(undrawn, words.lang)} of them are too small to draw at this scale; the table lists every country.`);
  }
  return sentences.join(' ');
}

function pluralRegime(name: string, count: number): string {
  const lower = name.toLowerCase();
  if (count === 1) return lower;
  return lower.endsWith('y') ? `${lower.slice(0, -1)}ies` : `${lower}s`;
}
