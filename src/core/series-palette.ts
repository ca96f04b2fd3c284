/**
 * Okabe & Ito's colour-blind-safe qualitative palette (2008), without black
 * and yellow (too close to the text or the background). Lines also carry
 * direct labels, so colour is never the only key.
 */
export const SERIES_COLORS: readonly string[] = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}

/** From the seventh country on, colours repeat with a dash so lines stay apart. */
export function seriesDash(index: number): string | undefined {
  return index >= SERIES_COLORS.length ? '6 3' : undefined;
}
