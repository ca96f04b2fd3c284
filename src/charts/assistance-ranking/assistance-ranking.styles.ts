import { css } from 'lit';

export const rankingStyles = css`
  /*
   * Text that arrives with the data (heading; legend, units, summary and
   * footer in one block, .notes) gets room reserved per container width so
   * the page does not jump when it lands: the most any measure and period
   * needs, measured in Chromium every 10 px from 300 to 1300 px by
   * scripts/measure-reserve.mjs (--sel "h2,.notes" --fraction .notes).
   */
  h2 { min-height: calc(1 * 1.3em); }
  .notes { min-height: calc(7.9 * 1.4em); }
  @container (max-width: 1165px) { .notes { min-height: calc(8.7 * 1.4em); } }
  @container (max-width: 915px) { .notes { min-height: calc(10.5 * 1.4em); } }
  @container (max-width: 715px) { .notes { min-height: calc(12.5 * 1.4em); } }
  @container (max-width: 705px) { h2 { min-height: calc(2 * 1.3em); } }
  @container (max-width: 615px) { .notes { min-height: calc(13.4 * 1.4em); } }
  @container (max-width: 595px) { .notes { min-height: calc(14.2 * 1.4em); } }
  @container (max-width: 545px) { .notes { min-height: calc(15.1 * 1.4em); } }
  @container (max-width: 465px) { .notes { min-height: calc(16 * 1.4em); } }
  @container (max-width: 455px) { .notes { min-height: calc(16.9 * 1.4em); } }
  @container (max-width: 425px) { .notes { min-height: calc(17.9 * 1.4em); } }
  @container (max-width: 395px) { .notes { min-height: calc(20.5 * 1.4em); } }
  @container (max-width: 355px) {
    h2 { min-height: calc(3 * 1.3em); }
    .notes { min-height: calc(21.4 * 1.4em); }
  }
  @container (max-width: 335px) { .notes { min-height: calc(22.3 * 1.4em); } }
  @container (max-width: 325px) { .notes { min-height: calc(23.1 * 1.4em); } }
  @container (max-width: 315px) { .notes { min-height: calc(24 * 1.4em); } }
  @container (max-width: 285px) { .notes { min-height: calc(26.9 * 1.4em); } }
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
