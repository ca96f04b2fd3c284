// The year readout beside the cursor: the year, the edition, and the four
// categories plus all autocracies. Pure.
import { html, type TemplateResult } from 'lit';
import type { Measure, ShareRow } from './share-data.js';
import { cursorLines, type ShareWording } from './describe.js';

export function renderShareReadout(row: ShareRow, measure: Measure, words: ShareWording): TemplateResult {
  return html`<strong>${row.year}</strong>
    <p class="note">${measure === 'countries' ? 'Countries' : 'Share of people'}, ${words.tag ?? words.edition}</p>
    <dl>${cursorLines(row, measure, words).map((l) => html`<dt>${l.label}</dt><dd>${l.value}</dd>`)}</dl>`;
}
