import { css } from 'lit';

/*
 * The footer arrives with the data: its height is reserved per container width
 * (most lines any metric needs, measured in Chromium every 10 px from 300 to
 * 1300 px by scripts/measure-reserve.mjs; +10px for its paragraph margins), so
 * the page never jumps. The summary is a closed <details>, one line high
 * whatever the countries.
 */
export const trendStyles = css`
  footer { min-height: calc(4 * 1.4em + 10px); }
  @container (max-width: 1215px) { footer { min-height: calc(5 * 1.4em + 10px); } }
  @container (max-width: 895px) { footer { min-height: calc(6 * 1.4em + 10px); } }
  @container (max-width: 605px) { footer { min-height: calc(7 * 1.4em + 10px); } }
  @container (max-width: 525px) { footer { min-height: calc(8 * 1.4em + 10px); } }
  @container (max-width: 445px) { footer { min-height: calc(9 * 1.4em + 10px); } }
  @container (max-width: 435px) { footer { min-height: calc(10 * 1.4em + 10px); } }
  @container (max-width: 415px) { footer { min-height: calc(11 * 1.4em + 10px); } }
  @container (max-width: 325px) { footer { min-height: calc(12 * 1.4em + 10px); } }
  @container (max-width: 315px) { footer { min-height: calc(13 * 1.4em + 10px); } }
  @container (max-width: 285px) { footer { min-height: calc(15 * 1.4em + 10px); } }
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
