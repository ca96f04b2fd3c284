// Details of the focused or hovered country. Pure.
import { html, nothing, type TemplateResult } from 'lit';
import { formatChange, formatIndex } from '../../core/format.js';
import { intervalText } from '../../democracy/index-source.js';
import type { CountryChange } from './change-data.js';
import { changeMsg as msg, type ChangeWording } from './describe.js';
import { yearText } from '../../democracy/trend-data.js';

export function renderChangeReadout(d: CountryChange, words: ChangeWording): TemplateResult {
  const { lang } = words;
  return html`<strong>${words.name(d.code)}</strong>
    <p class="note">${words.indexLabel}</p>
    <dl>
      <dt>${msg('change.region')}</dt><dd>${words.region(d.region)}</dd>
      <dt>${yearText(words.from)}</dt><dd>${formatIndex(d.from, lang)}${intervalText(d.fromLow, d.fromHigh, lang)}</dd>
      <dt>${yearText(words.to)}</dt><dd>${formatIndex(d.to, lang)}${intervalText(d.toLow, d.toHigh, lang)}</dd>
      <dt>${msg('change.change')}</dt><dd>${formatChange(d.change, lang)}</dd>
    </dl>
    ${d.autocratizing ? html`<p class="note">${msg('change.inAut')}</p>` : nothing}`;
}
