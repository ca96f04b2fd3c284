import { css } from 'lit';

export const civilianHarmStyles = css`
  /*
   * The annual chart and the tables have a fixed height per container width
   * (--rights-chart-height overrides it); the comparison and the text that
   * arrives with the data (legend, summary, footer) have their heights
   * reserved per width below, so the page never jumps when the data lands
   * (see the layout-shift tests).
   */
  .chart {
    container-type: inline-size;
    --_range: #2c6fbb;
    --_independent: #c4581b;
    /* Strike and conflict strips: at least 3:1 against the background in both themes (graphics contrast). */
    --_context: #6f7883;
  }
  /* Dark tokens on screen only: a chart prints in the light theme (see core/styles.ts). */
  @media not print {
    .chart.dark {
      --_range: #7fb2ff;
      --_independent: #ffa36b;
      --_context: #8f98a3;
    }
  }
  /*
   * Minimum heights of what arrives with the data, in lines of 1.4em, per view
   * and container width: the step tables printed by
   * \`node scripts/measure-reserve.mjs rights-civilian-harm --sel ".legend,.summary,footer" --fraction .legend\`
   * for every measure of each annual view, and with \`--sel ".stage,.legend,.summary,footer" --fraction ".stage,.legend"\`
   * for \`view=official-vs-independent\`, whose whole comparison (no inner scroll)
   * is reserved too. Container widths 276–1276 px, every 10 px.
   */
  /* annual view, every measure */
  .annual:not(.with-context) .legend { min-height: calc(1 * 1.4em); }
  .annual:not(.with-context) .summary { min-height: calc(3 * 1.4em); }
  .annual:not(.with-context) footer { min-height: calc(1 * 1.4em); }
  @container (max-width: 595px) { .annual:not(.with-context) footer { min-height: calc(2 * 1.4em); } }
  @container (max-width: 315px) { .annual:not(.with-context) footer { min-height: calc(3 * 1.4em); } }
  @container (max-width: 1015px) { .annual:not(.with-context) .legend { min-height: calc(2.3 * 1.4em); } }
  @container (max-width: 945px) { .annual:not(.with-context) .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 715px) { .annual:not(.with-context) .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 695px) { .annual:not(.with-context) .legend { min-height: calc(3.5 * 1.4em); } }
  @container (max-width: 575px) { .annual:not(.with-context) .summary { min-height: calc(6 * 1.4em); } }
  @container (max-width: 485px) {
    .annual:not(.with-context) .legend { min-height: calc(4.5 * 1.4em); }
    .annual:not(.with-context) .summary { min-height: calc(7 * 1.4em); }
  }
  @container (max-width: 415px) { .annual:not(.with-context) .summary { min-height: calc(8 * 1.4em); } }
  @container (max-width: 375px) { .annual:not(.with-context) .summary { min-height: calc(9 * 1.4em); } }
  @container (max-width: 335px) { .annual:not(.with-context) .summary { min-height: calc(10 * 1.4em); } }
  @container (max-width: 315px) { .annual:not(.with-context) .legend { min-height: calc(5.5 * 1.4em); } }
  @container (max-width: 295px) { .annual:not(.with-context) .summary { min-height: calc(11 * 1.4em); } }
  /* annual view with UCDP, every measure */
  .with-context .legend { min-height: calc(2.3 * 1.4em); }
  .with-context .summary { min-height: calc(3 * 1.4em); }
  .with-context footer { min-height: calc(1 * 1.4em); }
  @container (max-width: 895px) { .with-context footer { min-height: calc(2 * 1.4em); } }
  @container (max-width: 455px) { .with-context footer { min-height: calc(3 * 1.4em); } }
  @container (max-width: 305px) { .with-context footer { min-height: calc(4 * 1.4em); } }
  @container (max-width: 945px) { .with-context .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 805px) { .with-context .legend { min-height: calc(3.5 * 1.4em); } }
  @container (max-width: 715px) { .with-context .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 575px) {
    .with-context .legend { min-height: calc(4.7 * 1.4em); }
    .with-context .summary { min-height: calc(6 * 1.4em); }
  }
  @container (max-width: 485px) {
    .with-context .legend { min-height: calc(5.7 * 1.4em); }
    .with-context .summary { min-height: calc(7 * 1.4em); }
  }
  @container (max-width: 415px) { .with-context .summary { min-height: calc(8 * 1.4em); } }
  @container (max-width: 375px) {
    .with-context .legend { min-height: calc(6.7 * 1.4em); }
    .with-context .summary { min-height: calc(9 * 1.4em); }
  }
  @container (max-width: 335px) { .with-context .summary { min-height: calc(10 * 1.4em); } }
  @container (max-width: 315px) { .with-context .legend { min-height: calc(7.7 * 1.4em); } }
  @container (max-width: 295px) { .with-context .summary { min-height: calc(11 * 1.4em); } }
  /* official vs independent: the whole comparison (.stage) too */
  .official-vs-independent .stage:not(.table-view) { min-height: calc(45.3 * 1.4em); }
  .official-vs-independent .legend { min-height: calc(1 * 1.4em); }
  .official-vs-independent .summary { min-height: calc(3 * 1.4em); }
  .official-vs-independent footer { min-height: calc(1 * 1.4em); }
  @container (max-width: 505px) { .official-vs-independent footer { min-height: calc(2 * 1.4em); } }
  @container (max-width: 1025px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(46.1 * 1.4em); } }
  @container (max-width: 965px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(47 * 1.4em); } }
  @container (max-width: 935px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(48 * 1.4em); } }
  @container (max-width: 925px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(49 * 1.4em); } }
  @container (max-width: 915px) { .official-vs-independent .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 885px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(50 * 1.4em); } }
  @container (max-width: 845px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(51 * 1.4em); } }
  @container (max-width: 725px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(54 * 1.4em); } }
  @container (max-width: 705px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(58 * 1.4em); } }
  @container (max-width: 695px) { .official-vs-independent .summary { min-height: calc(5 * 1.4em); } }
  @container (max-width: 685px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(59 * 1.4em); } }
  @container (max-width: 675px) { .official-vs-independent .legend { min-height: calc(2.3 * 1.4em); } }
  @container (max-width: 665px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(61 * 1.4em); } }
  @container (max-width: 655px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(62 * 1.4em); } }
  @container (max-width: 635px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(63 * 1.4em); } }
  @container (max-width: 615px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(65.8 * 1.4em); } }
  @container (max-width: 605px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(66.3 * 1.4em); } }
  @container (max-width: 595px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(67.3 * 1.4em); } }
  @container (max-width: 565px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(69.1 * 1.4em); } }
  @container (max-width: 555px) { .official-vs-independent .summary { min-height: calc(6 * 1.4em); } }
  @container (max-width: 515px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(70 * 1.4em); } }
  @container (max-width: 495px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(70.8 * 1.4em); } }
  @container (max-width: 465px) { .official-vs-independent .summary { min-height: calc(7 * 1.4em); } }
  @container (max-width: 455px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(71.7 * 1.4em); } }
  @container (max-width: 435px) { .official-vs-independent .legend { min-height: calc(3.5 * 1.4em); } }
  @container (max-width: 395px) {
    .official-vs-independent .stage:not(.table-view) { min-height: calc(73.7 * 1.4em); }
    .official-vs-independent .summary { min-height: calc(8 * 1.4em); }
  }
  @container (max-width: 375px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(74.7 * 1.4em); } }
  @container (max-width: 365px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(75.5 * 1.4em); } }
  @container (max-width: 355px) {
    .official-vs-independent .stage:not(.table-view) { min-height: calc(78.2 * 1.4em); }
    .official-vs-independent .summary { min-height: calc(9 * 1.4em); }
  }
  @container (max-width: 315px) {
    .official-vs-independent .stage:not(.table-view) { min-height: calc(79.1 * 1.4em); }
    .official-vs-independent .summary { min-height: calc(10 * 1.4em); }
  }
  @container (max-width: 305px) { .official-vs-independent .stage:not(.table-view) { min-height: calc(82 * 1.4em); } }
  @container (max-width: 295px) {
    .official-vs-independent .stage:not(.table-view) { min-height: calc(86.9 * 1.4em); }
    .official-vs-independent .summary { min-height: calc(11 * 1.4em); }
  }
  @container (max-width: 285px) {
    .official-vs-independent .stage:not(.table-view) { min-height: calc(90.7 * 1.4em); }
    .official-vs-independent .legend { min-height: calc(4.5 * 1.4em); }
  }

  .toolbar {
    display: flex;
    gap: 8px;
    margin-bottom: 8px;
    min-height: 34px;
  }
  /*
   * The annual chart's height is fixed per container width (set before data
   * arrives); its panels share it, so a phone gets taller panels than 420 px
   * would give (about 90 px of range per country at 360 px).
   */
  .stage {
    position: relative;
    width: 100%;
    height: var(--rights-chart-height, 520px);
  }
  .with-context .stage {
    height: var(--rights-chart-height, 600px);
  }
  @container (max-width: 540px) {
    .stage {
      height: var(--rights-chart-height, 600px);
    }
    .with-context .stage {
      height: var(--rights-chart-height, 700px);
    }
  }
  /* The comparison shows every period at once: its height is its content's, reserved by the step table above. */
  .official-vs-independent .stage:not(.table-view) {
    height: auto;
  }
  .table-view .table-wrap {
    max-height: 100%;
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
  .grid,
  .strip-base {
    stroke: var(--rights-border, var(--_border));
    stroke-width: 0.5;
  }
  .strip-base {
    stroke-width: 1;
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
  /* — official vs independent — */
  .units {
    margin: 0 0 4px;
    font-size: 0.85em;
    color: var(--rights-muted, var(--_muted));
  }
  /* The marks' look, which the comparison legend shares. */
  .official-mark {
    fill: var(--rights-range, var(--_range));
  }
  .official-end {
    stroke: var(--rights-range, var(--_range));
    stroke-width: 3;
  }
  .independent-mark {
    fill: var(--rights-independent, var(--_independent));
    fill-opacity: 0.15;
    stroke: var(--rights-independent, var(--_independent));
    stroke-width: 1.5;
  }
  .independent-end {
    stroke: var(--rights-independent, var(--_independent));
    stroke-width: 3;
  }
  .open-end {
    fill: var(--rights-independent, var(--_independent));
  }
  .tooltip {
    max-width: min(300px, 85%);
  }
`;
