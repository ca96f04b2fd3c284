import { css } from 'lit';

/** Shared look of the x/y (time-series) charts: stage, axes, cursor, tooltip, legend. */
export const xyStyles = css`
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
  .toolbar select {
    max-width: 100%;
    min-width: 0;
  }
  .stage {
    position: relative;
    width: 100%;
    aspect-ratio: 2 / 1;
  }
  @container (max-width: 535px) {
    .stage {
      aspect-ratio: 5 / 4;
    }
  }
  .stage.table-view {
    aspect-ratio: auto;
  }
  svg.plot {
    display: block;
    width: 100%;
    height: 100%;
    touch-action: pan-y;
    overflow: visible;
  }
  svg.plot:focus {
    outline: none;
  }
  svg.plot:focus-visible {
    outline: 3px solid var(--rights-focus, var(--_focus));
    outline-offset: 2px;
  }
  .axis text {
    fill: var(--rights-muted, var(--_muted));
    font-size: 11px;
  }
  .axis line,
  .grid {
    stroke: var(--rights-border, var(--_border));
    stroke-width: 1;
  }
  .cursor {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 1.5;
    pointer-events: none;
  }
  .tooltip {
    max-width: min(300px, 80%);
  }
  .tooltip dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    text-align: right;
  }
  .tooltip .note {
    margin: 0 0 4px;
    font-size: 0.9em;
  }
  .tooltip dl + .note {
    margin: 4px 0 0;
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
  .legend svg {
    width: 14px;
    height: 14px;
  }
  .summary {
    margin: 8px 0 0;
    font-size: 0.9em;
  }
  .table-wrap {
    max-height: var(--rights-table-height, 420px);
    overflow: auto;
  }
`;
