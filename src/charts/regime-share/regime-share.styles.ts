import { css } from 'lit';

/*
 * Text that arrives with the data (summary, footer) gets its height reserved
 * per container width, so the page never jumps when data lands. Line counts
 * are the most any edition × measure needs, measured in Chromium every 10 px
 * from 320 to 1300 px (text height only grows as the box narrows); the
 * layout-shift tests check them.
 */
export const shareStyles = css`
  .summary { min-height: calc(2 * 1.4em); }
  footer { min-height: calc(6 * 1.4em + 6px); }
  @container (width < 1026px) { footer { min-height: calc(7 * 1.4em + 6px); } }
  @container (width < 886px) { footer { min-height: calc(9 * 1.4em + 6px); } }
  @container (width < 826px) { .summary { min-height: calc(3 * 1.4em); } }
  @container (width < 666px) { footer { min-height: calc(10 * 1.4em + 6px); } }
  @container (width < 586px) { footer { min-height: calc(11 * 1.4em + 6px); } }
  @container (width < 556px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (width < 546px) { footer { min-height: calc(12 * 1.4em + 6px); } }
  @container (width < 526px) { footer { min-height: calc(13 * 1.4em + 6px); } }
  @container (width < 456px) { footer { min-height: calc(15 * 1.4em + 6px); } }
  @container (width < 416px) {
    .summary { min-height: calc(5 * 1.4em); }
    footer { min-height: calc(16 * 1.4em + 6px); }
  }
  @container (width < 356px) { footer { min-height: calc(17 * 1.4em + 6px); } }
  @container (width < 346px) {
    .summary { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(18 * 1.4em + 6px); }
  }
  @container (width < 316px) { footer { min-height: calc(19 * 1.4em + 6px); } }
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
