// The table view: every state, district and territory with its total, its
// rate per 100,000 residents and its population, ranked as the map is; a
// territory's rate marked as not ranked, a place without entries as no data. Pure.
import { html, type TemplateResult } from 'lit';
import { formatInteger, messages, currentLanguage } from '../../core/i18n.js';
import type { Measure, Per, StateRow } from './equipment.js';
import { exactDollars, decimal, measureLabel } from './describe.js';

const msg = messages({
  'police.tableLabel': 'Table: {caption}',
  'police.colRank': 'Rank',
  'police.colPlace': 'State or territory',
  'police.colTotal': '{measure}: total',
  'police.colRate': '{measure}: per 100,000 residents',
  'police.colPopulation': 'Residents (2020 Census)',
  'police.noData': 'no data',
  'police.territoryMark': 'territory, not ranked',
});

export function renderEquipmentTable(rows: readonly StateRow[], byCode: ReadonlyMap<string, { total: number | null; rate: number | null }>, m: Measure, p: Per, caption: string): TemplateResult {
  const lang = currentLanguage();
  const number = (value: number | null): string => (value === null ? msg('police.noData') : m === 'value' ? exactDollars(value) : decimal(value));
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('police.tableLabel', { caption })}>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col" class="number">${msg('police.colRank')}</th>
          <th scope="col">${msg('police.colPlace')}</th>
          <th scope="col" class="number ${p === 'total' ? 'sorted' : ''}">${msg('police.colTotal', { measure: measureLabel(m) })}</th>
          <th scope="col" class="number ${p === '100k' ? 'sorted' : ''}">${msg('police.colRate', { measure: measureLabel(m) })}</th>
          <th scope="col" class="number">${msg('police.colPopulation')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((r) => {
          const values = byCode.get(r.code);
          return html`<tr class=${r.status}>
            <td class="number">${r.rank ? formatInteger(r.rank, lang) : ''}</td>
            <th scope="row">${r.name}${r.status === 'territory' ? html` <span class="mark">(${msg('police.territoryMark')})</span>` : ''}</th>
            <td class="number">${number(values?.total ?? null)}</td>
            <td class="number">${number(values?.rate ?? null)}</td>
            <td class="number">${formatInteger(r.population, lang, true)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
