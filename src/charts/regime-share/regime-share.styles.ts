import { css } from 'lit';

/*
 * Text that arrives with the data (summary, footer) gets its height reserved
 * per container width, so the page never jumps when data lands: the most lines
 * any edition × measure needs, measured in Chromium every 10 px from 300 to
 * 1300 px by scripts/measure-reserve.mjs (re-run it, and its --check, when the
 * text changes); +2px covers the credit line's margin.
 */
export const shareStyles = css`
  .summary { min-height: calc(2 * 1.4em); }
  footer { min-height: calc(1 * 1.4em + 2px); }
  @container (max-width: 895px) { .summary { min-height: calc(3 * 1.4em); } }
  @container (max-width: 635px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 475px) { .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 375px) { .summary { min-height: calc(6 * 1.4em); } }
  @container (max-width: 365px) { footer { min-height: calc(2 * 1.4em + 2px); } }
  @container (max-width: 325px) { .summary { min-height: calc(7 * 1.4em); } }
  .band {
    stroke: var(--rights-bg, var(--_bg));
    stroke-width: 0.5;
  }
  .divide {
    fill: none;
    stroke: var(--rights-text, var(--_text));
    stroke-width: 2;
  }
  .half {
    stroke: var(--rights-text, var(--_text));
    stroke-dasharray: 4 3;
    stroke-width: 1;
  }
  .band-label {
    font-size: 11px;
    font-weight: 600;
    paint-order: stroke;
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .band-label.on-dark {
    fill: #ffffff;
    stroke: rgb(0 0 0 / 0.35);
  }
  .band-label.on-light {
    fill: #1d232b;
    stroke: rgb(255 255 255 / 0.5);
  }
  .crossing line {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 1;
  }
  .crossing text {
    fill: var(--rights-text, var(--_text));
    font-size: 11px;
    font-weight: 600;
  }
  .dot {
    fill: var(--rights-bg, var(--_bg));
    stroke: var(--rights-text, var(--_text));
    stroke-width: 1.5;
  }
  td.highlight {
    font-weight: 700;
  }
`;
