
/**
 * ColorBrewer YlOrRd-5 (Cynthia Brewer, colorbrewer2.org; rated colour-blind
 * safe), light = little, dark = much. Written out for the same bundle reason
 * as the democracy map's palettes.
 */
export const AMOUNT_COLORS: readonly string[] = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
export const NONE_FILL = 'url(#none)';
/** The United States, the donor: a slate blue, apart from the amount colours and the greys of the no-data dots and filtered recipients. */
export const DONOR_FILL = '#5a7394';

/** Rounds to one significant digit, so legend bounds read as "100", "2,000", "50 million". */
function roundNice(value: number): number {
  if (value <= 0) return value;
  const power = 10 ** Math.floor(Math.log10(value));
  return Math.round(value / power) * power;
}

/**
 * Class breaks at the quintiles of the positive amounts: amounts span five
 * orders of magnitude, so equal steps would paint nearly every country the
 * lightest class. Rounded, deduplicated and increasing.
 */
export function amountThresholds(amounts: number[]): number[] {
  const sorted = amounts.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length < 5) return sorted.length ? [roundNice(sorted[Math.floor(sorted.length / 2)]!)] : [];
  const breaks = [0.2, 0.4, 0.6, 0.8].map((q) => roundNice(quantileSorted(sorted, q)));
  return breaks.filter((b, i) => i === 0 || b > breaks[i - 1]!);
}

/** Fill for an amount: a class colour, or the "none recorded" hatch. */
export function fillForAmount(amount: number | undefined, thresholds: number[]): string {
  if (!amount || amount <= 0) return NONE_FILL;
  let i = 0;
  while (i < thresholds.length && amount >= thresholds[i]!) i++;
  // With fewer breaks, spread the classes over the palette's ends.
  const step = thresholds.length ? (AMOUNT_COLORS.length - 1) / thresholds.length : 0;
  return AMOUNT_COLORS[Math.round(i * step)]!;
}

export interface AmountLegendItem {
  fill: string;
  low: number;
  high: number | null;
}

export function amountLegend(thresholds: number[]): AmountLegendItem[] {
  const bounds = [0, ...thresholds];
  return bounds.map((low, i) => ({ fill: fillForAmount(Math.max(low, Number.MIN_VALUE), thresholds), low, high: thresholds[i] ?? null }));
}

/** Hatch overlays: the regime is read from the pattern, not only from a colour. */
export const REGIME_PATTERNS: Record<number, string | undefined> = {
  0: 'url(#closed-autocracy)',
  1: 'url(#electoral-autocracy)',
};

/** The p-quantile of ascending values, interpolated between neighbours (R-7, as d3-array's quantileSorted). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const i = (sorted.length - 1) * p;
  const i0 = Math.floor(i);
  const low = sorted[i0]!;
  return i0 + 1 < sorted.length ? low + (sorted[i0 + 1]! - low) * (i - i0) : low;
}
