import { css } from 'lit';

/*
 * The table scrolls inside a box of fixed height (the stage), so the page
 * never moves when the data land or a search shortens the list. Text that
 * arrives with the data (credit line, summary, footer) gets its height
 * reserved per container width, measured in Chromium every 10 px from 300 to
 * 1300 px by scripts/measure-reserve.mjs (re-run it, and its --check, when the
 * text changes):
 *   node scripts/measure-reserve.mjs rights-corruption
 * over the preset's variants: the default, year=2012, 2015 and 2018, and
 * countries="DNK USA SOM" (with --lang fr|es|ar --write for the catalogues,
 * and with --check).
 */
export const corruptionStyles = css`
  h2 { min-height: calc(1 * 1.3em); }
  .licence-note { min-height: calc(2 * 1.4em); }
  .summary { min-height: calc(1 * 1.4em); }
  footer { min-height: calc(1 * 1.4em + 2px); }
  @container (max-width: 995px) { .summary { min-height: calc(2 * 1.4em); } }
  @container (max-width: 655px) { .licence-note { min-height: calc(3 * 1.4em); } }
  @container (max-width: 515px) { .summary { min-height: calc(3 * 1.4em); } }
  @container (max-width: 505px) { footer { min-height: calc(2 * 1.4em + 2px); } }
  @container (max-width: 455px) { .licence-note { min-height: calc(4 * 1.4em); } }
  @container (max-width: 355px) { .summary { min-height: calc(4 * 1.4em); } }
  @container (max-width: 345px) { .licence-note { min-height: calc(5 * 1.4em); } }
  @container (max-width: 325px) { h2 { min-height: calc(2 * 1.3em); } }
  @container (max-width: 285px) { .licence-note { min-height: calc(6 * 1.4em); } }
  .about,
  .licence-note {
    margin: 0 0 8px;
    color: var(--rights-muted, var(--_muted));
    font-size: 0.9em;
    line-height: 1.4;
  }
  .licence-note {
    margin: 8px 0 0;
  }
  .licence-note a {
    color: var(--rights-accent, var(--_accent));
  }
  .stage {
    position: relative;
    display: flex;
    flex-direction: column;
    width: 100%;
    height: var(--rights-table-height, 440px);
  }
  .stage-note {
    flex: none;
    margin: 0 0 6px;
    color: var(--rights-muted, var(--_muted));
    font-size: 0.9em;
  }
  @container (max-width: 535px) {
    .stage {
      height: var(--rights-table-height, 400px);
    }
  }
  /* A phone keeps rank, country, score and interval; the standard error and the sources are in the announcement and the wider layout. */
  @container (max-width: 479px) {
    .extra {
      display: none;
    }
  }
  .stage .table-wrap {
    /* Every edition's column does not fit a phone: the table scrolls sideways in its own box,
       which also holds its visually hidden (absolutely placed) parts. */
    overflow-x: auto;
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    max-height: none;
    box-sizing: border-box;
  }
  .table-wrap:focus {
    outline: none;
  }
  .table-wrap:focus-visible {
    outline: 2px solid var(--rights-focus, var(--_focus));
    outline-offset: 2px;
  }
  /* The edition menu is as wide before the data ("…") as after ("2023"), so the toolbar wraps the same. */
  .toolbar select {
    min-width: 5.5em;
  }
  .search {
    display: flex;
    gap: 6px;
    align-items: center;
    margin-bottom: 8px;
    min-height: 30px;
  }
  .search span {
    white-space: nowrap;
  }
  .search input {
    flex: 0 1 16em;
    min-width: 0;
    font: inherit;
    padding: 4px 6px;
    border: 1px solid var(--rights-border, var(--_border));
    border-radius: 4px;
    background: var(--rights-bg, var(--_bg));
    color: inherit;
  }
  th button.sort {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    padding: 2px 0;
    cursor: pointer;
    text-align: inherit;
  }
  th button.sort:focus-visible {
    outline: 2px solid var(--rights-focus, var(--_focus));
  }
  th.number button.sort {
    text-align: end;
  }
  .arrow {
    display: inline-block;
    min-width: 1em;
    font-size: 0.8em;
  }
  tbody th {
    font-weight: 400;
  }
  tbody tr {
    cursor: pointer;
  }
  .table-wrap tr.highlighted > * {
    background: var(--rights-surface, var(--_surface));
    font-weight: 700;
  }
  tr.selected th {
    box-shadow: inset 4px 0 0 var(--rights-accent, var(--_accent));
  }
  .chart[dir='rtl'] tr.selected th {
    box-shadow: inset -4px 0 0 var(--rights-accent, var(--_accent));
  }
  tr.active th,
  tr.active td {
    outline: 2px solid var(--rights-focus, var(--_focus));
    outline-offset: -2px;
  }
  td.score {
    font-weight: 600;
  }
  td.interval {
    white-space: nowrap;
  }
  td.missing {
    color: var(--rights-muted, var(--_muted));
  }
  button.more {
    margin: 8px 0;
    font: inherit;
  }
  td.no-match {
    padding: 12px 6px;
    color: var(--rights-muted, var(--_muted));
  }
`;
