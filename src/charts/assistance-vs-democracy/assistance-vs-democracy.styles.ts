import { css } from 'lit';

export const scatterStyles = css`
  /*
   * Text that arrives with the data (heading, units note, summary, footer)
   * gets room reserved per container width so the page does not jump when it
   * lands: the most lines any measure and period needs, measured in Chromium
   * every 10 px from 300 to 1300 px by scripts/measure-reserve.mjs (+6px for
   * the footer's paragraph margins).
   */
  h2 { min-height: calc(1 * 1.3em); }
  .units { min-height: calc(3 * 1.4em); }
  .summary { min-height: calc(4 * 1.4em); }
  footer { min-height: calc(3 * 1.4em + 6px); }
  @container (max-width: 1175px) { footer { min-height: calc(4 * 1.4em + 6px); } }
  @container (max-width: 1015px) { .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 875px) { .units { min-height: calc(4 * 1.4em); } }
  @container (max-width: 845px) { h2 { min-height: calc(2 * 1.3em); } }
  @container (max-width: 815px) {
    .summary { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(5 * 1.4em + 6px); }
  }
  @container (max-width: 805px) { footer { min-height: calc(6 * 1.4em + 6px); } }
  @container (max-width: 675px) { .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 665px) { .units { min-height: calc(5 * 1.4em); } }
  @container (max-width: 595px) { footer { min-height: calc(7 * 1.4em + 6px); } }
  @container (max-width: 585px) { .summary { min-height: calc(8 * 1.4em); } }
  @container (max-width: 525px) { .units { min-height: calc(6 * 1.4em); } }
  @container (max-width: 515px) { .summary { min-height: calc(9 * 1.4em); } }
  @container (max-width: 505px) { footer { min-height: calc(8 * 1.4em + 6px); } }
  @container (max-width: 455px) { .summary { min-height: calc(10 * 1.4em); } }
  @container (max-width: 445px) { .units { min-height: calc(7 * 1.4em); } }
  @container (max-width: 435px) {
    h2 { min-height: calc(3 * 1.3em); }
    footer { min-height: calc(9 * 1.4em + 6px); }
  }
  @container (max-width: 425px) { footer { min-height: calc(10 * 1.4em + 6px); } }
  @container (max-width: 415px) { .summary { min-height: calc(11 * 1.4em); } }
  @container (max-width: 395px) { .units { min-height: calc(8 * 1.4em); } }
  @container (max-width: 385px) { .summary { min-height: calc(12 * 1.4em); } }
  @container (max-width: 355px) { footer { min-height: calc(11 * 1.4em + 6px); } }
  @container (max-width: 345px) {
    .units { min-height: calc(9 * 1.4em); }
    .summary { min-height: calc(13 * 1.4em); }
  }
  @container (max-width: 335px) { .summary { min-height: calc(14 * 1.4em); } }
  @container (max-width: 315px) { .units { min-height: calc(10 * 1.4em); } }
  @container (max-width: 305px) {
    h2 { min-height: calc(4 * 1.3em); }
    .summary { min-height: calc(15 * 1.4em); }
    footer { min-height: calc(12 * 1.4em + 6px); }
  }
  @container (max-width: 295px) { footer { min-height: calc(13 * 1.4em + 6px); } }
  @container (max-width: 285px) {
    .units { min-height: calc(11 * 1.4em); }
    footer { min-height: calc(15 * 1.4em + 6px); }
  }
  .stage {
    aspect-ratio: 5 / 3;
    min-height: 240px;
  }
  .stage.table-view {
    aspect-ratio: auto;
    min-height: 0;
  }
  svg.scatter {
    display: block;
    width: 100%;
    height: 100%;
    font-size: 11px;
    touch-action: manipulation;
  }
  .quadrant {
    fill: var(--rights-surface, var(--_surface));
    stroke: var(--rights-border, var(--_border));
    stroke-dasharray: 4 3;
  }
  .quadrant-label {
    fill: var(--rights-muted, var(--_muted));
    font-style: italic;
  }
  .grid {
    stroke: var(--rights-border, var(--_border));
    stroke-width: 0.5;
  }
  .tick,
  .axis-title {
    fill: var(--rights-muted, var(--_muted));
  }
  .axis-title {
    font-size: 12px;
  }
  .dot {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 0.6;
    fill-opacity: 0.85;
    cursor: pointer;
  }
  .dot[fill='none'] {
    fill: var(--rights-bg, var(--_bg));
    stroke-dasharray: 2 2;
  }
  .dot:hover {
    stroke-width: 1.5;
  }
  .dot.highlighted {
    stroke-width: 1.8;
  }
  .dot.selected {
    stroke: var(--rights-accent, var(--_accent));
    stroke-width: 3;
  }
  .label {
    fill: var(--rights-text, var(--_text));
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--rights-bg, var(--_bg));
    stroke-width: 3px;
  }
  .focus-ring {
    fill: none;
    stroke: var(--rights-focus, var(--_focus));
    stroke-width: 2.5;
    display: none;
    pointer-events: none;
  }
  svg.scatter:focus-visible .focus-ring {
    display: inline;
  }
  .legend {
    min-height: 1.4em;
  }
  .key {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 0.6;
  }
  .key.dashed {
    stroke-dasharray: 2 2;
    stroke-width: 1;
  }
`;
