// Performance budgets of issue #13 ("Fast everywhere"), checked by
// bench/elements.mjs after it measures (not by a timed test). Ratios are to
// the hand-written d3-geo floor map (bench/floor-map.js) measured in the same
// run, at the same width; times are medians over the run's samples.
export const BUDGETS = {
  /** <rights-democracy-map> against the floor. */
  map: {
    /** Cold first render (embed script + code + data) at most this many times the floor's. */
    firstRenderVsFloor: 1.2,
    /** Year change, work until `updateComplete`, at most this many times the floor's re-fill. */
    updateVsFloor: 1.1,
    /** Live JS heap growth from the tag to its first render (forced GC before and after), at most this many times the floor's. */
    heapGrowthVsFloor: 2,
  },
  /** Every other element's cold first render, at most this many times the floor map's. */
  firstRenderVsFloor: 2,
  /** Every element's main update (year or country change): script work until `updateComplete`, ms (one frame's share). */
  updateMs: 8,
  /** bench/fifty.html: all ten elements five times, ready and the main thread idle, ms after navigation start. */
  fiftyInteractiveMs: 1500,
};
