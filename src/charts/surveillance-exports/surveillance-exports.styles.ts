import { css } from 'lit';

/*
 * Text that arrives with the data (summary, footer) gets its height reserved
 * per container width, so the page never jumps when data lands, measured in
 * Chromium every 10 px from 300 to 1300 px by scripts/measure-reserve.mjs
 * (re-run it, and its --check, when the text changes):
 *   node scripts/measure-reserve.mjs rights-surveillance-exports
 * over the default, supplier=china, supplier=us technology=social-media,
 * technology=smart-policing and supplier=china technology=facial-recognition
 * (the same with --lang fr|es|ar --write for the catalogues, and with --check).
 *
 * Colours: Okabe & Ito's colour-blind-safe set (vermillion, blue, reddish
 * purple, bluish green); each class is named in the legend, the tooltip, the
 * table and every country's accessible name, so none rests on colour alone.
 */
export const surveillanceStyles = css`
  .summary { min-height: calc(3 * 1.4em); }
  footer { min-height: calc(1 * 1.4em + 2px); }
  @container (max-width: 915px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 715px) { footer { min-height: calc(2 * 1.4em + 2px); } }
  @container (max-width: 695px) { .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 545px) { .summary { min-height: calc(6 * 1.4em); } }
  @container (max-width: 475px) { .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 405px) { .summary { min-height: calc(8 * 1.4em); } }
  @container (max-width: 375px) { footer { min-height: calc(3 * 1.4em + 2px); } }
  @container (max-width: 365px) { .summary { min-height: calc(9 * 1.4em); } }
  @container (max-width: 325px) { .summary { min-height: calc(10 * 1.4em); } }
  @container (max-width: 285px) { .summary { min-height: calc(11 * 1.4em); } }
  .chart {
    --_country-stroke: #6f7782;
    --_s-both: #cc79a7;
    --_s-china: #d55e00;
    --_s-us: #0072b2;
    --_s-other: #009e73;
    --_s-muted: #c3c8cf;
    --_s-unlisted: #eef0f3;
  }
  @media not print {
    .chart.dark {
      --_country-stroke: #a3abb5;
      --_s-both: #e29bc4;
      --_s-china: #f07c3a;
      --_s-us: #56a8e0;
      --_s-other: #3fbf96;
      --_s-muted: #59616b;
      --_s-unlisted: #2a3038;
    }
  }
  .country {
    stroke: var(--rights-country-stroke, var(--_country-stroke));
    stroke-linejoin: round;
  }
  .both { fill: var(--_s-both); }
  .china { fill: var(--_s-china); }
  .us { fill: var(--_s-us); }
  .other { fill: var(--_s-other); }
  .muted { fill: var(--_s-muted); }
  .unlisted { fill: var(--_s-unlisted); }
  .edition {
    margin: 4px 0 0;
    font-size: 0.9em;
    color: var(--rights-muted, var(--_muted));
  }
  .tooltip {
    max-width: min(320px, 90%);
  }
  .table-wrap td,
  .table-wrap tbody th {
    vertical-align: top;
  }
  /* Phones: five text columns fit more of the width in a smaller type; the rest scrolls inside the table's region. */
  @container (max-width: 535px) {
    .table-wrap table {
      font-size: 0.8em;
    }
    .table-wrap th,
    .table-wrap td {
      padding: 3px 4px;
    }
  }
  .selected-row {
    outline: 2px solid var(--rights-accent, var(--_accent));
  }
`;
