import { css } from 'lit';

/** The table view's rules, adopted with views.lazy.ts when a reader first shows the table. */
export const styles = css`
  .table-wrap {
    height: 100%;
    overflow: auto;
  }
  .more {
    margin: 8px 0;
  }
  /* A record's date, place, strikes and source stacked in its first cell; headers wrap between words; numbers right-aligned (core). */
  table.records th[scope='row'] {
    font-weight: normal;
    vertical-align: top;
  }
  table.records th[scope='row'] span {
    display: block;
  }
  table.records .date {
    font-weight: 600;
    white-space: nowrap;
  }
  table.records .source {
    font-size: 0.9em;
  }
  table.records thead th {
    line-height: 1.2;
  }
  table.records td {
    vertical-align: top;
  }
  @container (max-width: 420px) {
    table.records {
      font-size: 0.85em;
    }
    table.records th,
    table.records td {
      padding: 3px;
    }
  }
`;
