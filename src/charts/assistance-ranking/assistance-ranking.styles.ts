import { css } from 'lit';

export const rankingStyles = css`
  /*
   * Text that arrives with the data gets room reserved per container width so
   * the page does not jump when it lands: the most lines any measure and period
   * needs, measured in Chromium every 10 px from 300 to 1300 px by
   * scripts/measure-reserve.mjs (+6px for the footer's paragraph margins).
   */
  h2 { min-height: calc(1 * 1.3em); }
  .units { min-height: calc(2 * 1.4em); }
  .summary { min-height: calc(3 * 1.4em); }
  footer { min-height: calc(3 * 1.4em + 6px); }
  @container (max-width: 935px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 915px) { .units { min-height: calc(3 * 1.4em); } }
  @container (max-width: 895px) { footer { min-height: calc(4 * 1.4em + 6px); } }
  @container (max-width: 815px) { footer { min-height: calc(5 * 1.4em + 6px); } }
  @container (max-width: 715px) { .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 705px) { h2 { min-height: calc(2 * 1.3em); } }
  @container (max-width: 615px) {
    .units { min-height: calc(4 * 1.4em); }
    footer { min-height: calc(6 * 1.4em + 6px); }
  }
  @container (max-width: 585px) { .summary { min-height: calc(6 * 1.4em); } }
  @container (max-width: 505px) { footer { min-height: calc(7 * 1.4em + 6px); } }
  @container (max-width: 475px) { .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 465px) { .units { min-height: calc(5 * 1.4em); } }
  @container (max-width: 425px) { footer { min-height: calc(8 * 1.4em + 6px); } }
  @container (max-width: 415px) { .summary { min-height: calc(8 * 1.4em); } }
  @container (max-width: 395px) { .units { min-height: calc(6 * 1.4em); } }
  @container (max-width: 385px) { footer { min-height: calc(9 * 1.4em + 6px); } }
  @container (max-width: 365px) { .summary { min-height: calc(9 * 1.4em); } }
  @container (max-width: 355px) { h2 { min-height: calc(3 * 1.3em); } }
  @container (max-width: 335px) {
    .units { min-height: calc(7 * 1.4em); }
    .summary { min-height: calc(10 * 1.4em); }
  }
  @container (max-width: 325px) { footer { min-height: calc(10 * 1.4em + 6px); } }
  @container (max-width: 305px) { .summary { min-height: calc(11 * 1.4em); } }
  @container (max-width: 295px) { footer { min-height: calc(11 * 1.4em + 6px); } }
  @container (max-width: 285px) {
    .units { min-height: calc(8 * 1.4em); }
    footer { min-height: calc(13 * 1.4em + 6px); }
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
