// The tooltip of a column: the period, its entries and each kind shown. Pure.
import { html, type TemplateResult } from 'lit';
import type { GlomagKind } from '../../data/sanctions.js';
import { KINDS, entriesOf, type Period } from './periods.js';
import { entriesText, integer, kindName, periodName, type RecordSpan } from './describe.js';

export function renderColumnReadout(period: Period, kinds: readonly GlomagKind[], record: RecordSpan): TemplateResult {
  const shown = KINDS.filter((k) => kinds.includes(k));
  return html`<strong>${periodName(period, record)}</strong>
    <p class="entries">${entriesText(entriesOf(period, kinds))}</p>
    ${shown.length > 1
      ? html`<dl>
          ${shown.map((k) => html`<dt>${kindName(k)}</dt><dd>${integer(period.counts[KINDS.indexOf(k)]!, true)}</dd>`)}
        </dl>`
      : ''}`;
}
