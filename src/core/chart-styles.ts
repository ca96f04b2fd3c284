import { css } from 'lit';

/**
 * Rules every chart with a tooltip, timeline, legend, summary or loading state
 * shares. Charts list it after baseStyles and may refine any of it in their own sheet.
 */
export const chartStyles = css`
  .tooltip {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1;
    max-width: min(280px, 80%);
    padding: 6px 8px;
    background: var(--rights-tooltip-bg, var(--_bg));
    color: var(--rights-text, var(--_text));
    border: 1px solid var(--rights-border, var(--_border));
    border-radius: 3px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    pointer-events: none;
    font-size: 0.9em;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip strong {
    display: block;
    margin-bottom: 2px;
  }
  .tooltip dl {
    margin: 0;
    display: grid;
    grid-template-columns: auto auto;
    gap: 0 8px;
  }
  .tooltip dt {
    color: var(--rights-muted, var(--_muted));
  }
  .tooltip dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  /* The year slider (TimelineController); a chart sets the margin above it. Time runs left to right
     in every language, as on the charts' time axes: the earliest year on the left. */
  .timeline {
    direction: ltr;
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 34px;
  }
  .timeline output {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-width: 3em;
  }
  .timeline input[type='range'] {
    flex: 1;
    min-width: 0;
    accent-color: var(--rights-accent, var(--_accent));
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    font-size: 0.85em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .legend svg {
    width: 14px;
    height: 14px;
  }
  .summary {
    margin: 8px 0 0;
    font-size: 0.9em;
  }
  /* The no-data hatch pattern (a chart may recolour its line). */
  .hatch-bg {
    fill: var(--rights-bg, var(--_bg));
  }
  .hatch-line {
    stroke: var(--rights-no-data, var(--_no-data));
    stroke-width: 1.5;
  }
  .loading {
    display: flex;
    align-items: center;
    justify-content: center;
    height: 100%;
    color: var(--rights-muted, var(--_muted));
  }
`;

/**
 * A chart with a toolbar (view and measure controls) above a stage that
 * changes with its container width: the x/y charts and the world maps.
 */
export const toolbarStyles = css`
  .chart {
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 10px;
    align-items: center;
    margin-bottom: 8px;
    min-height: 34px;
  }
  .toolbar label {
    display: inline-flex;
    gap: 6px;
    align-items: center;
    max-width: 100%;
  }
  /* A long option ("Electoral Democracy Index") shrinks to the room a 320 px phone has. */
  .toolbar select {
    min-width: 0;
    max-width: 100%;
    text-overflow: ellipsis;
  }
`;
