import { css } from 'lit';

export const assistanceMapStyles = css`
  /*
   * Text that arrives with the data (heading; legend, units, summary and
   * footer in one block, .notes) gets room reserved per container width so
   * the page does not jump when it lands: the most any measure, period and
   * regime filter needs, measured in Chromium every 10 px from 300 to 1300 px
   * by scripts/measure-reserve.mjs (--sel "h2,.notes" --fraction .notes, with
   * the preset's variants plus regime=autocracy and military aid 2010–2015
   * with regime=democracy, whose legend has one more entry).
   */
  h2 { min-height: calc(1 * 1.3em); }
  .notes { min-height: calc(10 * 1.4em); }
  @container (max-width: 1185px) { .notes { min-height: calc(11 * 1.4em); } }
  @container (max-width: 915px) { .notes { min-height: calc(11.9 * 1.4em); } }
  @container (max-width: 905px) { .notes { min-height: calc(12.8 * 1.4em); } }
  @container (max-width: 785px) { .notes { min-height: calc(13.6 * 1.4em); } }
  @container (max-width: 715px) { .notes { min-height: calc(14.5 * 1.4em); } }
  @container (max-width: 655px) { .notes { min-height: calc(15.6 * 1.4em); } }
  @container (max-width: 615px) {
    h2 { min-height: calc(2 * 1.3em); }
    .notes { min-height: calc(17.5 * 1.4em); }
  }
  @container (max-width: 545px) { .notes { min-height: calc(19.2 * 1.4em); } }
  @container (max-width: 465px) { .notes { min-height: calc(20.1 * 1.4em); } }
  @container (max-width: 455px) { .notes { min-height: calc(21 * 1.4em); } }
  @container (max-width: 445px) { .notes { min-height: calc(22.1 * 1.4em); } }
  @container (max-width: 405px) { .notes { min-height: calc(22.9 * 1.4em); } }
  @container (max-width: 395px) { .notes { min-height: calc(24.7 * 1.4em); } }
  @container (max-width: 385px) { .notes { min-height: calc(26.5 * 1.4em); } }
  @container (max-width: 365px) { .notes { min-height: calc(27.6 * 1.4em); } }
  @container (max-width: 355px) { .notes { min-height: calc(28.5 * 1.4em); } }
  @container (max-width: 335px) { .notes { min-height: calc(29.4 * 1.4em); } }
  @container (max-width: 325px) { h2 { min-height: calc(3 * 1.3em); } }
  @container (max-width: 305px) { .notes { min-height: calc(30.3 * 1.4em); } }
  @container (max-width: 285px) { .notes { min-height: calc(32.9 * 1.4em); } }
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
