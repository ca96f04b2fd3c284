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
   * Chromium every 10 px from 320 to 1300 px).
   */
  footer { min-height: calc(7 * 1.4em + 10px); }
  @container (width < 806px) { footer { min-height: calc(8 * 1.4em + 10px); } }
  @container (width < 716px) { footer { min-height: calc(9 * 1.4em + 10px); } }
  @container (width < 546px) { footer { min-height: calc(10 * 1.4em + 10px); } }
  @container (width < 526px) { footer { min-height: calc(11 * 1.4em + 10px); } }
  @container (width < 486px) { footer { min-height: calc(12 * 1.4em + 10px); } }
  @container (width < 456px) { footer { min-height: calc(13 * 1.4em + 10px); } }
  @container (width < 436px) { footer { min-height: calc(14 * 1.4em + 10px); } }
  @container (width < 416px) { footer { min-height: calc(15 * 1.4em + 10px); } }
  @container (width < 376px) { footer { min-height: calc(16 * 1.4em + 10px); } }
  @container (width < 336px) { footer { min-height: calc(17 * 1.4em + 10px); } }
  .legend { min-height: calc(2 * 1.4em + 4px); }
  @container (width < 816px) { .legend { min-height: calc(3 * 1.4em + 8px); } }
  @container (width < 586px) { .legend { min-height: calc(4 * 1.4em + 12px); } }
  @container (width < 446px) { .legend { min-height: calc(5 * 1.4em + 16px); } }
  @container (width < 376px) { .legend { min-height: calc(6 * 1.4em + 20px); } }
  @container (width < 366px) { .legend { min-height: calc(7 * 1.4em + 24px); } }
  @container (width < 336px) { .legend { min-height: calc(8 * 1.4em + 28px); } }
  .row-label {
    fill: var(--rights-text, var(--_text));
    font-size: 12px;
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
