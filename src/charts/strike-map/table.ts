import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../core/chrome.js';
import { formatCount } from '../../core/format.js';
import { messages } from '../../core/i18n.js';
import { harmMsg } from '../../harm/wording.js';
import { formatReported, placeOf, strikesMsg } from './describe.js';
import type { Count, Strike } from './strikes.js';

const msg = messages({
  'strikes.tableL': 'Table of the TBIJ records shown',
  'strikes.civH': 'Civil\u00adians killed',
  'strikes.childH': 'Chil\u00addren killed',
  'strikes.more': 'Show {n} more ({rows} of {total} shown)',
  'strikes.noStrikes': 'strikes not given',
});

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

/**
 * The records shown, one row each; long tables come in pages. A record's
 * date, place, the strikes it stands for and its source share the row's
 * first cell, so the four counts of people fit a phone (320 px) without
 * scrolling sideways; each column says what it counts.
 */
export function strikeTable({ shown, rows, page, caption, lang, more }: TableInput): TemplateResult {
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('strikes.tableL')}>
    <table class="records">
      <caption>${strikesMsg('strikes.ranges', { caption })}</caption>
      <thead>
        <tr>
          <th scope="col">${strikesMsg('strikes.record')}</th>
          <th scope="col" class="number">${strikesMsg('strikes.killedP')}</th>
          <th scope="col" class="number">${msg('strikes.civH')}</th>
          <th scope="col" class="number">${msg('strikes.childH')}</th>
          <th scope="col" class="number">${harmMsg('harm.inj')}</th>
        </tr>
      </thead>
      <tbody>
        ${shown.slice(0, rows).map(
          // Dates run left to right in Arabic too; places are TBIJ's own (English) spellings.
          (s) => html`<tr>
            <th scope="row"><span class="date" dir="ltr">${s.date}</span> <span lang=${s.location.trim() ? 'en' : nothing} dir="auto">${placeOf(s)}</span> <span>${strikesOf(s, lang)}</span> <span class="source">${s.source
              ? html`<a href=${safeUrl(/^https?:/i.test(s.source) ? s.source : `https://${s.source}`)} target="_blank" rel="noopener noreferrer">TBIJ ${s.id}</a>`
              : `TBIJ ${s.id}`}</span></th>
            <td class="number">${cell(s.killed, lang)}</td>
            <td class="number">${cell(s.civilians, lang)}</td>
            <td class="number">${cell(s.children, lang)}</td>
            <td class="number">${cell(s.injured, lang)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${shown.length > rows
      ? html`<button type="button" class="more" @click=${more}>
          ${msg('strikes.more', { n: formatCount(Math.min(page, shown.length - rows), lang), rows: formatCount(rows, lang), total: formatCount(shown.length, lang) })}
        </button>`
      : nothing}
  </div>`;
}

/** A count in a table cell: the reported range, or "not given" (two short words, so a narrow column can wrap them). */
function cell(range: [Count, Count], lang: string): string {
  return range[0] === null && range[1] === null ? harmMsg('harm.notGiven', undefined, lang) : formatReported(range, lang);
}

/** "1 strike", "3–4 strikes", "strikes not given": what one record stands for. */
export function strikesOf(strike: Strike, lang: string): string {
  const [min, max] = strike.strikes;
  if (min === null && max === null) return msg('strikes.noStrikes', undefined, lang);
  return min === max ? harmMsg('harm.strike', { count: min! }, lang) : harmMsg('harm.strikeR', { range: formatReported(strike.strikes, lang) }, lang);
}
