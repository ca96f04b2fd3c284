// The tooltip of a count: its date (or period), the number held and its
// source, named as the source names itself. Pure.
import { html, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import type { DetaineeCount } from './counts.js';
import { dateText, heldText } from './describe.js';

const msg = messages({
  'gtmo.source': 'Source:',
});

export function renderCountReadout(count: DetaineeCount): TemplateResult {
  return html`<strong>${dateText(count)}</strong>
    <p class="held">${heldText(count.held)}</p>
    <p class="note">${msg('gtmo.source')} <bdi lang="en" dir="ltr">${count.source}</bdi></p>`;
}
