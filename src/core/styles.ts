import { css } from 'lit';

/**
 * Shared look. Every colour is a custom property with a default per theme, so
 * host pages can restyle any chart from outside the shadow root.
 *
 * The page cannot reach in. A page rule beats a `:host` rule, and `*` matches
 * the host element, so text properties are set on `.chart` (the one root box
 * every chart renders in its shadow root; loading, error and table states sit
 * inside it), never inherited from the page: font, line height, spacing,
 * alignment, white space, direction. What a partner may change goes through
 * custom properties set on the element (or any ancestor):
 *   --rights-font        font family (default system-ui); the page's own
 *                        font-family does not reach in, set this to use it
 *   --rights-font-size   base size (default 14px); text sizes are relative to it
 *   --rights-padding, --rights-radius, and the colours (--rights-text, -muted,
 *   -bg, -surface, -border, -accent, -focus, -no-data, -ocean, -warning-bg,
 *   -warning-text, -error-bg, -tooltip-bg) and --rights-table-height.
 * The line height stays 1.4: the room reserved for text that arrives with
 * the data is counted in lines of 1.4em.
 *
 * Direction follows the chart's own language, whatever the page's `dir` or
 * `direction`: the root's `dir` (RightsElement.textDirection) is `rtl` for
 * Arabic, and its HTML parts (toolbar, legend, notes, tooltip, table) mirror.
 * Plots and maps stay geometric: SVG lays out left to right, so time axes
 * read left to right as chart libraries do in right-to-left locales.
 *
 * Theme: the dark tokens apply on screen only (`@media not print`), so a chart
 * prints in the light theme whatever the page or OS says. A chart's own dark
 * tokens follow the same rule: write them as `@media not print { .chart.dark {…} }`.
 * Print also hides the controls and keeps a chart on one page where it fits.
 */
