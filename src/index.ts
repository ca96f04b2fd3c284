// The embed entry: one <script type="module"> registers every element.
export * from './charts/democracy-map/index.js';
export { Timeline } from './core/timeline.js';
