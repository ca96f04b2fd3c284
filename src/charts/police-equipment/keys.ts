// Which state a key moves the map's focus to: arrows by where states lie,
// letters by name (type-ahead), Home and End the first and last in rank. Pure.
import { nextByName, nextInDirection, type Direction } from '../../core/spatial-nav.js';

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export interface KeyPlace {
  fips: string;
  name: string;
  x: number;
  y: number;
}

/**
 * The FIPS code focus moves to, '' to stay (no state that way), undefined for
 * a key the map does not use. `ranked`: codes in rank order.
 */
export function stateForKey(key: string, places: readonly KeyPlace[], active: string, ranked: readonly string[], lang: string): string | undefined {
  if (key === 'Home') return ranked[0] ?? '';
  if (key === 'End') return ranked[ranked.length - 1] ?? '';
  const direction = DIRECTIONS[key];
  if (direction) return nextInDirection(places.map((p) => ({ id: p.fips, x: p.x, y: p.y })), active, direction) ?? '';
  if (key.length === 1 && /\p{L}/u.test(key)) return nextByName(places.map((p) => ({ id: p.fips, name: p.name })), active, key, lang) ?? '';
  return undefined;
}
