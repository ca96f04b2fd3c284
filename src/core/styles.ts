import { css } from 'lit';

/**
 * Shared look. Every colour is a custom property with a default per theme, so
 * host pages can restyle any chart from outside the shadow root.
 */
export const baseStyles = css`
  :host {
    display: block;
    contain: layout paint;
    font-family: var(--rights-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--rights-font-size, 14px);
    line-height: 1.4;
    min-width: 0;
    /* In a flex row a chart takes the room there is (basis 280 px, growing), instead of collapsing to its content. */
    flex: 1 1 280px;
    color: var(--rights-text, var(--_text));
  }
  :host([hidden]) {
    display: none;
  }
  .chart {
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
  .chart.dark {
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
    text-align: left;
    font-weight: 600;
    padding: 4px 0;
  }
  th,
  td {
    text-align: left;
    padding: 3px 6px;
    border-bottom: 1px solid var(--rights-border, var(--_border));
  }
  td.number,
  th.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
`;
