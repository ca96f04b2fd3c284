import { css } from 'lit';
import { toolbarStyles } from '../core/chart-styles.js';

/**
 * What the two world maps (`<rights-democracy-map>`, `<rights-assistance-map>`)
 * share: toolbar, ocean stage, country outlines and the highlight, selection and
 * focus marks drawn over them, the legend's swatches. Listed after chartStyles
 * (and before a theme's sheet); each map keeps its own country stroke and fills.
 */
export const worldMapStyles = css`
  ${toolbarStyles}
  .stage {
    position: relative;
    width: 100%;
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
    stroke-width: 0.5;
    cursor: pointer;
  }
  .country:hover {
    stroke: var(--rights-text, var(--_text));
    stroke-width: 1;
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
  .timeline {
    margin-top: 8px;
  }
  .legend svg {
    border: 1px solid var(--rights-border, var(--_border));
  }
  .legend-title {
    font-weight: 600;
  }
`;
