import { css } from 'lit';

/*
 * Text that arrives with the data (summary, footer) gets its height reserved
 * per container width, so the page never jumps when data lands, measured in
 * Chromium every 10 px from 300 to 1300 px by scripts/measure-reserve.mjs
 * (re-run it, and its --check, when the text changes), over the default and
 * the cycles 2006-07, 2018 and 2025:
 *   node scripts/measure-reserve.mjs rights-hrc-membership
 * (the same with --lang fr|es|ar --write for the catalogues, and with --check).
 */
export const hrcMembershipStyles = css`
  .summary { min-height: calc(2 * 1.4em); }
  footer { min-height: calc(1 * 1.4em + 2px); }
  @container (max-width: 1235px) { .summary { min-height: calc(3 * 1.4em); } }
  @container (max-width: 835px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 735px) { footer { min-height: calc(2 * 1.4em + 2px); } }
  @container (max-width: 625px) { .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 505px) { .summary { min-height: calc(6 * 1.4em); } }
  @container (max-width: 435px) { .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 385px) { footer { min-height: calc(3 * 1.4em + 2px); } }
  @container (max-width: 365px) { .summary { min-height: calc(8 * 1.4em); } }
  @container (max-width: 325px) { .summary { min-height: calc(9 * 1.4em); } }
  @container (max-width: 295px) { .summary { min-height: calc(10 * 1.4em); } }
  /* The cycle menu is as wide before its cycles arrive as after, so the toolbar wraps the same way. */
  .toolbar select {
    inline-size: 7.5em;
  }
  .segment.part-none {
    fill: var(--rights-surface, var(--_surface));
    stroke: var(--rights-muted, var(--_muted));
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .chosen-band {
    fill: var(--rights-surface, var(--_surface));
  }
  .hit {
    fill: transparent;
  }
  .count {
    font-size: 10px;
    font-weight: 600;
    pointer-events: none;
  }
  .count.on-dark {
    fill: #fff;
  }
  .count.on-light {
    fill: #1a1a1a;
  }
  .count.on-none {
    fill: var(--rights-text, var(--_text));
  }
  .seats {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  .axis .seats-value,
  .axis .year.chosen,
  .axis .us-label {
    font-weight: 700;
    fill: var(--rights-text, var(--_text));
  }
  .us-box {
    fill: var(--rights-bg, var(--_bg));
    stroke: var(--rights-text, var(--_text));
    stroke-width: 1.2;
  }
  .us-member {
    fill: var(--rights-text, var(--_text));
  }
  .event {
    fill: var(--rights-accent, var(--_accent));
    font-size: 11px;
    font-weight: 700;
  }
  .event-line {
    stroke: var(--rights-accent, var(--_accent));
    stroke-width: 1;
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip .note {
    margin-top: 2px;
    color: var(--rights-muted, var(--_muted));
  }
  .tooltip dt.sub {
    padding-inline-start: 0.8em;
    font-weight: 400;
  }
  table.counts {
    margin-top: 12px;
  }
  tr.group-row th {
    padding-top: 10px;
    font-weight: 700;
    text-align: start;
  }
  th.sub {
    font-weight: 400;
  }
  tr.chosen th,
  tr.chosen td {
    font-weight: 700;
  }
  td.not-yet {
    color: var(--rights-muted, var(--_muted));
    text-align: center;
  }
  .legend .seats {
    stroke: currentColor;
  }
  .legend .us-box {
    stroke: currentColor;
  }
  .legend .us-member {
    fill: currentColor;
  }
`;
