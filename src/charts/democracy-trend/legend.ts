// Key to the episode shading, the interval band and the edition the values
// come from. Static per metric, so it takes the same room before data arrives.
import { html, nothing, type TemplateResult } from 'lit';

export function renderTrendLegend(indexLabel: string, hasInterval: boolean): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label="Legend">
    <li class="edition">${indexLabel}</li>
    <li>
      <svg viewBox="0 0 14 14" aria-hidden="true">
        <defs>
          <pattern id="aut-hatch-key" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
          </pattern>
        </defs>
        <rect width="14" height="14" fill="url(#aut-hatch-key)"></rect></svg
      >Autocratization episode
    </li>
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" class="episode dem"></rect></svg>Democratization episode</li>
    <li>(ERT, of the country in bold)</li>
    ${hasInterval ? html`<li>Shaded band: 68% interval</li>` : nothing}
  </ul>`;
}
