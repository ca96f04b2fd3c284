import { css } from 'lit';

/*
 * Text that arrives with the data (summary, footer) gets its height reserved
 * per container width, so the page never jumps when data lands: the most lines
 * any edition × measure needs, measured in Chromium every 10 px from 300 to
 * 1300 px by scripts/measure-reserve.mjs (re-run it, and its --check, when the
 * text changes); +10px covers the footer's paragraph margins.
 */
export const shareStyles = css`
  .summary { min-height: calc(2 * 1.4em); }
  footer { min-height: calc(8 * 1.4em + 10px); }
  @container (max-width: 1025px) { footer { min-height: calc(9 * 1.4em + 10px); } }
  @container (max-width: 895px) { .summary { min-height: calc(3 * 1.4em); } }
  @container (max-width: 885px) { footer { min-height: calc(10 * 1.4em + 10px); } }
  @container (max-width: 875px) { footer { min-height: calc(11 * 1.4em + 10px); } }
  @container (max-width: 735px) { footer { min-height: calc(12 * 1.4em + 10px); } }
  @container (max-width: 725px) { footer { min-height: calc(13 * 1.4em + 10px); } }
  @container (max-width: 635px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 585px) { footer { min-height: calc(14 * 1.4em + 10px); } }
  @container (max-width: 575px) { footer { min-height: calc(15 * 1.4em + 10px); } }
  @container (max-width: 525px) { footer { min-height: calc(16 * 1.4em + 10px); } }
  @container (max-width: 475px) {
    .summary { min-height: calc(5 * 1.4em); }
    footer { min-height: calc(17 * 1.4em + 10px); }
  }
  @container (max-width: 455px) { footer { min-height: calc(18 * 1.4em + 10px); } }
  @container (max-width: 445px) { footer { min-height: calc(19 * 1.4em + 10px); } }
  @container (max-width: 375px) {
    .summary { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(21 * 1.4em + 10px); }
  }
  @container (max-width: 355px) { footer { min-height: calc(22 * 1.4em + 10px); } }
  @container (max-width: 345px) { footer { min-height: calc(23 * 1.4em + 10px); } }
  @container (max-width: 325px) { .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 305px) { footer { min-height: calc(25 * 1.4em + 10px); } }
  @container (max-width: 295px) { footer { min-height: calc(27 * 1.4em + 10px); } }
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
