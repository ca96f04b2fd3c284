import { css } from 'lit';

/*
 * Heights of text that arrives with the data are reserved per container
 * width (most lines any metric needs, measured in Chromium every 10 px from
 * 320 to 1300 px), so the page never jumps. The summary is a closed
 * <details>, one line high whatever the countries.
 */
export const trendStyles = css`
  footer { min-height: calc(7 * 1.4em + 10px); }
  @container (width < 896px) { footer { min-height: calc(8 * 1.4em + 10px); } }
  @container (width < 806px) { footer { min-height: calc(9 * 1.4em + 10px); } }
  @container (width < 716px) { footer { min-height: calc(10 * 1.4em + 10px); } }
  @container (width < 546px) { footer { min-height: calc(11 * 1.4em + 10px); } }
  @container (width < 526px) { footer { min-height: calc(12 * 1.4em + 10px); } }
  @container (width < 486px) { footer { min-height: calc(13 * 1.4em + 10px); } }
  @container (width < 446px) { footer { min-height: calc(14 * 1.4em + 10px); } }
  @container (width < 436px) { footer { min-height: calc(15 * 1.4em + 10px); } }
  @container (width < 416px) { footer { min-height: calc(16 * 1.4em + 10px); } }
  @container (width < 376px) { footer { min-height: calc(17 * 1.4em + 10px); } }
  @container (width < 336px) { footer { min-height: calc(18 * 1.4em + 10px); } }
  @container (width < 316px) { footer { min-height: calc(19 * 1.4em + 10px); } }
  .line {
    fill: none;
    stroke-width: 2.25;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line.average {
    stroke: var(--rights-muted, var(--_muted));
    stroke-dasharray: 5 3;
    stroke-width: 1.75;
  }
  .line.dim {
    opacity: 0.45;
  }
  .band-area {
    opacity: 0.16;
  }
  .episode.aut {
    fill: url(#aut-hatch);
  }
  .episode.dem {
    fill: var(--rights-dem-episode, rgb(0 158 115 / 0.14));
  }
  .hatch-line {
    stroke: var(--rights-aut-episode, rgb(213 94 0 / 0.35));
    stroke-width: 3;
  }
  .label text {
    fill: var(--rights-text, var(--_text));
    font-size: 11.5px;
  }
  .label.active text {
    font-weight: 700;
  }
  .label line {
    stroke-width: 3;
  }
  .label-link {
    stroke: var(--rights-border, var(--_border));
    stroke-width: 1;
  }
  .dot {
    stroke: var(--rights-bg, var(--_bg));
    stroke-width: 1.5;
  }
  details.summary > summary {
    cursor: pointer;
    color: var(--rights-accent, var(--_accent));
  }
  details.summary p {
    margin: 4px 0 0;
  }
  .tooltip .swatch {
    display: inline-block;
    width: 10px;
    height: 3px;
    margin-right: 4px;
    vertical-align: middle;
  }
  .tooltip {
    max-width: min(340px, 96%);
  }
  .tooltip dd {
    white-space: nowrap;
  }
`;
