import { css } from 'lit';
import { toolbarStyles } from './chart-styles.js';

/** Shared look of the x/y (time-series) charts: toolbar, stage, axes, cursor, tooltip, table (legend and summary: chartStyles). */
export const xyStyles = css`
  ${toolbarStyles}
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
    text-align: right;
  }
  .tooltip .note {
    margin: 0 0 4px;
    font-size: 0.9em;
  }
  .tooltip dl + .note {
    margin: 4px 0 0;
  }
`;

/** The plot as a listbox of marks (MarkListController's charts): a ring round the focused mark, an outline round the focused plot for keyboard users only. */
export const markListStyles = css`
  .focus-ring {
    fill: none;
    stroke: var(--rights-focus, var(--_focus));
    stroke-width: 2;
  }
  svg.plot:focus {
    outline: none;
  }
  svg.plot:focus-visible {
    outline: 2px solid var(--rights-focus, var(--_focus));
    outline-offset: 2px;
  }
`;
