import { css } from 'lit';

/*
 * The footer arrives with the data: its height is reserved per container width
 * (most lines any metric needs, measured in Chromium every 10 px from 300 to
 * 1300 px by scripts/measure-reserve.mjs; +2px for its credit line's margin), so
 * the page never jumps. The summary is a closed <details>, one line high
 * whatever the countries.
 */
export const trendStyles = css`
  footer { min-height: calc(1 * 1.4em + 2px); }
  @container (max-width: 405px) { footer { min-height: calc(2 * 1.4em + 2px); } }
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
  /* Episode rows under the year axis: hatched (autocratization) or solid (democratization) bars in the country's colour. */
  .row-rule {
    stroke: var(--rights-border, var(--_border));
    stroke-width: 1;
  }
  .episode.aut {
    stroke-width: 1;
  }
  .episode.dem {
    opacity: 0.85;
  }
  .row-name {
    fill: var(--rights-text, var(--_text));
    font-size: 10px;
  }
  .episode-row.active .row-name {
    font-weight: 700;
  }
  .legend .key-hatch {
    stroke: currentColor;
    stroke-width: 2.2;
  }
  .legend .key-aut {
    stroke: currentColor;
    stroke-width: 1;
  }
  .legend .key-dem {
    fill: currentColor;
    opacity: 0.85;
  }
  .legend svg {
    flex: none;
  }
  /* Values over their interval, both right-aligned; row headers level with the first line. */
  .trend-table td .interval {
    display: block;
    font-size: 0.85em;
    color: var(--rights-muted, var(--_muted));
  }
  .trend-table tbody th,
  .trend-table td {
    vertical-align: top;
  }
  /* Phones: narrower gaps and intervals, so four countries fit 320 px; more scroll, the year column stays. */
  @container (max-width: 535px) {
    .trend-table th,
    .trend-table td {
      padding: 3px 2px;
    }
    .trend-table td .interval {
      font-size: 0.78em;
    }
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
    margin-inline-end: 4px;
    vertical-align: middle;
  }
  .tooltip {
    max-width: min(340px, 96%);
  }
  .tooltip dd {
    white-space: nowrap;
  }
`;
