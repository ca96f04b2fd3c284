import { css } from 'lit';

export const assistanceMapStyles = css`
  /*
   * Text that arrives with the data (heading, legend labels, units note,
   * summary, footer) gets room reserved per container width so the page does
   * not jump when it lands: the most lines any measure and period needs,
   * measured in Chromium every 10 px from 300 to 1300 px by
   * scripts/measure-reserve.mjs (+6px for the footer's paragraph margins; the
   * legend's two lists, margins included, in the legend's own 1.4em).
   */
  h2 { min-height: calc(1 * 1.3em); }
  .legend { min-height: calc(2.1 * 1.4em); }
  .units { min-height: calc(2 * 1.4em); }
  .summary { min-height: calc(3 * 1.4em); }
  footer { min-height: calc(3 * 1.4em + 6px); }
  @container (max-width: 1105px) { footer { min-height: calc(4 * 1.4em + 6px); } }
  @container (max-width: 935px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 915px) { .units { min-height: calc(3 * 1.4em); } }
  @container (max-width: 815px) { footer { min-height: calc(5 * 1.4em + 6px); } }
  @container (max-width: 745px) { .legend { min-height: calc(3.2 * 1.4em); } }
  @container (max-width: 735px) { footer { min-height: calc(6 * 1.4em + 6px); } }
  @container (max-width: 715px) { .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 615px) { .units { min-height: calc(4 * 1.4em); } }
  @container (max-width: 585px) { .summary { min-height: calc(6 * 1.4em); } }
  @container (max-width: 565px) {
    h2 { min-height: calc(2 * 1.3em); }
    footer { min-height: calc(7 * 1.4em + 6px); }
  }
  @container (max-width: 485px) { footer { min-height: calc(8 * 1.4em + 6px); } }
  @container (max-width: 475px) { .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 465px) { .units { min-height: calc(5 * 1.4em); } }
  @container (max-width: 445px) { .legend { min-height: calc(4.2 * 1.4em); } }
  @container (max-width: 425px) { footer { min-height: calc(9 * 1.4em + 6px); } }
  @container (max-width: 415px) { .summary { min-height: calc(8 * 1.4em); } }
  @container (max-width: 395px) {
    .units { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(10 * 1.4em + 6px); }
  }
  @container (max-width: 385px) { .legend { min-height: calc(5.3 * 1.4em); } }
  @container (max-width: 365px) { .summary { min-height: calc(9 * 1.4em); } }
  @container (max-width: 355px) { footer { min-height: calc(11 * 1.4em + 6px); } }
  @container (max-width: 335px) {
    .units { min-height: calc(7 * 1.4em); }
    .summary { min-height: calc(10 * 1.4em); }
  }
  @container (max-width: 305px) { .summary { min-height: calc(11 * 1.4em); } }
  @container (max-width: 295px) { footer { min-height: calc(12 * 1.4em + 6px); } }
  @container (max-width: 285px) {
    h2 { min-height: calc(3 * 1.3em); }
    .units { min-height: calc(8 * 1.4em); }
    footer { min-height: calc(14 * 1.4em + 6px); }
  }
  .country {
    stroke: var(--rights-country-stroke, var(--rights-bg, var(--_bg)));
  }
  .country.muted {
    fill: var(--rights-surface, var(--_surface));
  }
  .regime-hatch {
    pointer-events: none;
    stroke: none;
  }
  .hatch {
    stroke: #1d232b;
    stroke-width: 1.1;
    stroke-opacity: 0.75;
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
