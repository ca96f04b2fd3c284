// The legend: start and end dots, the episode mark, and a colour per V-Dem region. Pure.
import { html, type TemplateResult } from 'lit';

export function renderChangeLegend(regions: Record<string, string>, color: (region: number | null) => string): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label="Legend">
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><circle class="from-dot" cx="7" cy="7" r="4.5" stroke="currentColor"></circle></svg>Start year</li>
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="currentColor"></circle></svg>End year</li>
    <li>* Autocratization episode (ERT)</li>
    ${Object.entries(regions).map(
      ([number, name]) => html`<li><svg viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill=${color(Number(number))}></circle></svg>${name}</li>`,
    )}
  </ul>`;
}
