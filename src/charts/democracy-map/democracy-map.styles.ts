import { css, unsafeCSS } from 'lit';
import { darkFills } from './map-scale.js';

/*
 * Dark theme fills: the map and legend set each fill as an attribute (the
 * light palette); in the dark theme a rule per colour overrides it, so a year
 * change writes no more than before and print keeps the light palette.
 * Built from constants, not from input.
 */
const darkFillRules = unsafeCSS(
  darkFills()
    .map(([light, dark]) => `.chart.dark .country[fill='${light}'], .chart.dark .legend rect[fill='${light}'] { fill: ${dark}; }`)
    .join('\n'),
);

export const mapStyles = css`
  /*
   * Text that arrives with the data (summary, footer, the year in the heading)
   * gets its height reserved per container width, so the page never jumps when
   * data lands: the most lines any metric and year needs in English, measured in
   * Chromium every 10 px from 300 to 1300 px by scripts/measure-reserve.mjs
   * (re-run it, and its --check, when the text changes). Other languages' tables
   * are in their catalogues (--lang <code> --write), adopted after these. The metric is known
   * before the data, so the regime map (class "regimes", measured with its own
   * variants and --sel) reserves its own heights and the index maps keep no
   * gap sized for the regime summary. The legend is drawn
   * before the data, but the edition it names arrives with it and can wrap it
   * (lines of its own 1.4em plus the 4px gaps between them).
   */
  h2 { min-height: calc(1 * 1.3em); }
  footer { min-height: calc(1 * 1.4em + 6px); }
  @container (max-width: 405px) { h2 { min-height: calc(2 * 1.3em); } }
  /* The index maps (polyarchy, libdem). */
  .legend { min-height: calc(1 * 1.4em); }
  .summary { min-height: calc(3 * 1.4em); }
  @container (max-width: 905px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 845px) { .legend { min-height: calc(2 * 1.4em + 4px); } }
  @container (max-width: 675px) { .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 535px) { .summary { min-height: calc(6 * 1.4em); } }
  @container (max-width: 455px) { .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 445px) { .legend { min-height: calc(3 * 1.4em + 8px); } }
  @container (max-width: 405px) { .summary { min-height: calc(8 * 1.4em); } }
  @container (max-width: 355px) { .summary { min-height: calc(9 * 1.4em); } }
  @container (max-width: 315px) { .summary { min-height: calc(10 * 1.4em); } }
  @container (max-width: 295px) { .legend { min-height: calc(4 * 1.4em + 12px); } }
  @container (max-width: 285px) { .summary { min-height: calc(11 * 1.4em); } }
  /* The Regimes of the World map: its own legend and a longer summary (counts and their change). */
  .legend.regimes { min-height: calc(1 * 1.4em); }
  .summary.regimes { min-height: calc(3 * 1.4em); }
  @container (max-width: 1065px) { .summary.regimes { min-height: calc(4 * 1.4em); } }
  @container (max-width: 1015px) { .legend.regimes { min-height: calc(2 * 1.4em + 4px); } }
  @container (max-width: 825px) { .summary.regimes { min-height: calc(5 * 1.4em); } }
  @container (max-width: 665px) { .summary.regimes { min-height: calc(6 * 1.4em); } }
  @container (max-width: 555px) {
    .legend.regimes { min-height: calc(3 * 1.4em + 8px); }
    .summary.regimes { min-height: calc(7 * 1.4em); }
  }
  @container (max-width: 465px) { .summary.regimes { min-height: calc(8 * 1.4em); } }
  @container (max-width: 425px) { .summary.regimes { min-height: calc(9 * 1.4em); } }
  @container (max-width: 395px) { .legend.regimes { min-height: calc(4 * 1.4em + 12px); } }
  @container (max-width: 385px) { .summary.regimes { min-height: calc(10 * 1.4em); } }
  @container (max-width: 355px) { .summary.regimes { min-height: calc(11 * 1.4em); } }
  @container (max-width: 315px) { .summary.regimes { min-height: calc(12 * 1.4em); } }
  @container (max-width: 285px) {
    .legend.regimes { min-height: calc(5 * 1.4em + 16px); }
    .summary.regimes { min-height: calc(13 * 1.4em); }
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
    ${darkFillRules}
  }
  /* Table: values over their interval, right-aligned; row headers level with the first line. */
  .map-table .interval {
    display: block;
    font-size: 0.85em;
    color: var(--rights-muted, var(--_muted));
  }
  .map-table .unit {
    white-space: nowrap;
  }
  .map-table tbody th,
  .map-table td {
    vertical-align: top;
  }
  @container (max-width: 535px) {
    .map-table th,
    .map-table td {
      padding: 3px 2px;
    }
    .map-table .interval {
      font-size: 0.78em;
    }
    /* Phones: the longest one-word names (Liechtenstein) and headers (Democracy) set the column widths. */
    .map-table tbody th {
      font-weight: 500;
    }
    .map-table thead th {
      font-size: 0.92em;
    }
  }
  .tooltip .no-data-note {
    margin: 4px 0 0;
  }
  .country {
    stroke: var(--rights-country-stroke, var(--_country-stroke));
    stroke-linejoin: round;
  }
`;
