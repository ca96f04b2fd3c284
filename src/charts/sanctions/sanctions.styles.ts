import { css } from 'lit';

/*
 * Text that arrives with the data (summary, footer) gets its height reserved
 * per container width, so the page never jumps when data lands, measured in
 * Chromium every 10 px from 300 to 1300 px by scripts/measure-reserve.mjs
 * (re-run it, and its --check, when the text changes), over the default and
 * the variants of its preset (kind=vessel, from=2022 to=2023, kind="individual entity" from=2023):
 *   node scripts/measure-reserve.mjs rights-sanctions
 * (with --lang fr|es|ar --write for the catalogues, and with --check).
 */
export const sanctionsStyles = css`
  .summary { min-height: calc(2 * 1.4em); }
  footer { min-height: calc(1 * 1.4em + 2px); }
  @container (max-width: 1075px) { .summary { min-height: calc(3 * 1.4em); } }
  @container (max-width: 735px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 535px) { .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 445px) { .summary { min-height: calc(6 * 1.4em); } }
  @container (max-width: 365px) { .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 345px) { footer { min-height: calc(2 * 1.4em + 2px); } }
  @container (max-width: 325px) { .summary { min-height: calc(8 * 1.4em); } }
  .lede {
    margin: 0 0 8px;
    color: var(--rights-muted, var(--_muted));
    font-size: 0.9em;
  }
  .segment.individual {
    fill: var(--rights-sanctions-individual, #0072b2);
  }
  .segment.entity {
    fill: var(--rights-sanctions-entity, #d55e00);
  }
  .segment.vessel {
    fill: var(--rights-sanctions-vessel, #009e73);
  }
  .segment {
    stroke: var(--rights-bg, var(--_bg));
    stroke-width: 1;
  }
  .column.undated .segment {
    fill-opacity: 0.45;
  }
  .outline,
  .legend .key-undated {
    fill: none;
    stroke: var(--rights-text, var(--_text));
    stroke-width: 1.2;
    stroke-dasharray: 3 2;
  }
  .hit {
    fill: transparent;
  }
  .divider {
    stroke: var(--rights-border, var(--_border));
    stroke-dasharray: 2 3;
  }
  .tick.undated {
    font-weight: 600;
  }
  .tick-note {
    font-size: 10px;
  }
  .value {
    fill: var(--rights-text, var(--_text));
    font-size: 11px;
    font-weight: 600;
  }
  .column.active .segment {
    stroke: var(--rights-text, var(--_text));
  }
  .tooltip p {
    margin: 0 0 2px;
  }
  .tooltip .entries {
    font-variant-numeric: tabular-nums;
  }
  tr.total th,
  tr.total td {
    font-weight: 700;
  }
`;
