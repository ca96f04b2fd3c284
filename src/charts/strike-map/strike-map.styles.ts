import { css } from 'lit';

export const strikeMapStyles = css`
  .chart {
    container-type: inline-size;
    --_land: #e4e7eb;
    --_land-focus: #cfd5dc;
    --_civilian: #c4461b;
    --_strike: #1f5fbf;
  }
  /* Dark tokens on screen only: a chart prints in the light theme (see core/styles.ts). */
  @media not print {
    .chart.dark {
      --_land: #2a313a;
      --_land-focus: #3a434e;
      --_civilian: #ff8a5c;
      --_strike: #7fb2ff;
    }
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 6px;
    margin-bottom: 8px;
    min-height: 34px;
  }
  .stage {
    position: relative;
    width: 100%;
    aspect-ratio: 16 / 10;
    background: var(--rights-ocean, var(--_ocean));
    border-radius: 3px;
    /* Not overflow: hidden: on a phone the tooltip docks just below the map, outside the stage. The SVG clips the map itself. */
  }
  @container (max-width: 560px) { .stage { aspect-ratio: 1 / 1; } }
  .stage.table-view {
    background: none;
  }
  svg.map {
    display: block;
    border-radius: 3px;
    width: 100%;
    height: 100%;
    touch-action: pan-x pan-y;
    cursor: grab;
  }
  svg.map.zoomed {
    touch-action: none;
  }
  .sea {
    fill: var(--rights-ocean, var(--_ocean));
  }
  .land {
    fill: var(--rights-land, var(--_land));
    stroke: var(--rights-bg, var(--_bg));
    stroke-width: 1;
  }
  .land.focus-country {
    fill: var(--rights-land-focus, var(--_land-focus));
    stroke: var(--rights-muted, var(--_muted));
  }
  .strike {
    stroke-width: 1.5;
    cursor: pointer;
  }
  .strike.civilian {
    fill: var(--rights-civilian, var(--_civilian));
    fill-opacity: 0.75;
    stroke: var(--rights-bg, var(--_bg));
  }
  .strike.none {
    fill: none;
    stroke: var(--rights-strike, var(--_strike));
  }
  .strike.active {
    fill-opacity: 1;
  }
  .cluster {
    cursor: zoom-in;
  }
  .cluster-ring {
    fill: var(--rights-bg, var(--_bg));
    fill-opacity: 0.85;
    stroke: var(--rights-strike, var(--_strike));
    stroke-width: 1.5;
  }
  /*
   * The share of a cluster's records with civilian deaths: a tint with a solid
   * edge, light enough that the count over it keeps 4.5:1 or more in both
   * themes (a solid disc left it at 3.2:1 in light, 1.9:1 in dark).
   */
  .cluster-civilian {
    fill: var(--rights-civilian, var(--_civilian));
    fill-opacity: 0.35;
    stroke: var(--rights-civilian, var(--_civilian));
    stroke-width: 1.5;
  }
  /* The count, with a halo of the background where it crosses the ring; its width is set per zoom in the markup. */
  .cluster-count {
    fill: var(--rights-text, var(--_text));
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--rights-bg, var(--_bg));
    stroke-linejoin: round;
    pointer-events: none;
  }
  .country-label {
    fill: var(--rights-muted, var(--_muted));
    paint-order: stroke;
    stroke: var(--rights-land, var(--_land));
    stroke-linejoin: round;
    pointer-events: none;
  }
  .country-label.focus {
    fill: var(--rights-text, var(--_text));
    font-weight: 600;
    stroke: var(--rights-land-focus, var(--_land-focus));
  }
  .country-label.offshore {
    stroke: var(--rights-ocean, var(--_ocean));
  }
  .focus-ring {
    fill: none;
    stroke: var(--rights-focus, var(--_focus));
    stroke-width: 3;
    pointer-events: none;
  }
  .tooltip {
    font-size: 0.85em;
  }
  .timeline {
    margin-top: 8px;
  }
  .timeline output {
    min-width: 5.5em;
  }
  .legend svg {
    width: 16px;
    height: 16px;
  }
  .legend svg.swatch-group {
    width: 20px;
    height: 20px;
  }
  .legend svg.swatch-size {
    width: 26px;
  }
  .caveats,
  .summary {
    margin: 8px 0 0;
    font-size: 0.85em;
  }
  .caveats {
    color: var(--rights-muted, var(--_muted));
  }
  /*
   * Text that arrives with the data is given its height up front, in lines of
   * its own size, per container width: the step table printed by
   * scripts/measure-reserve.mjs (rights-strike-map --sel ".caveats,.summary,footer"
   * --extra footer=6, variants: all countries, each country, Pakistan with Yemen;
   * host widths 296–1400 px), exact at each measured width so no blank band
   * is left under the text.
   */
  .caveats { min-height: calc(2 * 1.4em); }
  .summary { min-height: calc(2 * 1.4em); }
  footer { min-height: calc(1 * 1.4em + 6px); }
  @container (max-width: 595px) { footer { min-height: calc(2 * 1.4em + 6px); } }
  @container (max-width: 315px) { footer { min-height: calc(3 * 1.4em + 6px); } }
  @container (max-width: 1361px) { .caveats { min-height: calc(3 * 1.4em); } }
  @container (max-width: 921px) {
    .caveats { min-height: calc(4 * 1.4em); }
    .summary { min-height: calc(3 * 1.4em); }
  }
  @container (max-width: 691px) { .caveats { min-height: calc(5 * 1.4em); } }
  @container (max-width: 631px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 551px) { .caveats { min-height: calc(6 * 1.4em); } }
  @container (max-width: 491px) { .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 461px) { .caveats { min-height: calc(7 * 1.4em); } }
  @container (max-width: 391px) {
    .caveats { min-height: calc(8 * 1.4em); }
    .summary { min-height: calc(6 * 1.4em); }
  }
  @container (max-width: 361px) { .caveats { min-height: calc(9 * 1.4em); } }
  @container (max-width: 331px) { .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 321px) { .caveats { min-height: calc(10 * 1.4em); } }
  @container (max-width: 281px) {
    .caveats { min-height: calc(11 * 1.4em); }
    .summary { min-height: calc(8 * 1.4em); }
  }
`;
