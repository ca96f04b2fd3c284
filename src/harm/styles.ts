import { css } from 'lit';

/** What the civilian-harm charts (the yearly chart and the strike map) share beyond chartStyles: tooltip lines, key, footer. */
export const harmStyles = css`
  .tooltip dl {
    margin: 0;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 8px;
  }
  /* The footer's last line keeps no bottom margin: it would collapse outside the reserved height. */
  footer > :last-child {
    margin-bottom: 0;
  }
  .legend svg {
    width: 14px;
    height: 14px;
    flex: none;
  }
`;
