import { css } from 'lit';

export const rankingStyles = css`
  /*
   * Text that arrives with the data gets room reserved per width so the page
   * does not jump when it lands. Line counts were measured for every measure,
   * period and index at widths 320–1240 px (see the layout-shift tests); each
   * range uses the count of its narrowest measured width.
   */
  h2 { min-height: calc(1 * 1.3em); }
  .units { min-height: calc(3 * 1.4em); }
  .summary { min-height: calc(4 * 1.4em); }
  footer { min-height: calc(8.5 * 1.4em); }
  @container (max-width: 975px) {
    h2 { min-height: calc(1 * 1.3em); }
    .units { min-height: calc(3 * 1.4em); }
    .summary { min-height: calc(4 * 1.4em); }
    footer { min-height: calc(10.5 * 1.4em); }
  }
  @container (max-width: 775px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(4 * 1.4em); }
    .summary { min-height: calc(5 * 1.4em); }
    footer { min-height: calc(12.5 * 1.4em); }
  }
  @container (max-width: 675px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(4 * 1.4em); }
    .summary { min-height: calc(5 * 1.4em); }
    footer { min-height: calc(13.5 * 1.4em); }
  }
  @container (max-width: 575px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(4 * 1.4em); }
    .summary { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(17.5 * 1.4em); }
  }
  @container (max-width: 475px) {
    h2 { min-height: calc(3 * 1.3em); }
    .units { min-height: calc(6 * 1.4em); }
    .summary { min-height: calc(8 * 1.4em); }
    footer { min-height: calc(17.5 * 1.4em); }
  }
  @container (max-width: 435px) {
    h2 { min-height: calc(3 * 1.3em); }
    .units { min-height: calc(6 * 1.4em); }
    .summary { min-height: calc(8 * 1.4em); }
    footer { min-height: calc(20.5 * 1.4em); }
  }
  @container (max-width: 375px) {
    h2 { min-height: calc(3 * 1.3em); }
    .units { min-height: calc(7 * 1.4em); }
    .summary { min-height: calc(8 * 1.4em); }
    footer { min-height: calc(21.5 * 1.4em); }
  }
  @container (max-width: 335px) {
    h2 { min-height: calc(3 * 1.3em); }
    .units { min-height: calc(7 * 1.4em); }
    .summary { min-height: calc(8 * 1.4em); }
    footer { min-height: calc(24.5 * 1.4em); }
  }
  @container (max-width: 311px) {
    h2 { min-height: calc(3 * 1.3em); }
    .units { min-height: calc(7 * 1.4em); }
    .summary { min-height: calc(9 * 1.4em); }
    footer { min-height: calc(24.5 * 1.4em); }
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
  .hatch-bg {
    fill: var(--rights-bg, var(--_bg));
  }
  .hatch-line {
    stroke: var(--rights-no-data, var(--_no-data));
    stroke-width: 1.5;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    font-size: 0.85em;
  }
  .legend svg {
    width: 14px;
    height: 14px;
  }
  .legend path {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 0.5;
  }
`;
