// The two tables: the ranking of one edition (rank, country, score and,
// where TI published them, the 90% interval, standard error and number of
// sources; the last two left out in a narrow box, where a row read aloud
// still gives the sources), with sortable columns; and every edition's score per country.
// Pure functions of rows, settings and words, returning Lit templates.
import { html, nothing, type TemplateResult } from 'lit';
import { messages } from '../../core/i18n.js';
import type { TiCpi } from '../../data/corruption.js';
import { decimal, integer } from './describe.js';
import { editions, naturalDirection, scoreIn, type CpiRow, type Direction, type SortKey } from './ranking.js';

const msg = messages({
  'cpi.tableLabel': 'Table: {caption}',
  'cpi.colRank': 'Rank',
  'cpi.colCountry': 'Country',
  'cpi.colScore': 'Score',
  'cpi.colInterval': '90% interval',
  'cpi.colError': 'Standard error',
  'cpi.colSources': 'Sources',
  'cpi.sortBy': 'Sort by {column}',
  'cpi.noMatch': 'No country matches “{query}”.',
  'cpi.byEdition': 'Scores by edition, as published',
  'cpi.noScore': 'no score',
  'cpi.showAll': { one: 'Show all # country', other: 'Show all # countries' },
});

export interface RankingView {
  rows: readonly CpiRow[];
  detail: boolean;
  caption: string;
  sort: SortKey;
  direction: Direction;
  highlighted: readonly string[];
  active: string;
  selected: string;
  query: string;
  nameOf: (code: string) => string;
  /** How many rows are drawn (the first ones); the rest come with "Show all". */
  limit: number;
}

export interface TableHandlers {
  sort: (key: SortKey) => void;
  row: (code: string) => void;
  keydown: (event: KeyboardEvent) => void;
  focus: () => void;
  blur: () => void;
  more: () => void;
}

/** The id of a row, for scrolling it into view. */
export const rowId = (code: string): string => `cpi-row-${code}`;

const ariaSort = (v: RankingView, key: SortKey): 'ascending' | 'descending' | 'none' => (v.sort === key ? v.direction : 'none');

function header(v: RankingView, on: TableHandlers, key: SortKey, label: string, number: boolean, extra = false): TemplateResult {
  const arrow = v.sort === key ? (v.direction === 'ascending' ? '▲' : '▼') : '';
  return html`<th scope="col" class="${number ? 'number' : ''} ${extra ? 'extra' : ''}" aria-sort=${ariaSort(v, key)}>
    <button type="button" class="sort" title=${msg('cpi.sortBy', { column: label })} @click=${() => on.sort(key)}>${label}<span class="arrow" aria-hidden="true">${arrow}</span></button>
  </th>`;
}

function rowClass(v: RankingView, code: string): string {
  return [v.highlighted.includes(code) ? 'highlighted' : '', code === v.active ? 'active' : '', code === v.selected ? 'selected' : ''].filter(Boolean).join(' ');
}

/** "Show all 180 countries" under a table drawn in part (a long table is slow to lay out and to check on a phone). */
const more = (v: RankingView, on: TableHandlers): TemplateResult | typeof nothing =>
  v.rows.length > v.limit ? html`<button type="button" class="more" @click=${on.more}>${msg('cpi.showAll', { count: v.rows.length })}</button>` : nothing;

const empty = (v: RankingView, columns: number): TemplateResult =>
  html`<tr><td colspan=${columns} class="no-match">${msg('cpi.noMatch', { query: v.query })}</td></tr>`;

/** The ranking of one edition. */
export function renderRanking(v: RankingView, on: TableHandlers): TemplateResult {
  const columns = v.detail ? 6 : 2;
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('cpi.tableLabel', { caption: v.caption })}
    @keydown=${on.keydown} @focus=${on.focus} @blur=${on.blur}>
    <table class="ranking">
      <caption class="visually-hidden">${v.caption}</caption>
      <thead>
        <tr>
          ${v.detail ? header(v, on, 'rank', msg('cpi.colRank'), true) : nothing}
          ${header(v, on, 'name', msg('cpi.colCountry'), false)}
          ${header(v, on, 'score', msg('cpi.colScore'), true)}
          ${v.detail
            ? html`<th scope="col" class="number interval">${msg('cpi.colInterval')}</th>
                ${header(v, on, 'error', msg('cpi.colError'), true, true)} ${header(v, on, 'sources', msg('cpi.colSources'), true, true)}`
            : nothing}
        </tr>
      </thead>
      <tbody>
        ${v.rows.length
          ? v.rows.slice(0, v.limit).map(
              (r) => html`<tr id=${rowId(r.code)} class=${rowClass(v, r.code)} @click=${() => on.row(r.code)}>
                ${v.detail ? html`<td class="number">${r.rank === null ? '–' : integer(r.rank)}</td>` : nothing}
                <th scope="row">${v.nameOf(r.code)}</th>
                <td class="number score">${integer(r.score)}</td>
                ${v.detail
                  ? html`<td class="number interval">${r.lower === null || r.upper === null ? '–' : html`<span dir="ltr">${decimal(r.lower)}–${decimal(r.upper)}</span>`}</td>
                      <td class="number extra">${r.se === null ? '–' : decimal(r.se)}</td>
                      <td class="number extra">${r.sources === null ? '–' : integer(r.sources)}</td>`
                  : nothing}
              </tr>`,
            )
          : empty(v, columns)}
      </tbody>
    </table>
    ${more(v, on)}
  </div>`;
}

/** Every edition's score for the rows shown, in the ranking's order ("no score" where an edition has none). */
export function renderEditions(data: TiCpi, v: RankingView, on: TableHandlers): TemplateResult {
  const years = editions(data);
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${msg('cpi.tableLabel', { caption: msg('cpi.byEdition') })}
    @keydown=${on.keydown} @focus=${on.focus} @blur=${on.blur}>
    <table class="editions">
      <caption>${msg('cpi.byEdition')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('cpi.colCountry')}</th>
          ${years.map((y) => html`<th scope="col" class="number">${integer(y)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${v.rows.length
          ? v.rows.slice(0, v.limit).map((r) => {
              return html`<tr id=${rowId(r.code)} class=${rowClass(v, r.code)} @click=${() => on.row(r.code)}>
                <th scope="row">${v.nameOf(r.code)}</th>
                ${years.map((y) => {
                  const score = scoreIn(data, r.code, y);
                  return score === null ? html`<td class="number missing"><span aria-hidden="true">–</span><span class="visually-hidden">${msg('cpi.noScore')}</span></td>` : html`<td class="number">${integer(score)}</td>`;
                })}
              </tr>`;
            })
          : empty(v, years.length + 1)}
      </tbody>
    </table>
    ${more(v, on)}
  </div>`;
}

/** The direction a click on a column's header gives: the other one when it already sorts the table, else its natural one. */
export const nextDirection = (current: SortKey, direction: Direction, key: SortKey): Direction =>
  current === key ? (direction === 'ascending' ? 'descending' : 'ascending') : naturalDirection(key);
