import { css } from 'lit';

export const mapStyles = css`
  /*
   * Text that arrives with the data (summary, footer, the year in the heading)
   * gets its height reserved per width, so the page never jumps when data
   * lands. Line counts were measured in headless Chromium for every metric,
   * for English and French names, at every 10 px of container width; the
   * layout-shift tests check five widths.
   */
  .chart {
    container-type: inline-size;
  }
  .summary { min-height: calc(3 * 1.4em); }
  footer { min-height: calc(3 * 1.4em + 6px); }
  @container (max-width: 885px) {
    .summary { min-height: calc(4 * 1.4em); }
    footer { min-height: calc(3 * 1.4em + 6px); }
  }
  @container (max-width: 805px) {
    .summary { min-height: calc(4 * 1.4em); }
    footer { min-height: calc(4 * 1.4em + 6px); }
  }
  @container (max-width: 665px) {
    .summary { min-height: calc(5 * 1.4em); }
    footer { min-height: calc(4 * 1.4em + 6px); }
  }
  @container (max-width: 545px) {
    .summary { min-height: calc(5 * 1.4em); }
    footer { min-height: calc(5 * 1.4em + 6px); }
  }
  @container (max-width: 535px) {
    .summary { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(5 * 1.4em + 6px); }
  }
  @container (max-width: 525px) {
    .summary { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(6 * 1.4em + 6px); }
  }
  @container (max-width: 455px) {
    .summary { min-height: calc(7 * 1.4em); }
    footer { min-height: calc(6 * 1.4em + 6px); }
  }
  @container (max-width: 415px) {
    .summary { min-height: calc(7 * 1.4em); }
    footer { min-height: calc(7 * 1.4em + 6px); }
  }
  @container (max-width: 405px) {
    .summary { min-height: calc(8 * 1.4em); }
    footer { min-height: calc(7 * 1.4em + 6px); }
    h2 { min-height: calc(2 * 1.3em); }
  }
  @container (max-width: 345px) {
    .summary { min-height: calc(9 * 1.4em); }
    footer { min-height: calc(7 * 1.4em + 6px); }
    h2 { min-height: calc(2 * 1.3em); }
  }
  @container (max-width: 335px) {
    .summary { min-height: calc(9 * 1.4em); }
    footer { min-height: calc(8 * 1.4em + 6px); }
    h2 { min-height: calc(2 * 1.3em); }
  }
  @container (max-width: 315px) {
    .summary { min-height: calc(10 * 1.4em); }
    footer { min-height: calc(8 * 1.4em + 6px); }
    h2 { min-height: calc(2 * 1.3em); }
  }
  @container (max-width: 295px) {
    .summary { min-height: calc(10 * 1.4em); }
    footer { min-height: calc(9 * 1.4em + 6px); }
    h2 { min-height: calc(2 * 1.3em); }
  }
  @container (max-width: 285px) {
    .summary { min-height: calc(11 * 1.4em); }
    footer { min-height: calc(10 * 1.4em + 6px); }
    h2 { min-height: calc(2 * 1.3em); }
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 10px;
    align-items: center;
    margin-bottom: 8px;
    min-height: 34px;
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--rights-accent, var(--_accent));
    border-color: var(--rights-accent, var(--_accent));
    color: var(--rights-bg, var(--_bg));
  }
  .toolbar label {
    display: inline-flex;
    gap: 6px;
    align-items: center;
  }
  .stage {
    position: relative;
    width: 100%;
    aspect-ratio: 2 / 1;
    background: var(--rights-ocean, var(--_ocean));
    border-radius: 3px;
  }
  .stage.table-view {
    aspect-ratio: auto;
    height: auto;
    min-height: 0;
    background: none;
  }
  svg.map {
    display: block;
    width: 100%;
    height: 100%;
    touch-action: manipulation;
  }
  svg.map:focus {
    outline: none;
  }
  svg.map:focus-visible {
    outline: 3px solid var(--rights-focus, var(--_focus));
    outline-offset: 2px;
  }
  /* Borders dark enough (>= 3:1 against the ocean and the palest fill) that every
     country's outline is visible whatever its colour (WCAG 1.4.11). */
  .chart {
    --_country-stroke: #6f7782;
  }
  .chart.dark {
    --_country-stroke: #a3abb5;
  }
  .country {
    stroke: var(--rights-country-stroke, var(--_country-stroke));
    stroke-width: 0.5;
    stroke-linejoin: round;
    cursor: pointer;
  }
  .country:hover {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 1;
  }
  .highlight {
    fill: none;
    stroke: var(--rights-highlight, var(--rights-text, var(--_text)));
    stroke-width: 1.5;
    pointer-events: none;
  }
  .selected {
    fill: none;
    stroke: var(--rights-accent, var(--_accent));
    stroke-width: 2.5;
    pointer-events: none;
  }
  .focus-ring {
    fill: none;
    stroke: var(--rights-focus, var(--_focus));
    stroke-width: 3;
    pointer-events: none;
    display: none;
  }
  svg.map:focus-visible .focus-ring {
    display: inline;
  }
  .hatch-bg {
    fill: var(--rights-bg, var(--_bg));
  }
  .hatch-line {
    stroke: var(--rights-no-data, var(--_no-data));
    stroke-width: 1.5;
  }
  .timeline {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-top: 8px;
    min-height: 34px;
  }
  .timeline output {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-width: 3em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    font-size: 0.85em;
    min-height: 1.4em;
  }
  .legend svg {
    width: 14px;
    height: 14px;
    border: 1px solid var(--rights-border, var(--_border));
  }
  .legend-title {
    font-weight: 600;
  }
  .summary {
    margin: 8px 0 0;
    font-size: 0.9em;
  }
  .table-wrap {
    max-height: var(--rights-table-height, 420px);
    overflow: auto;
  }
`;
