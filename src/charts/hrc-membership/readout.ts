// The tooltip of a cycle: its dates, members per regime type, those V-Dem does
// not rate, and where the United States stood. Pure.
import { html, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import { REGIME_NAMES, notCoded } from '../../democracy/regimes.js';
import { autocracies, democracies, type Cycle, type Membership } from './cycles.js';
import { cycleLabel, formatDate, integer, seatSentence, usSentence } from './describe.js';

const msg = messages({
  'hrc.dates': '{from} to {to}',
  'hrc.autocraciesTotal': 'Autocracies',
  'hrc.democraciesTotal': 'Democracies',
  'hrc.notRatedYetShort': 'V-Dem has not yet rated {year}.',
});

export function renderCycleReadout(cycle: Cycle, m: Membership): TemplateResult {
  const seats = seatSentence(cycle, m.seats);
  return html`<strong>${cycleLabel(cycle)}</strong>
    <p class="note">${msg('hrc.dates', { from: formatDate(cycle.start), to: formatDate(cycle.end) })}</p>
    ${cycle.rated
      ? html`<dl>
          <dt>${msg('hrc.autocraciesTotal')}</dt><dd>${integer(autocracies(cycle))}</dd>
          ${[0, 1].map((k) => html`<dt class="sub">${REGIME_NAMES[k]}</dt><dd>${integer(cycle.counts[k]!)}</dd>`)}
          <dt>${msg('hrc.democraciesTotal')}</dt><dd>${integer(democracies(cycle))}</dd>
          ${[2, 3].map((k) => html`<dt class="sub">${REGIME_NAMES[k]}</dt><dd>${integer(cycle.counts[k]!)}</dd>`)}
          ${cycle.notRated ? html`<dt>${notCoded()}</dt><dd>${integer(cycle.notRated)}</dd>` : ''}
        </dl>`
      : html`<p>${msg('hrc.notRatedYetShort', { year: cycle.ratingYear })}</p>`}
    ${seats ? html`<p class="note">${seats}</p>` : ''}
    <p class="note">${usSentence(cycle, m)}</p>`;
}
