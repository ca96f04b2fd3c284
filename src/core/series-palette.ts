import { byCodeUnits } from './order.js';
/**
 * Okabe & Ito's colour-blind-safe qualitative palette (2008), without black
 * and yellow (too close to the text or the background). Lines also carry
 * direct labels, so colour is never the only key.
 */
export const SERIES_COLORS: readonly string[] = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/** The dash of a line whose colour another shown series already has. */
export const REPEAT_DASH = '6 3';

export interface SeriesStyle {
  color: string;
  /** Set when all colours are taken and this series repeats one. */
  dash?: string;
}

/** FNV-1a of a key: a fixed, well-spread number per key, the same in every browser and build. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * The colour a key asks for: the n-th colour for the n-th `pinned` key (a
 * chart's default set keeps the palette's order), else one chosen by a hash
 * of the key. It depends on nothing but the key, so a country asks for the
 * same colour in every chart and story.
 */
export function preferredColor(key: string, pinned: readonly string[] = []): number {
  const pin = pinned.indexOf(key);
  return pin >= 0 ? pin % SERIES_COLORS.length : hashKey(key) % SERIES_COLORS.length;
}

/**
 * A colour (and dash) per key that does not depend on the keys' order and,
 * unless two shown keys ask for the same colour, not on the other keys either.
 * Collisions: keys are served pinned first (in `pinned` order), then in code
 * order; a key whose colour is taken gets the next free one; once all six are
 * taken, a key gets the colour it asked for with a dash.
 */
export function seriesStyles(keys: readonly string[], pinned: readonly string[] = []): Map<string, SeriesStyle> {
  const rank = (key: string): number => {
    const pin = pinned.indexOf(key);
    return pin >= 0 ? pin : pinned.length;
  };
  const order = [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || byCodeUnits(a, b));
  const taken = new Set<number>();
  const styles = new Map<string, SeriesStyle>();
  for (const key of order) {
    const wanted = preferredColor(key, pinned);
    if (taken.size >= SERIES_COLORS.length) {
      styles.set(key, { color: SERIES_COLORS[wanted]!, dash: REPEAT_DASH });
      continue;
    }
    let index = wanted;
    while (taken.has(index)) index = (index + 1) % SERIES_COLORS.length;
    taken.add(index);
    styles.set(key, { color: SERIES_COLORS[index]! });
  }
  return styles;
}
