// The legend: start and end dots, the intervals' whiskers (when the index has
// them), the episode mark, and a colour per V-Dem region. Pure.
import { html, nothing, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import { regionName } from '../../democracy/trend-data.js';

const msg = messages({
  'change.legend': 'Legend',
  'change.startYear': 'Start year',
  'change.endYear': 'End year',
  'change.keyInterval': '68% interval of each year; where they overlap, the change is uncertain',
  'change.keyMark': '* In an autocratization episode at some point between the two years',
});

export function renderChangeLegend(regions: Record<string, string>, color: (region: number | null) => string, intervals: boolean): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${msg('change.legend')}>
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><circle class="from-dot" cx="7" cy="7" r="4.5" stroke="currentColor"></circle></svg>${msg('change.startYear')}</li>
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="currentColor"></circle></svg>${msg('change.endYear')}</li>
    ${intervals
      ? html`<li><svg viewBox="0 0 14 14" aria-hidden="true"><line class="interval" x1="1" x2="13" y1="7" y2="7" stroke="currentColor"></line></svg>${msg('change.keyInterval')}</li>`
      : nothing}
    <li>${msg('change.keyMark')}</li>
    ${Object.keys(regions).map(
      (number) => html`<li><svg viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill=${color(Number(number))}></circle></svg>${regionName(number, regions)}</li>`,
    )}
  </ul>`;
}