export const baseStyles = css`
  :host {
    display: block;
    contain: layout paint;
    min-width: 0;
    /* In a flex row a chart takes the room there is (basis 280 px, growing), instead of collapsing to its content. */
    flex: 1 1 280px;
    color: var(--rights-text, var(--_text));
  }
  :host([hidden]) {
    display: none;
  }
  .chart {
    /* Every inherited property back to its initial value (custom properties excepted), so no page rule on the host reaches in. */
    all: initial;
    display: block;
    font-family: var(--rights-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--rights-font-size, 14px);
    line-height: 1.4;
    direction: ltr;
    unicode-bidi: isolate;
    color-scheme: light;
    --_text: #1d232b;
    --_muted: #5b6470;
    --_bg: #ffffff;
    --_surface: #f3f5f8;
    --_border: #c9ced6;
    --_accent: #1f5fbf;
    --_focus: #d1007a;
    --_no-data: #8a929c;
    --_ocean: #f7f9fb;
    --_warning-bg: #fff4d6;
    --_warning-text: #5c3d00;
    --_error-bg: #fde7e9;
    background: var(--rights-bg, var(--_bg));
    color: var(--rights-text, var(--_text));
    box-sizing: border-box;
    position: relative;
    padding: var(--rights-padding, 12px);
    border-radius: var(--rights-radius, 4px);
  }
  @media not print {
    .chart.dark {
      color-scheme: dark;
      --_text: #e8ebef;
      --_muted: #a9b1bc;
      --_bg: #14181d;
      --_surface: #20262e;
      --_border: #434c57;
      --_accent: #7fb2ff;
      --_focus: #ff7ac3;
      --_no-data: #6d7580;
      --_ocean: #1a1f26;
      --_warning-bg: #3d3214;
      --_warning-text: #ffe7a6;
      --_error-bg: #47222a;
    }
  }
  h2 {
    font-size: 1.15em;
    margin: 0 0 8px;
    line-height: 1.3;
  }
  .notice {
    background: var(--rights-warning-bg, var(--_warning-bg));
    color: var(--rights-warning-text, var(--_warning-text));
    border-radius: 3px;
    padding: 6px 8px;
    margin: 0 0 8px;
    font-size: 0.9em;
  }
  .notice p {
    margin: 0;
  }
  .error {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 8px;
    height: 100%;
    box-sizing: border-box;
    padding: 16px;
    text-align: center;
    background: var(--rights-error-bg, var(--_error-bg));
    border-radius: 3px;
  }
  button,
  select {
    font: inherit;
    color: inherit;
    background: var(--rights-surface, var(--_surface));
    border: 1px solid var(--rights-border, var(--_border));
    border-radius: 3px;
    padding: 4px 10px;
    min-height: 32px;
    cursor: pointer;
  }
  /* On a phone the toolbar's buttons (Table, zoom, Download) share one row where 2px less padding a side lets them. */
  @container (max-width: 400px) {
    button {
      padding-inline: 8px;
    }
  }
  button:disabled,
  select:disabled,
  input:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  a:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--rights-focus, var(--_focus));
    outline-offset: 2px;
  }
  /* A chart's focusable plot or map shows its ring for the keyboard only, not after a click. */
  [tabindex]:focus:not(:focus-visible) {
    outline: none;
  }
  a {
    color: var(--rights-accent, var(--_accent));
  }
  /*
   * The toolbar's Download menu (core/toolbar.ts, core/export/download-menu.ts):
   * the button at the end of its row, the menu below it, right-aligned to it
   * and never wider than 18em, so it stays inside a 280 px chart.
   */
  .download {
    position: relative;
    margin-inline-start: auto;
  }
  .download-panel,
  .download-failed {
    position: absolute;
    z-index: 10;
    top: calc(100% + 4px);
    inset-inline-end: 0;
    width: max-content;
    max-width: 18em;
    box-sizing: border-box;
    padding: 4px;
    background: var(--rights-bg, var(--_bg));
    border: 1px solid var(--rights-border, var(--_border));
    border-radius: 3px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  .download-panel [role='menuitem'] {
    display: block;
    width: 100%;
    text-align: start;
    overflow-wrap: anywhere;
    border-color: transparent;
    background: none;
  }
  .download-panel [role='menuitem']:hover,
  .download-panel [role='menuitem']:focus {
    background: var(--rights-surface, var(--_surface));
  }
  .download-panel [aria-disabled='true'] {
    color: var(--rights-muted, var(--_muted));
    font-size: 0.9em;
    cursor: default;
  }
  .download-status {
    margin: 4px 6px;
    font-size: 0.9em;
  }
  .download-status:empty {
    display: none;
  }
  footer {
    margin-top: 8px;
    font-size: 0.8em;
    color: var(--rights-muted, var(--_muted));
  }
  footer p,
  footer .credit {
    margin: 0 0 2px;
  }
  footer details {
    display: inline;
  }
  footer details[open] {
    display: block;
  }
  footer .source {
    margin: 4px 0;
  }
  footer summary {
    display: inline;
    cursor: pointer;
    color: var(--rights-accent, var(--_accent));
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 4px 0;
  }
  th,
  td {
    text-align: start;
    padding: 3px 6px;
    border-bottom: 1px solid var(--rights-border, var(--_border));
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* Headers wrap rather than clip; a long table scrolls inside its box with its header row and first column in view. */
  th {
    vertical-align: bottom;
    overflow-wrap: break-word;
  }
  .table-wrap {
    max-height: var(--rights-table-height, 420px);
    overflow: auto;
  }
  .table-wrap thead th,
  .table-wrap tr > :first-child {
    position: sticky;
    background: var(--rights-bg, var(--_bg));
  }
  .table-wrap thead th {
    top: 0;
    z-index: 1;
  }
  .table-wrap tr > :first-child {
    inset-inline-start: 0;
  }
  .table-wrap thead tr > :first-child {
    z-index: 2;
  }
  /*
   * Paper: the light theme (dark tokens are screen-only, above), colours and
   * backgrounds as on screen, no controls (menus, Table, zoom, play, slider;
   * the year the slider shows stays), the summary open, tables unscrolled, and
   * each chart on one page where it fits. !important: a chart's own sheet
   * comes later and may set display or a height on these.
   */
  @media print {
    .chart {
      break-inside: avoid;
      print-color-adjust: exact;
    }
    h2 {
      break-after: avoid;
    }
    svg,
    tr {
      break-inside: avoid;
    }
    .toolbar,
    button,
    select,
    input,
    .tooltip,
    .focus-ring {
      display: none !important;
    }
    /* A closed summary prints open; the sources' "Details" (a link list) stay behind the credit line. */
    details::details-content {
      content-visibility: visible;
    }
    footer details {
      display: none !important;
    }
    .table-wrap {
      max-height: none !important;
      overflow: visible !important;
    }
  }
  .chart[dir='rtl'] {
    direction: rtl;
  }
  /* Plots and maps keep their geometry: x grows to the right in every language. */
  .chart svg {
    direction: ltr;
  }
`;
