// How a reader works the strike map: drag, pinch and the wheel, the keys, the
// tooltips and what is announced on focus. A file of its own, fetched while
// the map is first drawn (core/lazy-module.ts): the first drawing does not
// wait for it, and the map answers once it is here.
export { Gestures } from '../../geo/gestures.js';
export { renderTip } from '../../harm/tooltip.js';
export { mapKey } from './keyboard.js';
export { focusSentence, keyOf, stepFrom, zoomToward } from './navigation.js';
export { mapTip, onStage } from './tooltip.js';
