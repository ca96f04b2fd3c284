// The table view: every dated count with its source (a link), the peak year
// without a number, everyone ever held, and the transfers per presidential
// term. Pure.
import { html, type TemplateResult } from 'lit';
import { safeUrl } from '../../core/chrome.js';
import { messages } from '../../core/i18n.js';
import type { GuantanamoDetainees } from '../../data/guantanamo.js';
import type { DetaineeCount, Term } from './counts.js';
import { dateText, integer, presidentName } from './describe.js';

const msg = messages({
  'gtmo.tableLabel': 'Table: {caption}',
  'gtmo.colDate': 'Date',
  'gtmo.colHeld': 'People held',
  'gtmo.colSource': 'Source',
  'gtmo.peakRow': '{year}: the most people held',
  'gtmo.peakValue': 'no number published',
  'gtmo.everRow': 'Held in all, {from} to {to}',
  'gtmo.termsCaption': 'People transferred out of the prison, by presidential term',
  'gtmo.colTerm': 'President',
  'gtmo.colYears': 'Years',
  'gtmo.colTransferred': 'Transferred out',
});

/** The heading of the dates' column (table view and CSV). */
export const dateHeading = (): string => msg('gtmo.colDate');

const link = (source: string, url: string): TemplateResult =>
  html`<a href=${safeUrl(url)} target="_blank" rel="noopener noreferrer" lang="en" dir="ltr">${source}</a>`;

export function renderDetaineeTable(data: GuantanamoDetainees, counts: readonly DetaineeCount[], terms: readonly Term[], caption: string, from: number, to: number): TemplateResult {
  const peakShown = data.peak.year >= from && data.peak.year <= to;
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('gtmo.tableLabel', { caption })}>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('gtmo.colDate')}</th>
          <th scope="col" class="number">${msg('gtmo.colHeld')}</th>
          <th scope="col">${msg('gtmo.colSource')}</th>
        </tr>
      </thead>
      <tbody>
        ${peakShown
          ? html`<tr class="peak-row">
              <th scope="row">${msg('gtmo.peakRow', { year: data.peak.year })}</th>
              <td class="number">${msg('gtmo.peakValue')}</td>
              <td>${link(data.peak.source, data.peak.url)}</td>
            </tr>`
          : ''}
        ${counts.map(
          (c) => html`<tr>
            <th scope="row">${dateText(c)}</th>
            <td class="number">${integer(c.held, true)}</td>
            <td>${link(c.source, c.url)}</td>
          </tr>`,
        )}
        <tr class="total">
          <th scope="row">${msg('gtmo.everRow', { from: data.everHeld.from, to: data.everHeld.to })}</th>
          <td class="number">${integer(data.everHeld.value, true)}</td>
          <td>${link(data.everHeld.source, data.everHeld.url)}</td>
        </tr>
      </tbody>
    </table>
    <table class="terms">
      <caption>${msg('gtmo.termsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('gtmo.colTerm')}</th>
          <th scope="col">${msg('gtmo.colYears')}</th>
          <th scope="col" class="number">${msg('gtmo.colTransferred')}</th>
          <th scope="col">${msg('gtmo.colSource')}</th>
        </tr>
      </thead>
      <tbody>
        ${terms.map(
          (t) => html`<tr>
            <th scope="row">${presidentName(t.president)}</th>
            <td><span dir="ltr">${integer(t.from)}–${integer(t.to)}</span></td>
            <td class="number">${integer(t.transferred, true)}</td>
            <td>${link(t.source, t.url)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
