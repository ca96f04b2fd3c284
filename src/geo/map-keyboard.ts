import { nextByName, nextInDirection, type Direction, type NavPoint } from '../core/spatial-nav.js';

export const KEY_DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** What a key does on a world map: move to a country, select the active one, clear the selection, or nothing. */
export type MapKeyAction = { move: string } | { toggle: true } | { clear: true } | undefined;

/**
 * Keyboard of the world maps: arrows go to the neighbouring country in that
 * direction, letters jump by name, Home/End go to the first/last name, Enter
 * or Space select, Escape clears. `named` are the countries with their names
 * in the reader's language, sorted by name.
 */
export function mapKeyAction(key: string, points: NavPoint[], active: string, named: { id: string; name: string }[], lang: string): MapKeyAction {
  const direction = KEY_DIRECTIONS[key];
  if (direction) {
    const next = nextInDirection(points, active, direction) ?? (active ? undefined : points[0]?.id);
    return next ? { move: next } : undefined;
  }
  if (key === 'Enter' || key === ' ') return { toggle: true };
  if (key === 'Escape') return { clear: true };
  if (key === 'Home' || key === 'End') {
    const entry = key === 'Home' ? named[0] : named[named.length - 1];
    return entry ? { move: entry.id } : undefined;
  }
  if (key.length === 1 && /\p{L}/u.test(key)) {
    const next = nextByName(named, active, key, lang);
    return next ? { move: next } : undefined;
  }
  return undefined;
}

/** True for the keys `mapKeyAction` handles, so the chart can prevent their default even when nothing moves. */
export function isMapKey(key: string): boolean {
  return key in KEY_DIRECTIONS || ['Enter', ' ', 'Escape', 'Home', 'End'].includes(key) || (key.length === 1 && /\p{L}/u.test(key));
}
