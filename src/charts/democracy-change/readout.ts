// Details of the focused or hovered country. Pure.
import { html, nothing, type TemplateResult } from 'lit';
import { formatChange, formatIndex } from '../../core/format.js';
import { intervalText } from '../../democracy/index-source.js';
import type { CountryChange } from './change-data.js';
import type { ChangeWording } from './describe.js';

export function renderChangeReadout(d: CountryChange, words: ChangeWording): TemplateResult {
  const { lang } = words;
  return html`<strong>${words.name(d.code)}</strong>
    <p class="note">${words.indexLabel}</p>
    <dl>
      <dt>Region</dt><dd>${words.region(d.region)}</dd>
      <dt>${words.from}</dt><dd>${formatIndex(d.from, lang)}${intervalText(d.fromLow, d.fromHigh, lang)}</dd>
      <dt>${words.to}</dt><dd>${formatIndex(d.to, lang)}${intervalText(d.toLow, d.toHigh, lang)}</dd>
      <dt>Change</dt><dd>${formatChange(d.change, lang)}</dd>
    </dl>
    ${d.autocratizing ? html`<p class="note">In an autocratization episode (ERT)</p>` : nothing}`;
}
