import { css } from 'lit';

/** The table and ship-year views' own rules, adopted when their code arrives (views.lazy.ts). */
export const styles = css`
  tr.territory th .mark,
  tr.none td {
    color: var(--rights-muted, var(--_muted));
  }
  th.sorted {
    text-decoration: underline;
  }
  .years {
    margin: 0;
  }
  .years figcaption {
    font-weight: 600;
    margin-bottom: 4px;
  }
  .years-plot {
    display: block;
    width: 100%;
    height: auto;
  }
  .years-plot .bar {
    fill: var(--rights-accent, var(--_accent));
  }
  .years-plot .baseline {
    stroke: var(--rights-border, var(--_border));
  }
  .years-plot text {
    fill: var(--rights-muted, var(--_muted));
    font-size: 11px;
  }
  .years-plot text.value {
    fill: var(--rights-text, var(--_text));
    font-weight: 600;
  }
  .years .note {
    color: var(--rights-muted, var(--_muted));
    margin: 4px 0 0;
    font-size: 0.9em;
  }
`;
