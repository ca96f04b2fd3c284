import { css } from 'lit';

export const scatterStyles = css`
  /*
   * Text that arrives with the data gets room reserved per width so the page
   * does not jump when it lands; line counts measured at 320–1240 px for every
   * measure and period (see the layout-shift tests). Each range uses the count
   * of its narrowest measured width.
   */
  h2 { min-height: calc(1 * 1.3em); }
  .units { min-height: calc(3 * 1.4em); }
  .summary { min-height: calc(4 * 1.4em); }
  footer { min-height: calc(10.5 * 1.4em); }
  @container (max-width: 975px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(4 * 1.4em); }
    .summary { min-height: calc(5 * 1.4em); }
    footer { min-height: calc(12.5 * 1.4em); }
  }
  @container (max-width: 775px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(4 * 1.4em); }
    .summary { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(14.5 * 1.4em); }
  }
  @container (max-width: 675px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(5 * 1.4em); }
    .summary { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(16.5 * 1.4em); }
  }
  @container (max-width: 575px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(6 * 1.4em); }
    .summary { min-height: calc(8 * 1.4em); }
    footer { min-height: calc(20.5 * 1.4em); }
  }
  @container (max-width: 475px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(7 * 1.4em); }
    .summary { min-height: calc(9 * 1.4em); }
    footer { min-height: calc(20.5 * 1.4em); }
  }
  @container (max-width: 435px) {
    h2 { min-height: calc(3 * 1.3em); }
    .units { min-height: calc(8 * 1.4em); }
    .summary { min-height: calc(10 * 1.4em); }
    footer { min-height: calc(24.5 * 1.4em); }
  }
  @container (max-width: 375px) {
    h2 { min-height: calc(3 * 1.3em); }
    .units { min-height: calc(10 * 1.4em); }
    .summary { min-height: calc(11 * 1.4em); }
    footer { min-height: calc(25.5 * 1.4em); }
  }
  @container (max-width: 335px) {
    h2 { min-height: calc(3 * 1.3em); }
    .units { min-height: calc(10 * 1.4em); }
    .summary { min-height: calc(12 * 1.4em); }
    footer { min-height: calc(28.5 * 1.4em); }
  }
  @container (max-width: 311px) {
    h2 { min-height: calc(4 * 1.3em); }
    .units { min-height: calc(10 * 1.4em); }
    .summary { min-height: calc(13 * 1.4em); }
    footer { min-height: calc(29.5 * 1.4em); }
  }
  .stage {
    aspect-ratio: 5 / 3;
    min-height: 240px;
  }
  .stage.table-view {
    aspect-ratio: auto;
    min-height: 0;
  }
  svg.scatter {
    display: block;
    width: 100%;
    height: 100%;
    font-size: 11px;
    touch-action: manipulation;
  }
  .quadrant {
    fill: var(--rights-surface, var(--_surface));
    stroke: var(--rights-border, var(--_border));
    stroke-dasharray: 4 3;
  }
  .quadrant-label {
    fill: var(--rights-muted, var(--_muted));
    font-style: italic;
  }
  .grid {
    stroke: var(--rights-border, var(--_border));
    stroke-width: 0.5;
  }
  .tick,
  .axis-title {
    fill: var(--rights-muted, var(--_muted));
  }
  .axis-title {
    font-size: 12px;
  }
  .dot {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 0.6;
    fill-opacity: 0.85;
    cursor: pointer;
  }
  .dot[fill='none'] {
    fill: var(--rights-bg, var(--_bg));
    stroke-dasharray: 2 2;
  }
  .dot:hover {
    stroke-width: 1.5;
  }
  .dot.highlighted {
    stroke-width: 1.8;
  }
  .dot.selected {
    stroke: var(--rights-accent, var(--_accent));
    stroke-width: 3;
  }
  .label {
    fill: var(--rights-text, var(--_text));
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--rights-bg, var(--_bg));
    stroke-width: 3px;
  }
  .focus-ring {
    fill: none;
    stroke: var(--rights-focus, var(--_focus));
    stroke-width: 2.5;
    display: none;
    pointer-events: none;
  }
  svg.scatter:focus-visible .focus-ring {
    display: inline;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    font-size: 0.85em;
    min-height: 1.4em;
  }
  .legend svg {
    width: 14px;
    height: 14px;
  }
  .key {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 0.6;
  }
  .key.dashed {
    stroke-dasharray: 2 2;
    stroke-width: 1;
  }
`;
