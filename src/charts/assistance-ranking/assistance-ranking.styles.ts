import { css } from 'lit';

export const rankingStyles = css`
  /*
   * Text that arrives with the data (heading; legend, units, summary and
   * footer in one block, .notes) gets room reserved per container width so
   * the page does not jump when it lands, and per measure (data-measure,
   * known before the data): the most any period and regime filter of that
   * measure needs, measured in Chromium every 10 px from 300 to 1300 px by
   * scripts/measure-reserve.mjs (its preset for this element).
   */
  h2[data-measure="arms"] { min-height: calc(1 * 1.3em); }
  h2[data-measure="aid"] { min-height: calc(1 * 1.3em); }
  h2[data-measure="military-aid"] { min-height: calc(1 * 1.3em); }
  .notes[data-measure="arms"] { min-height: calc(7 * 1.4em); }
  .notes[data-measure="aid"] { min-height: calc(7 * 1.4em); }
  .notes[data-measure="military-aid"] { min-height: calc(7.9 * 1.4em); }
  @container (max-width: 925px) { .notes[data-measure="aid"] { min-height: calc(7.9 * 1.4em); } }
  @container (max-width: 915px) { .notes[data-measure="military-aid"] { min-height: calc(9.7 * 1.4em); } }
  @container (max-width: 825px) { .notes[data-measure="arms"] { min-height: calc(7.9 * 1.4em); } }
  @container (max-width: 735px) { h2[data-measure="aid"] { min-height: calc(2 * 1.3em); } }
  @container (max-width: 725px) { .notes[data-measure="aid"] { min-height: calc(8.8 * 1.4em); } }
  @container (max-width: 715px) {
    .notes[data-measure="arms"] { min-height: calc(9.8 * 1.4em); }
    .notes[data-measure="aid"] { min-height: calc(9.9 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(11.7 * 1.4em); }
  }
  @container (max-width: 685px) {
    h2[data-measure="arms"] { min-height: calc(2 * 1.3em); }
    .notes[data-measure="arms"] { min-height: calc(10.7 * 1.4em); }
  }
  @container (max-width: 635px) {
    h2[data-measure="military-aid"] { min-height: calc(2 * 1.3em); }
    .notes[data-measure="aid"] { min-height: calc(10.8 * 1.4em); }
  }
  @container (max-width: 615px) { .notes[data-measure="military-aid"] { min-height: calc(12.6 * 1.4em); } }
  @container (max-width: 545px) {
    .notes[data-measure="arms"] { min-height: calc(11.6 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(13.5 * 1.4em); }
  }
  @container (max-width: 495px) { .notes[data-measure="aid"] { min-height: calc(11.7 * 1.4em); } }
  @container (max-width: 475px) {
    .notes[data-measure="aid"] { min-height: calc(13.4 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(14.3 * 1.4em); }
  }
  @container (max-width: 465px) { .notes[data-measure="military-aid"] { min-height: calc(15.2 * 1.4em); } }
  @container (max-width: 455px) {
    .notes[data-measure="arms"] { min-height: calc(12.5 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(16.1 * 1.4em); }
  }
  @container (max-width: 425px) {
    .notes[data-measure="arms"] { min-height: calc(13.5 * 1.4em); }
    .notes[data-measure="aid"] { min-height: calc(14.4 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(17.1 * 1.4em); }
  }
  @container (max-width: 415px) { .notes[data-measure="arms"] { min-height: calc(14.4 * 1.4em); } }
  @container (max-width: 395px) {
    .notes[data-measure="aid"] { min-height: calc(15.3 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(18.9 * 1.4em); }
  }
  @container (max-width: 385px) { .notes[data-measure="aid"] { min-height: calc(16.2 * 1.4em); } }
  @container (max-width: 375px) { h2[data-measure="aid"] { min-height: calc(3 * 1.3em); } }
  @container (max-width: 355px) {
    h2[data-measure="arms"] { min-height: calc(3 * 1.3em); }
    .notes[data-measure="arms"] { min-height: calc(15.2 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(19.8 * 1.4em); }
  }
  @container (max-width: 345px) { .notes[data-measure="arms"] { min-height: calc(17 * 1.4em); } }
  @container (max-width: 335px) {
    .notes[data-measure="aid"] { min-height: calc(17.1 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(20.7 * 1.4em); }
  }
  @container (max-width: 325px) { h2[data-measure="military-aid"] { min-height: calc(3 * 1.3em); } }
  @container (max-width: 315px) {
    .notes[data-measure="aid"] { min-height: calc(18 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(21.6 * 1.4em); }
  }
  @container (max-width: 285px) {
    .notes[data-measure="arms"] { min-height: calc(18.1 * 1.4em); }
    .notes[data-measure="aid"] { min-height: calc(19.1 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(24.5 * 1.4em); }
  }
  .stage.table-view {
    height: auto;
  }
  svg.bars {
    display: block;
    width: 100%;
    height: auto;
    font-size: 12px;
  }
  .hit {
    fill: transparent;
  }
  .row {
    cursor: pointer;
  }
  .row:hover .hit,
  .row.active .hit {
    fill: var(--rights-surface, var(--_surface));
  }
  text {
    fill: var(--rights-text, var(--_text));
  }
  .col-head,
  .index {
    fill: var(--rights-muted, var(--_muted));
    font-variant-numeric: tabular-nums;
  }
  .col-head {
    font-size: 11px;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  .value.inside {
    fill: #1d232b;
  }
  .value.inside.on-dark {
    fill: #ffffff;
  }
  .bar,
  .symbol {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 0.5;
  }
  .symbol[fill='none'],
  .dash {
    stroke-width: 2;
  }
  /* A long name in two lines (bar-layout.ts TWO_LINE_SIZE). */
  .name.two-line {
    font-size: 11px;
  }
  .highlighted .name {
    font-weight: 700;
  }
  .highlighted .bar {
    stroke-width: 2;
  }
  .selected .bar {
    stroke: var(--rights-accent, var(--_accent));
    stroke-width: 3;
  }
  svg.bars:focus-visible .active .hit {
    stroke: var(--rights-focus, var(--_focus));
    stroke-width: 2;
  }
  .legend path {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 0.5;
  }
`;
