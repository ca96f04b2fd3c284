/** Breakpoint (layout width) below which the chart gets taller; mirrored in the styles' container query. */
export const NARROW = 536;

export function chartHeight(width: number): number {
  return Math.round(width < NARROW ? width * 0.8 : width * 0.5);
}
