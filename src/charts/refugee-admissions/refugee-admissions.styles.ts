import { css } from 'lit';

/*
 * Text that arrives with the data (summary, footer) gets its height reserved
 * per container width, so the page never jumps when data lands, measured in
 * Chromium every 10 px from 300 to 1300 px by scripts/measure-reserve.mjs
 * (re-run it, and its --check, when the text changes), over the default and
 * the spans from=1980 to=2001, from=2017 and from=2024:
 *   node scripts/measure-reserve.mjs rights-refugee-admissions
 * (the same with --lang fr|es|ar --write for the catalogues, and with --check).
 */
export const refugeeAdmissionsStyles = css`
  .summary { min-height: calc(3 * 1.4em); }
  footer { min-height: calc(1 * 1.4em + 2px); }
  @container (max-width: 895px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 685px) { .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 675px) { footer { min-height: calc(2 * 1.4em + 2px); } }
  @container (max-width: 545px) { .summary { min-height: calc(6 * 1.4em); } }
  @container (max-width: 465px) { .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 395px) { .summary { min-height: calc(8 * 1.4em); } }
  @container (max-width: 355px) { .summary { min-height: calc(9 * 1.4em); } }
  @container (max-width: 345px) { footer { min-height: calc(3 * 1.4em + 2px); } }
  @container (max-width: 305px) { .summary { min-height: calc(10 * 1.4em); } }
  @container (max-width: 285px) { .summary { min-height: calc(11 * 1.4em); } }
  .column {
    fill: var(--rights-accent, var(--_accent));
  }
  .column.partial {
    fill: url(#partial-year);
    stroke: var(--rights-accent, var(--_accent));
    stroke-width: 1.5;
  }
  .legend .column.partial {
    fill: url(#partial-key);
  }
  .partial-line {
    stroke: var(--rights-accent, var(--_accent));
    stroke-width: 2;
  }
  .column.active {
    fill: var(--rights-text, var(--_text));
  }
  .column.partial.active {
    stroke: var(--rights-text, var(--_text));
  }
  .shortfall {
    fill: var(--rights-gap, #d55e00);
    opacity: 0.3;
  }
  .ceiling {
    fill: none;
    stroke: var(--rights-text, var(--_text));
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .baseline {
    stroke: var(--rights-muted, var(--_muted));
    stroke-width: 1;
  }
  .axis text.partial,
  .partial-note {
    font-weight: 600;
  }
  .partial-note {
    font-size: 10px;
  }
  .hit {
    fill: transparent;
  }
  .tooltip dd {
    text-align: end;
  }
  .tooltip .note {
    margin: 4px 0 0;
    color: var(--rights-muted, var(--_muted));
  }
  tr.partial th,
  tr.partial td {
    font-style: italic;
  }
  .legend .ceiling {
    stroke: currentColor;
  }
`;
