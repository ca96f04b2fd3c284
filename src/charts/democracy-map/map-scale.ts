import type { Metric } from '../../democracy/metrics.js';
import { METRIC_DEFINITIONS } from '../../democracy/metrics.js';
import { messages } from '../../core/i18n.js';
import { REGIME_COLORS, REGIME_COLORS_DARK } from '../../democracy/regimes.js';

/**
 * ColorBrewer palettes (Cynthia Brewer, colorbrewer2.org), both rated colour-blind
 * safe: PRGn 4-class for the ordered regime categories (in democracy/regimes.ts), YlGnBu 5-class for the
 * binned indices. Written out rather than imported because d3-scale-chromatic
 * does not tree-shake and would add 11 kB gzip to the embed for eight colours.
 */
export const INDEX_THRESHOLDS = [0.2, 0.4, 0.6, 0.8];
export const INDEX_COLORS: readonly string[] = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
export const NO_DATA_FILL = 'url(#no-data)';

/**
 * The same five bins on a dark background: YlGnBu's darkest class (#253494)
 * has 1.7:1 contrast with the dark theme's background, so the fourth and fifth
 * bins move up the ramp (YlGnBu 9-class #1d91c0, then an indigo a step
 * lighter than #253494). Every fill then has at least 3:1 against the dark
 * background and ocean, and neighbouring bins keep about 1.5:1 between them,
 * as in the light ramp. Applied by the styles (see darkFills), screen only.
 */
export const INDEX_COLORS_DARK: readonly string[] = ['#ffffcc', '#a1dab4', '#41b6c4', '#1d91c0', '#5060d0'];

export function fillFor(metric: Metric, value: number | null): string {
  if (value === null) return NO_DATA_FILL;
  if (METRIC_DEFINITIONS[metric].kind === 'regime') return REGIME_COLORS[value] ?? NO_DATA_FILL;
  // The threshold scale in one line: the class is the number of thresholds at or below the value.
  return INDEX_COLORS[INDEX_THRESHOLDS.filter((threshold) => threshold <= value).length]!;
}

/** What the hatching means (in English; the legend says it in the chart's language): V-Dem has no value for that territory in that year (not coded there, or not as a unit of its own then). */
export const NO_DATA_LABEL = 'Not coded by V-Dem in the year shown';

const msg = messages({ 'map.notCodedYear': NO_DATA_LABEL });

/** Pairs of [light fill, dark fill] that differ: what the dark theme recolours. */
export function darkFills(): [string, string][] {
  const pairs: [string, string][] = [];
  INDEX_COLORS.forEach((fill, i) => fill !== INDEX_COLORS_DARK[i] && pairs.push([fill, INDEX_COLORS_DARK[i]!]));
  REGIME_COLORS.forEach((fill, i) => fill !== REGIME_COLORS_DARK[i] && pairs.push([fill, REGIME_COLORS_DARK[i]!]));
  return pairs;
}

export interface LegendItem {
  label: string;
  fill: string;
}

export function legendItems(metric: Metric, regimeNames: readonly string[], format: (n: number) => string): LegendItem[] {
  const items =
    METRIC_DEFINITIONS[metric].kind === 'regime'
      ? regimeNames.map((label, i) => ({ label, fill: REGIME_COLORS[i]! }))
      : INDEX_COLORS.map((fill, i) => {
          const low = i === 0 ? 0 : INDEX_THRESHOLDS[i - 1]!;
          const high = INDEX_THRESHOLDS[i] ?? 1;
          return { label: `${format(low)}–${format(high)}`, fill };
        });
  return [...items, { label: msg('map.notCodedYear'), fill: NO_DATA_FILL }];
}
