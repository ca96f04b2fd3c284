import { css } from 'lit';

/** The table view's rules, adopted with table.lazy.ts when a reader first shows the table. */
export const styles = css`
  .table-wrap {
    max-height: var(--rights-table-height, 420px);
    overflow: auto;
  }
  tbody th,
  tbody td {
    vertical-align: baseline;
  }
  .rank {
    display: inline-block;
    min-width: 1.6em;
    color: var(--rights-muted, var(--_muted));
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }
  /* A phone's column: smaller type and padding so every column fits without scrolling sideways; headers and regime names wrap. */
  @container (max-width: 480px) {
    table {
      font-size: 0.7em;
    }
    th,
    td {
      padding: 3px 2px;
    }
  }
  @container (max-width: 340px) {
    table {
      font-size: 0.65em;
    }
  }
  tr.selected th {
    font-weight: 700;
  }
`;
