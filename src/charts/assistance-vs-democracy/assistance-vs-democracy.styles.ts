import { css } from 'lit';

export const scatterStyles = css`
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
  .notes[data-measure="arms"] { min-height: calc(7.9 * 1.4em); }
  .notes[data-measure="aid"] { min-height: calc(7.9 * 1.4em); }
  .notes[data-measure="military-aid"] { min-height: calc(9.7 * 1.4em); }
  @container (max-width: 1105px) { .notes[data-measure="aid"] { min-height: calc(8.8 * 1.4em); } }
  @container (max-width: 1045px) { .notes[data-measure="arms"] { min-height: calc(8.8 * 1.4em); } }
  @container (max-width: 1005px) { .notes[data-measure="aid"] { min-height: calc(9.7 * 1.4em); } }
  @container (max-width: 995px) { .notes[data-measure="military-aid"] { min-height: calc(10.6 * 1.4em); } }
  @container (max-width: 945px) { .notes[data-measure="arms"] { min-height: calc(9.7 * 1.4em); } }
  @container (max-width: 875px) { .notes[data-measure="military-aid"] { min-height: calc(11.5 * 1.4em); } }
  @container (max-width: 845px) {
    h2[data-measure="aid"] { min-height: calc(2 * 1.3em); }
    .notes[data-measure="arms"] { min-height: calc(10.5 * 1.4em); }
  }
  @container (max-width: 805px) { h2[data-measure="arms"] { min-height: calc(2 * 1.3em); } }
  @container (max-width: 785px) { .notes[data-measure="military-aid"] { min-height: calc(12.4 * 1.4em); } }
  @container (max-width: 765px) { .notes[data-measure="aid"] { min-height: calc(10.6 * 1.4em); } }
  @container (max-width: 755px) { h2[data-measure="military-aid"] { min-height: calc(2 * 1.3em); } }
  @container (max-width: 745px) { .notes[data-measure="aid"] { min-height: calc(11.5 * 1.4em); } }
  @container (max-width: 715px) { .notes[data-measure="arms"] { min-height: calc(11.4 * 1.4em); } }
  @container (max-width: 705px) {
    .notes[data-measure="arms"] { min-height: calc(13.4 * 1.4em); }
    .notes[data-measure="aid"] { min-height: calc(12.6 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(13.5 * 1.4em); }
  }
  @container (max-width: 675px) { .notes[data-measure="military-aid"] { min-height: calc(14.4 * 1.4em); } }
  @container (max-width: 665px) { .notes[data-measure="military-aid"] { min-height: calc(15.3 * 1.4em); } }
  @container (max-width: 615px) { .notes[data-measure="aid"] { min-height: calc(13.5 * 1.4em); } }
  @container (max-width: 605px) {
    .notes[data-measure="aid"] { min-height: calc(14.3 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(16.1 * 1.4em); }
  }
  @container (max-width: 575px) { .notes[data-measure="military-aid"] { min-height: calc(17 * 1.4em); } }
  @container (max-width: 555px) {
    .notes[data-measure="arms"] { min-height: calc(14.3 * 1.4em); }
    .notes[data-measure="aid"] { min-height: calc(15.2 * 1.4em); }
  }
  @container (max-width: 525px) {
    .notes[data-measure="arms"] { min-height: calc(15.2 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(17.9 * 1.4em); }
  }
  @container (max-width: 515px) { .notes[data-measure="aid"] { min-height: calc(16.1 * 1.4em); } }
  @container (max-width: 505px) { .notes[data-measure="military-aid"] { min-height: calc(18.8 * 1.4em); } }
  @container (max-width: 485px) { .notes[data-measure="arms"] { min-height: calc(16.1 * 1.4em); } }
  @container (max-width: 455px) {
    .notes[data-measure="aid"] { min-height: calc(17.9 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(19.6 * 1.4em); }
  }
  @container (max-width: 445px) {
    .notes[data-measure="arms"] { min-height: calc(16.9 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(20.5 * 1.4em); }
  }
  @container (max-width: 435px) {
    h2[data-measure="aid"] { min-height: calc(3 * 1.3em); }
    .notes[data-measure="arms"] { min-height: calc(17.8 * 1.4em); }
  }
  @container (max-width: 425px) {
    .notes[data-measure="arms"] { min-height: calc(18.8 * 1.4em); }
    .notes[data-measure="aid"] { min-height: calc(18.9 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(21.6 * 1.4em); }
  }
  @container (max-width: 415px) {
    h2[data-measure="arms"] { min-height: calc(3 * 1.3em); }
    .notes[data-measure="arms"] { min-height: calc(19.7 * 1.4em); }
  }
  @container (max-width: 395px) {
    h2[data-measure="military-aid"] { min-height: calc(3 * 1.3em); }
    .notes[data-measure="aid"] { min-height: calc(19.8 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(23.4 * 1.4em); }
  }
  @container (max-width: 385px) { .notes[data-measure="aid"] { min-height: calc(20.7 * 1.4em); } }
  @container (max-width: 375px) { .notes[data-measure="military-aid"] { min-height: calc(24.3 * 1.4em); } }
  @container (max-width: 365px) { .notes[data-measure="arms"] { min-height: calc(20.6 * 1.4em); } }
  @container (max-width: 355px) {
    .notes[data-measure="arms"] { min-height: calc(21.5 * 1.4em); }
    .notes[data-measure="aid"] { min-height: calc(21.6 * 1.4em); }
  }
  @container (max-width: 345px) { .notes[data-measure="military-aid"] { min-height: calc(26.1 * 1.4em); } }
  @container (max-width: 335px) { .notes[data-measure="aid"] { min-height: calc(22.5 * 1.4em); } }
  @container (max-width: 325px) { .notes[data-measure="arms"] { min-height: calc(23.3 * 1.4em); } }
  @container (max-width: 315px) {
    .notes[data-measure="aid"] { min-height: calc(24.2 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(28.7 * 1.4em); }
  }
  @container (max-width: 305px) {
    h2[data-measure="arms"] { min-height: calc(4 * 1.3em); }
    h2[data-measure="aid"] { min-height: calc(4 * 1.3em); }
  }
  @container (max-width: 295px) {
    .notes[data-measure="arms"] { min-height: calc(25 * 1.4em); }
    .notes[data-measure="aid"] { min-height: calc(26 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(29.6 * 1.4em); }
  }
  @container (max-width: 285px) { .notes[data-measure="military-aid"] { min-height: calc(30.5 * 1.4em); } }
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
