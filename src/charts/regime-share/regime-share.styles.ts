import { css } from 'lit';

/*
 * Text that arrives with the data (summary, footer) gets its height reserved
 * per container width, so the page never jumps when data lands. Line counts
 * are the most any edition × measure needs, measured in Chromium every 10 px
 * from 320 to 1300 px (text height only grows as the box narrows), plus
 * 0.7 line for the footer's paragraph gaps; the layout-shift tests check them.
 */
export const shareStyles = css`
  .summary { min-height: calc(2 * 1.4em); }
  footer { min-height: calc(8.7 * 1.4em); }
  @container (width < 1026px) { footer { min-height: calc(9.7 * 1.4em); } }
  @container (width < 896px) { .summary { min-height: calc(3 * 1.4em); } }
  @container (width < 886px) { footer { min-height: calc(10.7 * 1.4em); } }
  @container (width < 876px) { footer { min-height: calc(11.7 * 1.4em); } }
  @container (width < 736px) { footer { min-height: calc(12.7 * 1.4em); } }
  @container (width < 726px) { footer { min-height: calc(13.7 * 1.4em); } }
  @container (width < 636px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (width < 586px) { footer { min-height: calc(14.7 * 1.4em); } }
  @container (width < 576px) { footer { min-height: calc(15.7 * 1.4em); } }
  @container (width < 526px) { footer { min-height: calc(16.7 * 1.4em); } }
  @container (width < 476px) {
    .summary { min-height: calc(5 * 1.4em); }
    footer { min-height: calc(17.7 * 1.4em); }
  }
  @container (width < 456px) { footer { min-height: calc(18.7 * 1.4em); } }
  @container (width < 446px) { footer { min-height: calc(19.7 * 1.4em); } }
  @container (width < 376px) {
    .summary { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(21.7 * 1.4em); }
  }
  @container (width < 356px) { footer { min-height: calc(22.7 * 1.4em); } }
  @container (width < 346px) { footer { min-height: calc(23.7 * 1.4em); } }
  @container (width < 326px) { .summary { min-height: calc(7 * 1.4em); } }
  @container (width < 306px) { footer { min-height: calc(25.7 * 1.4em); } }
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
