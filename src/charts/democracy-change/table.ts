// The table view: the declines and the advances, one table each. Pure.
import { html, nothing, type TemplateResult } from 'lit';
import { formatChange, formatIndex } from '../../core/format.js';
import { intervalRange } from '../../democracy/index-source.js';
import type { CountryChange } from './change-data.js';
import type { ChangeWording } from './describe.js';

export function renderChangeTable(declines: CountryChange[], advances: CountryChange[], hasInterval: boolean, label: string, words: ChangeWording): TemplateResult {
  const { lang } = words;
  const interval = (low: number | null, high: number | null): string => intervalRange(low, high, lang);
  const section = (title: string, list: CountryChange[]): TemplateResult => html`<table>
    <caption>${title}, ${words.indexLabel}, ${words.from}–${words.to}</caption>
    <thead>
      <tr>
        <th scope="col">Country</th>
        <th scope="col">Region</th>
        <th scope="col" class="number">${words.from}</th>
        ${hasInterval ? html`<th scope="col" class="number">68% interval</th>` : nothing}
        <th scope="col" class="number">${words.to}</th>
        ${hasInterval ? html`<th scope="col" class="number">68% interval</th>` : nothing}
        <th scope="col" class="number">Change</th>
        <th scope="col">Autocratization episode</th>
      </tr>
    </thead>
    <tbody>
      ${list.map(
        (d) => html`<tr>
          <th scope="row">${words.name(d.code)}</th>
          <td>${words.region(d.region)}</td>
          <td class="number">${formatIndex(d.from, lang)}</td>
          ${hasInterval ? html`<td class="number">${interval(d.fromLow, d.fromHigh)}</td>` : nothing}
          <td class="number">${formatIndex(d.to, lang)}</td>
          ${hasInterval ? html`<td class="number">${interval(d.toLow, d.toHigh)}</td>` : nothing}
          <td class="number">${formatChange(d.change, lang)}</td>
          <td>${d.autocratizing ? 'yes' : 'no'}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table: ${label}">
    ${section('Biggest declines', declines)} ${section('Biggest advances', advances)}
  </div>`;
}
