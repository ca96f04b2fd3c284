import { css } from 'lit';

export const scatterStyles = css`
  /*
   * Text that arrives with the data (heading; legend, units, summary and
   * footer in one block, .notes) gets room reserved per container width so
   * the page does not jump when it lands: the most any measure and period
   * needs, measured in Chromium every 10 px from 300 to 1300 px by
   * scripts/measure-reserve.mjs (--sel "h2,.notes" --fraction .notes).
   */
  h2 { min-height: calc(1 * 1.3em); }
  .notes { min-height: calc(10.5 * 1.4em); }
  @container (max-width: 995px) { .notes { min-height: calc(11.4 * 1.4em); } }
  @container (max-width: 875px) { .notes { min-height: calc(12.3 * 1.4em); } }
  @container (max-width: 845px) {
    h2 { min-height: calc(2 * 1.3em); }
    .notes { min-height: calc(13.1 * 1.4em); }
  }
  @container (max-width: 785px) { .notes { min-height: calc(14 * 1.4em); } }
  @container (max-width: 705px) { .notes { min-height: calc(15.1 * 1.4em); } }
  @container (max-width: 675px) { .notes { min-height: calc(16 * 1.4em); } }
  @container (max-width: 665px) { .notes { min-height: calc(16.9 * 1.4em); } }
  @container (max-width: 585px) { .notes { min-height: calc(17.7 * 1.4em); } }
  @container (max-width: 575px) { .notes { min-height: calc(18.6 * 1.4em); } }
  @container (max-width: 525px) { .notes { min-height: calc(19.5 * 1.4em); } }
  @container (max-width: 505px) { .notes { min-height: calc(20.3 * 1.4em); } }
  @container (max-width: 455px) { .notes { min-height: calc(21.2 * 1.4em); } }
  @container (max-width: 445px) { .notes { min-height: calc(22.1 * 1.4em); } }
  @container (max-width: 435px) {
    h2 { min-height: calc(3 * 1.3em); }
    .notes { min-height: calc(22.9 * 1.4em); }
  }
  @container (max-width: 425px) { .notes { min-height: calc(24 * 1.4em); } }
  @container (max-width: 395px) { .notes { min-height: calc(25.8 * 1.4em); } }
  @container (max-width: 385px) { .notes { min-height: calc(26.6 * 1.4em); } }
  @container (max-width: 375px) { .notes { min-height: calc(27.5 * 1.4em); } }
  @container (max-width: 345px) { .notes { min-height: calc(29.3 * 1.4em); } }
  @container (max-width: 315px) { .notes { min-height: calc(31.1 * 1.4em); } }
  @container (max-width: 305px) {
    h2 { min-height: calc(4 * 1.3em); }
    .notes { min-height: calc(31.9 * 1.4em); }
  }
  @container (max-width: 295px) { .notes { min-height: calc(32.8 * 1.4em); } }
  @container (max-width: 285px) { .notes { min-height: calc(33.7 * 1.4em); } }
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
