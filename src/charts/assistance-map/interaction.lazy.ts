// How a reader works the aid map beyond its buttons: drag, pinch and the
// wheel, and the arrow and letter keys between countries; and the writer of
// the countries' names when idle, which a year change needs. A file of its own,
// fetched while the map is first drawn (core/lazy-module.ts): the first
// drawing does not wait for it.
export { Gestures } from '../../geo/gestures.js';
export { nearestTo, nextByName, nextInDirection } from '../../core/spatial-nav.js';
export { OptionNames } from '../../core/option-names.js';
