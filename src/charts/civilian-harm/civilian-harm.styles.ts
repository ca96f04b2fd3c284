import { css } from 'lit';

export const civilianHarmStyles = css`
  /*
   * The chart area has a fixed height (--rights-chart-height), and text that
   * arrives with the data (summary, footer, legend maxima) has its height
   * reserved per width, so the page never jumps when the data lands (see the
   * layout-shift tests).
   */
  .chart {
    container-type: inline-size;
    --_range: #2c6fbb;
    --_independent: #c4581b;
    --_context: #9aa3ad;
  }
  /* Dark tokens on screen only: a chart prints in the light theme (see core/styles.ts). */
  @media not print {
    .chart.dark {
      --_range: #7fb2ff;
      --_independent: #ffa36b;
      --_context: #6d7580;
    }
  }
  /*
   * Minimum heights of the text that arrives with the data, in its own ems, per
   * view and container width: the largest height measured in headless Chromium
   * at every host width from 296 to 1400 px (4 px steps) for every measure
   * (summaries name strikes and records, and 2018 as partial).
   */
  .annual:not(.with-context) .summary { min-height: 4.2em; }
  .annual:not(.with-context) footer { min-height: 7.54em; }
  .annual:not(.with-context) .legend { min-height: 1.4em; }
  .with-context .summary { min-height: 4.2em; }
  .with-context footer { min-height: 10.51em; }
  .with-context .legend { min-height: 3.14em; }
  .official-vs-independent .summary { min-height: 1.4em; }
  .official-vs-independent footer { min-height: 7.72em; }
  .official-vs-independent .legend { min-height: 1.4em; }
  @container (max-width: 1080px) {
    .annual:not(.with-context) .summary { min-height: 5.6em; }
    .annual:not(.with-context) footer { min-height: 7.54em; }
    .annual:not(.with-context) .legend { min-height: 3.14em; }
    .with-context .summary { min-height: 5.6em; }
    .with-context footer { min-height: 10.51em; }
    .with-context .legend { min-height: 3.14em; }
    .official-vs-independent .summary { min-height: 1.4em; }
    .official-vs-independent footer { min-height: 7.72em; }
    .official-vs-independent .legend { min-height: 1.4em; }
  }
  @container (max-width: 940px) {
    .annual:not(.with-context) .summary { min-height: 5.6em; }
    .annual:not(.with-context) footer { min-height: 8.94em; }
    .annual:not(.with-context) .legend { min-height: 3.14em; }
    .with-context .summary { min-height: 5.6em; }
    .with-context footer { min-height: 11.91em; }
    .with-context .legend { min-height: 3.14em; }
    .official-vs-independent .summary { min-height: 2.8em; }
    .official-vs-independent footer { min-height: 11.91em; }
    .official-vs-independent .legend { min-height: 1.4em; }
  }
  @container (max-width: 820px) {
    .annual:not(.with-context) .summary { min-height: 7em; }
    .annual:not(.with-context) footer { min-height: 8.94em; }
    .annual:not(.with-context) .legend { min-height: 3.14em; }
    .with-context .summary { min-height: 7em; }
    .with-context footer { min-height: 11.91em; }
    .with-context .legend { min-height: 4.88em; }
    .official-vs-independent .summary { min-height: 2.8em; }
    .official-vs-independent footer { min-height: 13.31em; }
    .official-vs-independent .legend { min-height: 1.4em; }
  }
  @container (max-width: 720px) {
    .annual:not(.with-context) .summary { min-height: 7em; }
    .annual:not(.with-context) footer { min-height: 10.34em; }
    .annual:not(.with-context) .legend { min-height: 4.88em; }
    .with-context .summary { min-height: 7em; }
    .with-context footer { min-height: 14.71em; }
    .with-context .legend { min-height: 4.88em; }
    .official-vs-independent .summary { min-height: 2.8em; }
    .official-vs-independent footer { min-height: 13.31em; }
    .official-vs-independent .legend { min-height: 3.14em; }
  }
  @container (max-width: 620px) {
    .annual:not(.with-context) .summary { min-height: 8.4em; }
    .annual:not(.with-context) footer { min-height: 11.73em; }
    .annual:not(.with-context) .legend { min-height: 4.88em; }
    .with-context .summary { min-height: 8.4em; }
    .with-context footer { min-height: 16.11em; }
    .with-context .legend { min-height: 4.88em; }
    .official-vs-independent .summary { min-height: 2.8em; }
    .official-vs-independent footer { min-height: 13.31em; }
    .official-vs-independent .legend { min-height: 3.14em; }
  }
  @container (max-width: 540px) {
    .annual:not(.with-context) .summary { min-height: 9.8em; }
    .annual:not(.with-context) footer { min-height: 13.13em; }
    .annual:not(.with-context) .legend { min-height: 6.28em; }
    .with-context .summary { min-height: 9.8em; }
    .with-context footer { min-height: 16.11em; }
    .with-context .legend { min-height: 6.28em; }
    .official-vs-independent .summary { min-height: 2.8em; }
    .official-vs-independent footer { min-height: 16.11em; }
    .official-vs-independent .legend { min-height: 4.88em; }
  }
  @container (max-width: 470px) {
    .annual:not(.with-context) .summary { min-height: 11.2em; }
    .annual:not(.with-context) footer { min-height: 14.53em; }
    .annual:not(.with-context) .legend { min-height: 6.28em; }
    .with-context .summary { min-height: 11.2em; }
    .with-context footer { min-height: 20.31em; }
    .with-context .legend { min-height: 8.01em; }
    .official-vs-independent .summary { min-height: 4.2em; }
    .official-vs-independent footer { min-height: 18.91em; }
    .official-vs-independent .legend { min-height: 4.88em; }
  }
  @container (max-width: 410px) {
    .annual:not(.with-context) .summary { min-height: 12.59em; }
    .annual:not(.with-context) footer { min-height: 15.93em; }
    .annual:not(.with-context) .legend { min-height: 6.28em; }
    .with-context .summary { min-height: 12.59em; }
    .with-context footer { min-height: 21.71em; }
    .with-context .legend { min-height: 8.01em; }
    .official-vs-independent .summary { min-height: 4.2em; }
    .official-vs-independent footer { min-height: 20.31em; }
    .official-vs-independent .legend { min-height: 4.88em; }
  }
  @container (max-width: 360px) {
    .annual:not(.with-context) .summary { min-height: 13.99em; }
    .annual:not(.with-context) footer { min-height: 17.33em; }
    .annual:not(.with-context) .legend { min-height: 6.28em; }
    .with-context .summary { min-height: 13.99em; }
    .with-context footer { min-height: 24.51em; }
    .with-context .legend { min-height: 8.01em; }
    .official-vs-independent .summary { min-height: 4.2em; }
    .official-vs-independent footer { min-height: 21.71em; }
    .official-vs-independent .legend { min-height: 6.28em; }
  }
  @container (max-width: 330px) {
    .annual:not(.with-context) .summary { min-height: 15.39em; }
    .annual:not(.with-context) footer { min-height: 20.13em; }
    .annual:not(.with-context) .legend { min-height: 7.68em; }
    .with-context .summary { min-height: 15.39em; }
    .with-context footer { min-height: 27.31em; }
    .with-context .legend { min-height: 9.41em; }
    .official-vs-independent .summary { min-height: 5.6em; }
    .official-vs-independent footer { min-height: 23.11em; }
    .official-vs-independent .legend { min-height: 6.28em; }
  }
  @container (max-width: 300px) {
    .annual:not(.with-context) .summary { min-height: 15.39em; }
    .annual:not(.with-context) footer { min-height: 20.13em; }
    .annual:not(.with-context) .legend { min-height: 7.68em; }
    .with-context .summary { min-height: 15.39em; }
    .with-context footer { min-height: 27.31em; }
    .with-context .legend { min-height: 9.41em; }
    .official-vs-independent .summary { min-height: 5.6em; }
    .official-vs-independent footer { min-height: 24.51em; }
    .official-vs-independent .legend { min-height: 6.28em; }
  }


  .toolbar {
    display: flex;
    gap: 8px;
    margin-bottom: 8px;
    min-height: 34px;
  }
  .stage {
    position: relative;
    width: 100%;
    height: var(--rights-chart-height, 420px);
  }
  /* The focusable list or table scrolls, not the stage, so keyboard users can scroll it. */
  .table-wrap,
  .comparison {
    height: 100%;
    overflow: auto;
    box-sizing: border-box;
  }
  svg.plot {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .panel-title {
    font-weight: 600;
    fill: var(--rights-text, var(--_text));
  }
  .tick,
  .strip-label {
    font-size: 11px;
    fill: var(--rights-muted, var(--_muted));
    font-variant-numeric: tabular-nums;
  }
  .strip-label {
    font-size: 10px;
  }
  .grid {
    stroke: var(--rights-border, var(--_border));
    stroke-width: 0.5;
  }
  .range {
    fill: var(--rights-range, var(--_range));
    fill-opacity: 0.35;
  }
  .end {
    stroke: var(--rights-range, var(--_range));
    stroke-width: 2;
  }
  .strike,
  .conflict {
    fill: var(--rights-context, var(--_context));
  }
  .strike-max {
    stroke: var(--rights-context, var(--_context));
    stroke-width: 1.5;
  }
  .partial-note {
    font-size: 10px;
    font-style: italic;
  }
  .conflict {
    fill-opacity: 0.6;
  }
  .hatch-line {
    stroke: var(--rights-border, var(--_border));
    stroke-width: 1.5;
  }
  .legend-gap {
    stroke: var(--rights-border, var(--_border));
  }
  .hit {
    fill: transparent;
    cursor: pointer;
  }
  .focus-ring {
    fill: none;
    stroke: var(--rights-focus, var(--_focus));
    stroke-width: 2.5;
    pointer-events: none;
    display: none;
  }
  svg.plot:focus-visible .focus-ring {
    display: inline;
  }
  .comparison,
  .comparison ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .period h3 {
    font-size: 1em;
    margin: 8px 0 2px;
  }
  .entry {
    padding: 4px 4px 6px;
    border-left: 3px solid transparent;
    cursor: pointer;
  }
  .entry.independent {
    margin-left: 12px;
  }
  .entry.active {
    border-left-color: var(--rights-focus, var(--_focus));
  }
  .kind {
    font-weight: 600;
    margin-right: 4px;
  }
  svg.bar {
    display: block;
    width: 100%;
    height: 14px;
  }
  .axis {
    stroke: var(--rights-border, var(--_border));
  }
  .official-mark {
    fill: var(--rights-range, var(--_range));
  }
  .independent-mark {
    fill: var(--rights-bg, var(--_bg));
    stroke: var(--rights-independent, var(--_independent));
    stroke-width: 2;
  }
  .open-end {
    fill: var(--rights-independent, var(--_independent));
  }
  .reader-note {
    margin: 2px 0 0;
    font-size: 0.85em;
  }
  .period-not-stated {
    font-style: italic;
  }
  .scope {
    font-size: 0.85em;
    color: var(--rights-muted, var(--_muted));
  }
  .scope p {
    margin: 2px 0 0;
  }
  .tooltip {
    max-width: min(300px, 85%);
  }
  tr.total th,
  tr.total td {
    font-weight: 600;
  }
`;
