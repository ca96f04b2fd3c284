import { css } from 'lit';

export const assistanceMapStyles = css`
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
  .legend { min-height: calc(2.2 * 1.4em); }
  @container (max-width: 975px) {
    h2 { min-height: calc(1 * 1.3em); }
    .units { min-height: calc(3 * 1.4em); }
    .summary { min-height: calc(4 * 1.4em); }
    footer { min-height: calc(12.5 * 1.4em); }
    .legend { min-height: calc(2.2 * 1.4em); }
  }
  @container (max-width: 775px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(3 * 1.4em); }
    .summary { min-height: calc(4 * 1.4em); }
    footer { min-height: calc(14.5 * 1.4em); }
    .legend { min-height: calc(2.2 * 1.4em); }
  }
  @container (max-width: 675px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(4 * 1.4em); }
    .summary { min-height: calc(5 * 1.4em); }
    footer { min-height: calc(16.5 * 1.4em); }
    .legend { min-height: calc(3.3 * 1.4em); }
  }
  @container (max-width: 575px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(4 * 1.4em); }
    .summary { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(20.5 * 1.4em); }
    .legend { min-height: calc(3.3 * 1.4em); }
  }
  @container (max-width: 475px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(5 * 1.4em); }
    .summary { min-height: calc(6 * 1.4em); }
    footer { min-height: calc(20.5 * 1.4em); }
    .legend { min-height: calc(4.3 * 1.4em); }
  }
  @container (max-width: 435px) {
    h2 { min-height: calc(2 * 1.3em); }
    .units { min-height: calc(6 * 1.4em); }
    .summary { min-height: calc(7 * 1.4em); }
    footer { min-height: calc(24.5 * 1.4em); }
    .legend { min-height: calc(4.3 * 1.4em); }
  }
  @container (max-width: 375px) {
    h2 { min-height: calc(3 * 1.3em); }
    .units { min-height: calc(7 * 1.4em); }
    .summary { min-height: calc(8 * 1.4em); }
    footer { min-height: calc(25.5 * 1.4em); }
    .legend { min-height: calc(5.4 * 1.4em); }
  }
  @container (max-width: 335px) {
    h2 { min-height: calc(3 * 1.3em); }
    .units { min-height: calc(7 * 1.4em); }
    .summary { min-height: calc(8 * 1.4em); }
    footer { min-height: calc(28.5 * 1.4em); }
    .legend { min-height: calc(5.4 * 1.4em); }
  }
  @container (max-width: 311px) {
    h2 { min-height: calc(3 * 1.3em); }
    .units { min-height: calc(7 * 1.4em); }
    .summary { min-height: calc(9 * 1.4em); }
    footer { min-height: calc(29.5 * 1.4em); }
    .legend { min-height: calc(5.4 * 1.4em); }
  }
  .stage {
    aspect-ratio: 2 / 1;
    background: var(--rights-ocean, var(--_ocean));
    border-radius: 3px;
  }
  .stage.table-view {
    aspect-ratio: auto;
    background: none;
  }
  svg.map {
    display: block;
    width: 100%;
    height: 100%;
    touch-action: manipulation;
  }
  .country {
    stroke: var(--rights-country-stroke, var(--rights-bg, var(--_bg)));
    stroke-width: 0.5;
    cursor: pointer;
  }
  .country.muted {
    fill: var(--rights-surface, var(--_surface));
  }
  .country:hover {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 1;
  }
  .regime-hatch {
    pointer-events: none;
    stroke: none;
  }
  .hatch {
    stroke: #1d232b;
    stroke-width: 1.1;
    stroke-opacity: 0.75;
  }
  .none-bg {
    fill: var(--rights-bg, var(--_bg));
  }
  .none-dot {
    fill: var(--rights-no-data, var(--_no-data));
  }
  .highlight {
    fill: none;
    stroke: var(--rights-highlight, var(--rights-text, var(--_text)));
    stroke-width: 1.5;
    pointer-events: none;
  }
  .selected {
    fill: none;
    stroke: var(--rights-accent, var(--_accent));
    stroke-width: 2.5;
    pointer-events: none;
  }
  .focus-ring {
    fill: none;
    stroke: var(--rights-focus, var(--_focus));
    stroke-width: 3;
    pointer-events: none;
    display: none;
  }
  svg.map:focus-visible .focus-ring {
    display: inline;
  }
  .legend ul {
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
    border: 1px solid var(--rights-border, var(--_border));
  }
  .legend-title {
    font-weight: 600;
  }
`;
