// The table view: the declines and the advances, one table each. Pure.
import { html, nothing, type TemplateResult } from 'lit';
import { formatChange, formatIndex } from '../../core/format.js';
import { intervalRange } from '../../democracy/index-source.js';
import type { CountryChange } from './change-data.js';
import { changeMsg as msg, sectionName, type ChangeWording } from './describe.js';
import { yearSpan, yearText } from '../../democracy/trend-data.js';

export function renderChangeTable(declines: CountryChange[], advances: CountryChange[], hasInterval: boolean, label: string, words: ChangeWording): TemplateResult {
  const { lang } = words;
  // Left to right in every language: in a right-to-left table a range broken after its dash would read as a negative number.
  const interval = (low: number | null, high: number | null): TemplateResult => html`<span dir="ltr">${intervalRange(low, high, lang)}</span>`;
  const interval68 = msg('change.interval');
  const section = (title: string, list: CountryChange[]): TemplateResult => html`<table>
    <caption>${msg('change.caption', { title, index: words.indexLabel, span: yearSpan(words.from, words.to) })}</caption>
    <thead>
      <tr>
        <th scope="col">${msg('change.country')}</th>
        <th scope="col">${msg('change.region')}</th>
        <th scope="col" class="number">${yearText(words.from)}</th>
        ${hasInterval ? html`<th scope="col" class="number">${interval68}</th>` : nothing}
        <th scope="col" class="number">${yearText(words.to)}</th>
        ${hasInterval ? html`<th scope="col" class="number">${interval68}</th>` : nothing}
        <th scope="col" class="number">${msg('change.change')}</th>
        <th scope="col">${msg('change.autEpisode')}</th>
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
          <td>${msg(d.autocratizing ? 'change.yes' : 'change.no')}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('change.tableLabel', { label })}>
    ${section(sectionName('declines'), declines)} ${section(sectionName('advances'), advances)}
  </div>`;
}
