import { css } from 'lit';

export const changeStyles = css`
  /* The stage's height follows limit (set through CSSOM), so it is known before data arrives. */
  .stage {
    aspect-ratio: auto;
  }
  @container (max-width: 535px) {
    .stage {
      aspect-ratio: auto;
    }
  }
  /*
   * Legend (region names) and footer arrive with the data: their heights are
   * reserved per container width (most lines either metric needs, measured in
   * Chromium every 10 px from 300 to 1300 px by scripts/measure-reserve.mjs;
   * the legend adds its 4px row gaps, the footer its credit line's margin).
   */
  .legend { min-height: calc(2 * 1.4em + 4px); }
  footer { min-height: calc(1 * 1.4em + 2px); }
  @container (max-width: 1175px) { .legend { min-height: calc(3 * 1.4em + 8px); } }
  @container (max-width: 865px) { .legend { min-height: calc(4 * 1.4em + 12px); } }
  @container (max-width: 635px) { .legend { min-height: calc(5 * 1.4em + 16px); } }
  @container (max-width: 615px) { .legend { min-height: calc(6 * 1.4em + 20px); } }
  @container (max-width: 445px) { .legend { min-height: calc(8 * 1.4em + 28px); } }
  @container (max-width: 415px) { .legend { min-height: calc(9 * 1.4em + 32px); } }
  @container (max-width: 405px) { footer { min-height: calc(2 * 1.4em + 2px); } }
  @container (max-width: 375px) { .legend { min-height: calc(10 * 1.4em + 36px); } }
  @container (max-width: 335px) { .legend { min-height: calc(11 * 1.4em + 40px); } }
  .row-label {
    fill: var(--rights-text, var(--_text));
    font-size: 12px;
  }
  .row-label.two-lines {
    font-size: 11px;
  }
  .section-title {
    fill: var(--rights-text, var(--_text));
    font-weight: 700;
    font-size: 12.5px;
  }
  .change-value {
    fill: var(--rights-text, var(--_text));
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .row-bg {
    fill: transparent;
  }
  .row:hover .row-bg,
  .row.active .row-bg {
    fill: var(--rights-surface, var(--_surface));
  }
  .connector {
    stroke: var(--rights-muted, var(--_muted));
    stroke-width: 1.5;
  }
  .interval {
    stroke-width: 1.5;
    opacity: 0.7;
  }
  .from-dot {
    fill: var(--rights-bg, var(--_bg));
    stroke-width: 2;
  }
  .to-dot {
    stroke: var(--rights-bg, var(--_bg));
    stroke-width: 1;
  }
  .focus-ring {
    fill: none;
    stroke: var(--rights-focus, var(--_focus));
    stroke-width: 2.5;
    display: none;
  }
  svg.plot:focus-visible .focus-ring {
    display: inline;
  }
`;
