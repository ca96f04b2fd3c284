import { css } from 'lit';

export const mapStyles = css`
  /*
   * Text that arrives with the data (summary, footer, the year in the heading)
   * gets its height reserved per container width, so the page never jumps when
   * data lands: the most lines any metric, year and language needs, measured in
   * Chromium every 10 px from 300 to 1300 px by scripts/measure-reserve.mjs
   * (re-run it, and its --check, when the text changes). The legend is drawn
   * before the data, but the edition it names arrives with it and can wrap it
   * (lines of its own 1.4em plus the 4px gaps between them).
   */
  .legend { min-height: calc(1 * 1.4em); }
  @container (max-width: 835px) { .legend { min-height: calc(2 * 1.4em + 4px); } }
  @container (max-width: 455px) { .legend { min-height: calc(3 * 1.4em + 8px); } }
  @container (max-width: 315px) { .legend { min-height: calc(4 * 1.4em + 12px); } }
  h2 { min-height: calc(1 * 1.3em); }
  .summary { min-height: calc(2 * 1.4em); }
  footer { min-height: calc(2 * 1.4em + 6px); }
  @container (max-width: 1265px) { .summary { min-height: calc(3 * 1.4em); } }
  @container (max-width: 855px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 675px) { footer { min-height: calc(3 * 1.4em + 6px); } }
  @container (max-width: 635px) { .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 525px) {
    .summary { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(4 * 1.4em + 6px); }
  }
  @container (max-width: 445px) { .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 405px) { h2 { min-height: calc(2 * 1.3em); } }
  @container (max-width: 395px) { .summary { min-height: calc(8 * 1.4em); } }
  @container (max-width: 365px) { footer { min-height: calc(5 * 1.4em + 6px); } }
  @container (max-width: 335px) { .summary { min-height: calc(9 * 1.4em); } }
  @container (max-width: 305px) { .summary { min-height: calc(10 * 1.4em); } }
  @container (max-width: 285px) {
    .summary { min-height: calc(11 * 1.4em); }
    footer { min-height: calc(6 * 1.4em + 6px); }
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--rights-accent, var(--_accent));
    border-color: var(--rights-accent, var(--_accent));
    color: var(--rights-bg, var(--_bg));
  }
  .stage.table-view {
    height: auto;
    min-height: 0;
  }
  /* Borders dark enough (>= 3:1 against the ocean and the palest fill) that every
     country's outline is visible whatever its colour (WCAG 1.4.11). */
  .chart {
    --_country-stroke: #6f7782;
  }
  /* Dark tokens on screen only: a chart prints in the light theme (see core/styles.ts). */
  @media not print {
    .chart.dark {
      --_country-stroke: #a3abb5;
    }
  }
  .country {
    stroke: var(--rights-country-stroke, var(--_country-stroke));
    stroke-linejoin: round;
  }
`;
