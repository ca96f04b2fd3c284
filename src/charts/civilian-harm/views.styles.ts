import { css } from 'lit';

/** The comparison view's and the tables' rules, adopted with views.lazy.ts when a reader first shows one. */
export const styles = css`
  .comparison,
  .comparison ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .period + .period {
    margin-top: 8px;
  }
  /* Same insets as an entry (3 px border at its start + 4 px padding), so the axis labels sit over the strips in either direction. */
  .period-head {
    padding: 0;
    padding-inline: 7px 4px;
  }
  .period h3 {
    font-size: 1em;
    margin: 0;
  }
  svg.axis-labels,
  svg.strip {
    display: block;
    box-sizing: border-box;
    width: 100%;
    overflow: visible;
  }
  svg.axis-labels {
    height: 14px;
  }
  svg.strip {
    height: 18px;
  }
  .axis-labels text {
    font-size: 11px;
    fill: var(--rights-muted, var(--_muted));
    font-variant-numeric: tabular-nums;
  }
  .entry {
    padding: 2px 4px 4px;
    border-inline-start: 3px solid transparent;
    cursor: pointer;
  }
  .entry.active {
    border-inline-start-color: var(--rights-focus, var(--_focus));
  }
  .entry-text {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 8px;
  }
  .kind {
    font-weight: 600;
  }
  .figure {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .reader-note,
  .scope {
    margin: 2px 0 0;
    font-size: 0.85em;
  }
  .scope {
    color: var(--rights-muted, var(--_muted));
  }
  .period-not-stated {
    font-style: italic;
  }
  /* Narrow: the sparse ticks (0, 500, 1,000) so labels never crowd; gridlines follow the labels shown. */
  .axis-labels .dense,
  .strip .grid.dense {
    display: none;
  }
  @container (min-width: 480px) {
    .axis-labels .dense,
    .strip .grid.dense {
      display: inline;
    }
    .axis-labels .sparse,
    .strip .grid.sparse {
      display: none;
    }
  }
  /* Wide enough: source and figure first (on the left, or on the right in Arabic), the strip beside them, one line per figure. */
  @container (min-width: 600px) {
    .period-head,
    .entry {
      display: grid;
      grid-template-columns: minmax(0, 5fr) minmax(0, 7fr);
      column-gap: 12px;
      align-items: center;
    }
    .entry .reader-note,
    .entry .scope {
      grid-column: 1 / -1;
    }
  }
  /* — tables — the caption wraps in view even when the table scrolls sideways; notes get room to read. */
  caption {
    position: sticky;
    inset-inline-start: 0;
    max-width: 100cqw;
    box-sizing: border-box;
  }
  .comparison-table .wide {
    min-width: 16em;
  }
  .table-wrap tbody th {
    min-width: 7em;
    max-width: 12em;
  }
  .table-wrap tbody th,
  .table-wrap td {
    vertical-align: top;
  }
  .comparison-table td:nth-child(3) {
    min-width: 10em;
  }
  tr.total th,
  tr.total td {
    font-weight: 600;
  }
`;
