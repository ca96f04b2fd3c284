import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../core/chrome.js';
import { formatCount } from '../../core/format.js';
import { formatReported, placeOf } from './describe.js';
import type { Strike } from './strikes.js';
import { renderToolbar } from '../../core/toolbar.js';

export interface TableInput {
  shown: Strike[];
  /** Rows drawn so far (the table comes in pages). */
  rows: number;
  page: number;
  /** "16 TBIJ records (17 strikes) in Somalia, 2016-01-01 to 2016-12-30". */
  caption: string;
  lang: string;
  more: () => void;
}

/** The records shown, one row each, with the strikes each stands for; long tables come in pages. */
export function strikeTable({ shown, rows, page, caption, lang, more }: TableInput): TemplateResult {
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table of the TBIJ records shown">
    <table>
      <caption>${caption} (TBIJ reported ranges)</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Location</th>
          <th scope="col" class="number">Killed</th>
          <th scope="col" class="number">Civilians</th>
          <th scope="col" class="number">Children</th>
          <th scope="col" class="number">Injured</th>
          <th scope="col" class="number">Strikes</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        ${shown.slice(0, rows).map(
          (s) => html`<tr>
            <td>${s.date}</td>
            <th scope="row">${placeOf(s)}</th>
            <td class="number">${formatReported(s.killed, lang)}</td>
            <td class="number">${formatReported(s.civilians, lang)}</td>
            <td class="number">${formatReported(s.children, lang)}</td>
            <td class="number">${formatReported(s.injured, lang)}</td>
            <td class="number">${formatReported(s.strikes, lang)}</td>
            <td>${s.source ? html`<a href=${safeUrl(/^https?:/i.test(s.source) ? s.source : `https://${s.source}`)} target="_blank" rel="noopener noreferrer">${s.id}</a>` : s.id}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${shown.length > rows
      ? html`<button type="button" class="more" @click=${more}>
          Show ${formatCount(Math.min(page, shown.length - rows), lang)} more (${formatCount(rows, lang)} of ${formatCount(shown.length, lang)} shown)
        </button>`
      : nothing}
  </div>`;
}

/** The key: fill and ring tell civilian deaths apart (not colour alone); clusters count records. */
export function strikeLegend(): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label="Key">
    <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle class="strike civilian" cx="8" cy="8" r="5"></circle></svg>Civilians reported killed (filled)</li>
    <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle class="strike none" cx="8" cy="8" r="5"></circle></svg>No civilian deaths reported (ring)</li>
    <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle class="cluster-ring" cx="8" cy="8" r="7"></circle><circle class="cluster-civilian" cx="8" cy="8" r="4"></circle></svg>Several TBIJ records (number: records; inner disc: share with civilian deaths)</li>
    <li>One dot per TBIJ record, which can stand for several strikes; size: people killed (reported maximum)</li>
  </ul>`;
}

export interface ToolbarInput {
  /** Zoom buttons off (no map yet, or the table shown). */
  disabled: boolean;
  table: boolean;
  zoom: (factor: number) => void;
  reset: () => void;
  toggle: () => void;
}

/** Zoom in, out and reset, and the table switch. */
export function mapToolbar({ disabled, table, zoom, reset, toggle }: ToolbarInput): TemplateResult {
  const zoomGroup = html`<div class="zoom" part="zoom" role="group" aria-label="Zoom">
    <button type="button" @click=${() => zoom(2)} ?disabled=${disabled} aria-label="Zoom in">+</button>
    <button type="button" @click=${() => zoom(0.5)} ?disabled=${disabled} aria-label="Zoom out">−</button>
    <button type="button" @click=${reset} ?disabled=${disabled}>Reset</button>
  </div>`;
  return renderToolbar([], { on: table, toggle }, zoomGroup);
}
