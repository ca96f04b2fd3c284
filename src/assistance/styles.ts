import { css } from 'lit';
import { toolbarStyles } from '../core/chart-styles.js';

/**
 * Rules the three assistance charts share (toolbar, stage, focus ring,
 * timeline, units and summary, table, reader note). Each chart's own sheet
 * keeps its reserved heights and its marks.
 */
export const assistanceStyles = css`
  ${toolbarStyles}
  .stage {
    position: relative;
    width: 100%;
  }
  .empty {
    display: flex;
    align-items: center;
    justify-content: center;
    height: 100%;
    margin: 0;
    color: var(--rights-muted, var(--_muted));
  }
  .tooltip {
    max-width: min(300px, 85%);
  }
  .timeline {
    margin-top: 8px;
  }
  .timeline output {
    min-width: 4em;
  }
  .units,
  .summary {
    margin: 8px 0 0;
    font-size: 0.9em;
  }
  .units {
    color: var(--rights-muted, var(--_muted));
  }
  /* The note that changes how the numbers read (military aid is a floor); room reserved from the measure alone. */
  .reader-note {
    margin: 0 0 8px;
    font-size: 0.9em;
    min-height: calc(2 * 1.4em);
  }
  @container (max-width: 775px) {
    .reader-note { min-height: calc(3 * 1.4em); }
  }
  @container (max-width: 475px) {
    .reader-note { min-height: calc(4 * 1.4em); }
  }
  @container (max-width: 375px) {
    .reader-note { min-height: calc(5 * 1.4em); }
  }
  @container (max-width: 295px) {
    .reader-note { min-height: calc(6 * 1.4em); }
  }
  /* Legend, units, summary and footer: one block with one reserved height (each chart's table), margins kept inside it. */
  .notes {
    display: flow-root;
  }
  .index {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
`;
