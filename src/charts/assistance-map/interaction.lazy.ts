// How a reader works the aid map beyond its buttons: drag, pinch and the
// wheel, and the arrow and letter keys between countries; and the writer of
// the countries' names when idle, which a year change needs. A file of its own,
// fetched while the map is first drawn (core/lazy-module.ts): the first
// drawing does not wait for it.
export { Gestures } from '../../geo/gestures.js';
import { nearestTo, nextByName, nextInDirection, type NavPoint } from '../../core/spatial-nav.js';
import { KEY_DIRECTIONS } from '../../geo/map-keyboard.js';
import type { MapLayout } from '../../geo/map-layout.js';
export { OptionNames } from '../../core/option-names.js';

const pointsOf = (layout: MapLayout): NavPoint[] => layout.anchors().map(({ code, x, y }) => ({ id: code, x, y }));

/** The country nearest the map's centre: where the keys start when nothing is selected or ranked. */
export const centreCountry = (layout: MapLayout): string | undefined => nearestTo(pointsOf(layout), layout.width / 2, layout.height / 2);

/**
 * Where a key moves on the aid map: arrows to the neighbouring country in
 * that direction ('' at the edge), a letter to the next country by name
 * (`named` asked only then); undefined for other keys.
 */
export function nextCountry(key: string, layout: MapLayout, active: string, named: () => { id: string; name: string }[], lang: string): string | undefined {
  const direction = KEY_DIRECTIONS[key];
  if (direction) return nextInDirection(pointsOf(layout), active, direction) ?? '';
  if (key.length === 1 && /\p{L}/u.test(key)) return nextByName(named(), active, key, lang) ?? '';
  return undefined;
}
