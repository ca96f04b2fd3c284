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
  .zoom {
    display: flex;
    gap: 4px;
  }
  .stage {
    position: relative;
    width: 100%;
    aspect-ratio: 16 / 10;
    background: var(--rights-ocean, var(--_ocean));
    border-radius: 3px;
    overflow: hidden;
  }
  @container (max-width: 560px) {
    .stage { aspect-ratio: 1 / 1; }
  }
  .stage.table-view {
    background: none;
  }
  .table-wrap {
    height: 100%;
    overflow: auto;
  }
  .more {
    margin: 8px 0;
  }
  svg.map {
    display: block;
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
  .cluster-civilian {
    fill: var(--rights-civilian, var(--_civilian));
  }
  .cluster-count {
    fill: var(--rights-text, var(--_text));
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--rights-bg, var(--_bg));
    stroke-width: 2px;
    pointer-events: none;
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
  .caveats,
  .summary {
    margin: 8px 0 0;
    font-size: 0.85em;
  }
  .caveats {
    color: var(--rights-muted, var(--_muted));
  }
  /*
   * Text that arrives with the data is given its height up front, in its own
   * ems, per container width: the largest height measured in headless
   * Chromium at host widths 296–1400 px for all countries, each country and
   * Pakistan with Yemen (summary and caveats name records and strikes).
   */
  .caveats { min-height: 4.2em; }
  .summary { min-height: 2.8em; }
  footer { min-height: 2.98em; }
  @container (max-width: 1080px) {
    .caveats { min-height: 5.6em; }
    .summary { min-height: 4.2em; }
    footer { min-height: 2.98em; }
  }
  @container (max-width: 940px) {
    .caveats { min-height: 5.6em; }
    .summary { min-height: 4.2em; }
    footer { min-height: 4.38em; }
  }
  @container (max-width: 820px) {
    .caveats { min-height: 5.6em; }
    .summary { min-height: 4.2em; }
    footer { min-height: 4.38em; }
  }
  @container (max-width: 720px) {
    .caveats { min-height: 7em; }
    .summary { min-height: 5.6em; }
    footer { min-height: 4.38em; }
  }
  @container (max-width: 620px) {
    .caveats { min-height: 8.4em; }
    .summary { min-height: 5.6em; }
    footer { min-height: 4.38em; }
  }
  @container (max-width: 540px) {
    .caveats { min-height: 9.8em; }
    .summary { min-height: 7em; }
    footer { min-height: 5.78em; }
  }
  @container (max-width: 470px) {
    .caveats { min-height: 11.2em; }
    .summary { min-height: 7em; }
    footer { min-height: 7.18em; }
  }
  @container (max-width: 410px) {
    .caveats { min-height: 12.6em; }
    .summary { min-height: 8.4em; }
    footer { min-height: 7.18em; }
  }
  @container (max-width: 360px) {
    .caveats { min-height: 14em; }
    .summary { min-height: 9.8em; }
    footer { min-height: 7.18em; }
  }
  @container (max-width: 330px) {
    .caveats { min-height: 15.4em; }
    .summary { min-height: 11.2em; }
    footer { min-height: 8.58em; }
  }
  @container (max-width: 300px) {
    .caveats { min-height: 15.4em; }
    .summary { min-height: 11.2em; }
    footer { min-height: 8.58em; }
  }

`;
