// The year readout beside the cursor: the year, the edition, and the four
// categories plus all autocracies. Pure.
import { html, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import type { Measure, ShareRow } from './share-data.js';
import { cursorLines, integer, type ShareWording } from './describe.js';

const msg = messages({
  'share.noteCountries': 'Countries, {tag}',
  'share.notePeople': 'Share of people, {tag}',
});

export function renderShareReadout(row: ShareRow, measure: Measure, words: ShareWording): TemplateResult {
  return html`<strong>${integer(row.year)}</strong>
    <p class="note">${msg(measure === 'countries' ? 'share.noteCountries' : 'share.notePeople', { tag: words.tag ?? words.edition })}</p>
    <dl>${cursorLines(row, measure, words).map((l) => html`<dt>${l.label}</dt><dd>${l.value}</dd>`)}</dl>`;
}
