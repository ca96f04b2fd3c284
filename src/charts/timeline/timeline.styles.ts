import { css } from 'lit';

export const timelineStyles = css`
  .chart {
    padding: var(--rights-padding, 8px 12px);
  }
  /* Under the slider, so left to right as it is (core chart styles). */
  .bounds {
    direction: ltr;
    display: flex;
    justify-content: space-between;
    font-size: 0.8em;
    color: var(--rights-muted, var(--_muted));
    padding-inline-start: 46px;
    padding-inline-end: 3.6em;
  }
  /* In print the slider is hidden (core/styles.ts): its end labels go with it, the year stays. */
  @media print {
    .bounds {
      display: none;
    }
  }
`;
