// Key to the episode bars, the interval band and the edition the values come
// from. Static per metric, so it takes the same room before data arrives.
import { html, nothing, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import { inRow } from '../../democracy/trend-data.js';

const msg = messages({
  'trend.legend': 'Legend',
  'trend.keyBand': 'Shaded band around a line: 68% interval',
  'trend.keyAut': 'Autocratization episode (V-Dem)',
  'trend.keyDem': 'Democratization episode',
  'trend.keyRows': 'Episodes: bars under the years, one row per country in its colour',
  'trend.keyRowsUnshown': 'Episodes: bars under the years, one row per country in its colour; no room here for {names}: the summary lists their episodes',
});

/** `unshown`: names of countries whose episode row found no room (many countries on a small screen). */
export function renderTrendLegend(indexLabel: string, hasInterval: boolean, unshown: string[] = []): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${msg('trend.legend')}>
    <li class="edition">${indexLabel}</li>
    ${hasInterval ? html`<li>${msg('trend.keyBand')}</li>` : nothing}
    <li>
      <svg viewBox="0 0 14 14" aria-hidden="true">
        <defs>
          <pattern id="aut-hatch-key" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line class="key-hatch" x1="0" y1="0" x2="0" y2="4"></line>
          </pattern>
        </defs>
        <rect class="key-aut" x="0.5" y="3.5" width="13" height="7" fill="url(#aut-hatch-key)"></rect></svg
      >${msg('trend.keyAut')}
    </li>
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><rect class="key-dem" x="0" y="3" width="14" height="8"></rect></svg>${msg('trend.keyDem')}</li>
    <li>${unshown.length ? msg('trend.keyRowsUnshown', { names: inRow(unshown) }) : msg('trend.keyRows')}</li>
  </ul>`;
}
