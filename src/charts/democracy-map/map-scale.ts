import type { Metric } from '../../democracy/metrics.js';
import { METRIC_DEFINITIONS } from '../../democracy/metrics.js';
import { REGIME_COLORS } from '../../democracy/regimes.js';

/**
 * ColorBrewer palettes (Cynthia Brewer, colorbrewer2.org), both rated colour-blind
 * safe: PRGn 4-class for the ordered regime categories (in democracy/regimes.ts), YlGnBu 5-class for the
 * binned indices. Written out rather than imported because d3-scale-chromatic
 * does not tree-shake and would add 11 kB gzip to the embed for eight colours.
 */
export const INDEX_THRESHOLDS = [0.2, 0.4, 0.6, 0.8];
export const INDEX_COLORS: readonly string[] = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
export const NO_DATA_FILL = 'url(#no-data)';


export function fillFor(metric: Metric, value: number | null): string {
  if (value === null) return NO_DATA_FILL;
  if (METRIC_DEFINITIONS[metric].kind === 'regime') return REGIME_COLORS[value] ?? NO_DATA_FILL;
  // The threshold scale in one line: the class is the number of thresholds at or below the value.
  return INDEX_COLORS[INDEX_THRESHOLDS.filter((threshold) => threshold <= value).length]!;
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
  return [...items, { label: 'No data', fill: NO_DATA_FILL }];
}
