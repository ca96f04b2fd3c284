import { css } from 'lit';

export const assistanceMapStyles = css`
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
  .notes[data-measure="arms"] { min-height: calc(8.3 * 1.4em); }
  .notes[data-measure="aid"] { min-height: calc(8.3 * 1.4em); }
  .notes[data-measure="military-aid"] { min-height: calc(9.2 * 1.4em); }
  @container (max-width: 1205px) { .notes[data-measure="military-aid"] { min-height: calc(9.3 * 1.4em); } }
  @container (max-width: 1185px) { .notes[data-measure="military-aid"] { min-height: calc(10.2 * 1.4em); } }
  @container (max-width: 1105px) { .notes[data-measure="aid"] { min-height: calc(9.3 * 1.4em); } }
  @container (max-width: 1025px) { .notes[data-measure="arms"] { min-height: calc(9.3 * 1.4em); } }
  @container (max-width: 915px) {
    .notes[data-measure="aid"] { min-height: calc(10.2 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(11.1 * 1.4em); }
  }
  @container (max-width: 905px) { .notes[data-measure="military-aid"] { min-height: calc(12 * 1.4em); } }
  @container (max-width: 825px) { .notes[data-measure="arms"] { min-height: calc(10.2 * 1.4em); } }
  @container (max-width: 725px) { .notes[data-measure="aid"] { min-height: calc(11.1 * 1.4em); } }
  @container (max-width: 715px) {
    h2[data-measure="aid"] { min-height: calc(2 * 1.3em); }
    .notes[data-measure="arms"] { min-height: calc(11 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(12.9 * 1.4em); }
  }
  @container (max-width: 685px) { .notes[data-measure="arms"] { min-height: calc(11.9 * 1.4em); } }
  @container (max-width: 665px) {
    h2[data-measure="arms"] { min-height: calc(2 * 1.3em); }
    .notes[data-measure="military-aid"] { min-height: calc(13.1 * 1.4em); }
  }
  @container (max-width: 655px) { .notes[data-measure="military-aid"] { min-height: calc(14 * 1.4em); } }
  @container (max-width: 635px) { .notes[data-measure="aid"] { min-height: calc(12 * 1.4em); } }
  @container (max-width: 615px) {
    h2[data-measure="military-aid"] { min-height: calc(2 * 1.3em); }
    .notes[data-measure="arms"] { min-height: calc(13 * 1.4em); }
    .notes[data-measure="aid"] { min-height: calc(13.1 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(15.9 * 1.4em); }
  }
  @container (max-width: 575px) { .notes[data-measure="aid"] { min-height: calc(14.1 * 1.4em); } }
  @container (max-width: 565px) { .notes[data-measure="arms"] { min-height: calc(14 * 1.4em); } }
  @container (max-width: 545px) {
    .notes[data-measure="arms"] { min-height: calc(14.9 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(16.8 * 1.4em); }
  }
  @container (max-width: 495px) { .notes[data-measure="aid"] { min-height: calc(15 * 1.4em); } }
  @container (max-width: 475px) {
    .notes[data-measure="aid"] { min-height: calc(15.8 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(17.6 * 1.4em); }
  }
  @container (max-width: 465px) { .notes[data-measure="military-aid"] { min-height: calc(18.5 * 1.4em); } }
  @container (max-width: 455px) {
    .notes[data-measure="arms"] { min-height: calc(15.8 * 1.4em); }
    .notes[data-measure="aid"] { min-height: calc(16.7 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(19.6 * 1.4em); }
  }
  @container (max-width: 445px) { .notes[data-measure="military-aid"] { min-height: calc(20.5 * 1.4em); } }
  @container (max-width: 435px) { .notes[data-measure="aid"] { min-height: calc(17.8 * 1.4em); } }
  @container (max-width: 415px) { .notes[data-measure="arms"] { min-height: calc(16.7 * 1.4em); } }
  @container (max-width: 395px) {
    .notes[data-measure="aid"] { min-height: calc(18.7 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(22.3 * 1.4em); }
  }
  @container (max-width: 385px) {
    .notes[data-measure="arms"] { min-height: calc(18.8 * 1.4em); }
    .notes[data-measure="aid"] { min-height: calc(20.6 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(23.3 * 1.4em); }
  }
  @container (max-width: 365px) {
    h2[data-measure="aid"] { min-height: calc(3 * 1.3em); }
    .notes[data-measure="military-aid"] { min-height: calc(24.4 * 1.4em); }
  }
  @container (max-width: 355px) {
    h2[data-measure="arms"] { min-height: calc(3 * 1.3em); }
    .notes[data-measure="arms"] { min-height: calc(19.6 * 1.4em); }
    .notes[data-measure="military-aid"] { min-height: calc(25.3 * 1.4em); }
  }
  @container (max-width: 345px) { .notes[data-measure="arms"] { min-height: calc(21.4 * 1.4em); } }
  @container (max-width: 335px) { .notes[data-measure="military-aid"] { min-height: calc(26.2 * 1.4em); } }
  @container (max-width: 325px) { h2[data-measure="military-aid"] { min-height: calc(3 * 1.3em); } }
  @container (max-width: 315px) { .notes[data-measure="aid"] { min-height: calc(22.4 * 1.4em); } }
  @container (max-width: 305px) { .notes[data-measure="military-aid"] { min-height: calc(27.1 * 1.4em); } }
  @container (max-width: 295px) {
    .notes[data-measure="arms"] { min-height: calc(22.3 * 1.4em); }
    .notes[data-measure="aid"] { min-height: calc(24.3 * 1.4em); }
  }
  @container (max-width: 285px) { .notes[data-measure="military-aid"] { min-height: calc(29.7 * 1.4em); } }
  .country {
    stroke: var(--rights-country-stroke, var(--rights-bg, var(--_bg)));
  }
  .country.muted,
  .legend .muted {
    fill: var(--rights-surface, var(--_surface));
  }
  .regime-hatch {
    pointer-events: none;
    stroke: none;
  }
  /* Thin, half-opaque lines 6px apart: the regime reads without drowning the amount colour under it. */
  .hatch {
    stroke: #1d232b;
    stroke-width: 0.75;
    stroke-opacity: 0.55;
  }
  .none-bg {
    fill: var(--rights-bg, var(--_bg));
  }
  .none-dot {
    fill: var(--rights-no-data, var(--_no-data));
  }
  /* The legend holds two lists (amounts, regime patterns), each laid out as a shared legend. */
  .legend {
    display: block;
    margin: 0;
    font-size: inherit;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    font-size: 0.85em;
    min-height: 1.4em;
  }
`;
