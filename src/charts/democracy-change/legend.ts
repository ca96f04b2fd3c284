// The legend: start and end dots, the intervals' whiskers (when the index has
// them), the episode mark, and a colour per V-Dem region. Pure.
import { html, nothing, type TemplateResult } from 'lit';

export function renderChangeLegend(regions: Record<string, string>, color: (region: number | null) => string, intervals: boolean): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label="Legend">
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><circle class="from-dot" cx="7" cy="7" r="4.5" stroke="currentColor"></circle></svg>Start year</li>
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="currentColor"></circle></svg>End year</li>
    ${intervals
      ? html`<li><svg viewBox="0 0 14 14" aria-hidden="true"><line class="interval" x1="1" x2="13" y1="7" y2="7" stroke="currentColor"></line></svg>68% interval of each year; where they overlap, the change is uncertain</li>`
      : nothing}
    <li>* In an autocratization episode at some point between the two years</li>
    ${Object.entries(regions).map(
      ([number, name]) => html`<li><svg viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill=${color(Number(number))}></circle></svg>${name}</li>`,
    )}
  </ul>`;
}
