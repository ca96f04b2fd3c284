import { css } from 'lit';

/**
 * Rules every chart with a tooltip, timeline, legend or loading state shares.
 * Charts list it after baseStyles and may refine any of it in their own sheet.
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
  .timeline input[type='range'] {
    flex: 1;
    min-width: 0;
    accent-color: var(--rights-accent, var(--_accent));
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .loading {
    display: flex;
    align-items: center;
    justify-content: center;
    height: 100%;
    color: var(--rights-muted, var(--_muted));
  }
`;
