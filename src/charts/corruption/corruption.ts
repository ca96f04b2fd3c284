import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles, toolbarStyles } from '../../core/chart-styles.js';
export type { CpiSelectDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderFooter, renderNotices, safeUrl } from '../../core/chrome.js';
import { menu, renderToolbar } from '../../core/toolbar.js';
import { listSome, parseChoice, parseCodes, parseYear } from '../../core/parse.js';
import { DataController } from '../../core/data-controller.js';
import { stagePlaceholder } from '../../core/xy-frame.js';
import { countryNames, type CountryNames } from '../../core/country-names.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { formatInteger, messages } from '../../core/i18n.js';
import { loadCpi, settledCpi, validateCpiData, type CpiData } from './data.js';
import { DIRECTIONS, editionFor, editions, hasDetail, naturalDirection, rowsFor, searchRows, sortRows, SORT_KEYS, type CpiRow, type Direction, type SortKey } from './ranking.js';
import { cpiNotes, cpiSummary, creditLine, defaultHeading, noDetailNote, rowLine, whatScoresAre, whyTable } from './describe.js';
import { nextDirection, renderEditions, renderRanking, rowId, type RankingView, type TableHandlers } from './table.js';
import { cpiDataTable } from './data-table.js';
import { corruptionStyles } from './corruption.styles.js';

const msg = messages({
  'cpi.loadFailure': 'The Corruption Perceptions Index could not be loaded. Check the connection and try again.',
  'cpi.headingPlain': 'Corruption Perceptions Index',
  'cpi.edition': 'Edition',
  'cpi.find': 'Find a country',
  'cpi.noEdition': 'There is no {year} edition in the data; showing {shown}.',
  'cpi.noScoreFor': 'No score in {year} for {names}.',
  'cpi.matches': { one: '# country shown.', other: '# countries shown.' },
  'cpi.selected': 'Selected: {what}.',
  'cpi.unselected': 'Selection cleared.',
  'cpi.sorted': 'Sorted by {column}, {direction}.',
  'cpi.ascending': 'ascending',
  'cpi.descending': 'descending',
  'cpi.keyRank': 'rank',
  'cpi.keyName': 'country',
  'cpi.keyScore': 'score',
  'cpi.keyError': 'standard error',
  'cpi.keySources': 'sources',
});

/** Rows drawn before "Show all": a screenful and more, so the table scrolls at once. */
const FIRST_ROWS = 40;

const VIEWS = ['ranking', 'table'] as const;
type View = (typeof VIEWS)[number];

const KEY_WORDS: Record<SortKey, () => string> = {
  rank: () => msg('cpi.keyRank'),
  name: () => msg('cpi.keyName'),
  score: () => msg('cpi.keyScore'),
  error: () => msg('cpi.keyError'),
  sources: () => msg('cpi.keySources'),
};

/**
 * Transparency International's Corruption Perceptions Index as a ranking
 * table, one edition at a time (2012–2018 and 2023): rank, score and, for
 * 2023, TI's standard error, 90% confidence interval and number of sources.
 * TI publishes the index under a no-derivatives licence (CC BY-ND 4.0), so the
 * scores are shown as published, in a table (no map, no bars), with TI's
 * credit line; columns sort, a search box finds a country by name.
 *
 * @summary Ranking table of the Corruption Perceptions Index, scores as Transparency International published them.
 * @tagname rights-corruption
 *
 * @fires rights-select - The reader chose a country (click, tap, Enter). `detail: { code, name, selected, year, score, rank }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { year }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Notes and footer.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-surface] - Highlighted rows and button background.
 * @cssprop [--rights-border] - Table rules and control borders.
 * @cssprop [--rights-accent] - Links, the selected row's mark.
 * @cssprop [--rights-focus] - Focus ring and the row the keys are on.
 * @cssprop [--rights-table-height=440px] - Height of the table's scrolling box (400px in a narrow container).
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart about - What the scores are, in the data's own words.
 * @csspart table - The ranking (or, with `view="table"`, every edition's scores).
 * @csspart licence - Why the scores are shown as a table, and the credit line.
 * @csspart summary - The generated text summary.
 * @csspart footer - Sources, licence and notes.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsCorruption extends RightsElement {
  static override styles = [baseStyles, chartStyles, toolbarStyles, corruptionStyles];

  /** The edition shown: 2012–2018 or 2023 (default: the latest). A year without an edition shows the next one, with a notice. */
  @property({ reflect: true }) year: string | number = '';

  /** ISO alpha-3 codes: list only these countries (default: all). Unknown codes get a notice. */
  @property({ reflect: true }) countries: string | string[] = '';

  /** ISO alpha-3 codes whose rows are marked and named in bold. */
  @property({ reflect: true }) highlight: string | string[] = '';

  /** Column the rows are sorted by: `rank` (default; by score where the edition has no ranks), `name`, `score`, `error` or `sources`. */
  @property({ reflect: true }) sort: SortKey = 'rank';

  /** `ascending` or `descending`; default: the column's natural order (rank 1 first, A first, highest first). */
  @property({ reflect: true }) direction: Direction | '' = '';

  /** The selected country (ISO alpha-3); set by clicking a row or pressing Enter on it. */
  @property({ reflect: true }) selected = '';

  /** `ranking` (default: one edition's ranking) or `table` (every edition's score per country). */
  @property({ reflect: true }) view: View = 'ranking';

  @state() private query = '';
  @state() private activeCode = '';
  @state() private announcement = '';
  /** The whole list is drawn (after "Show all", or a key past the first rows). */
  @state() private expanded = false;

  private loaded?: CpiData;
  private names?: CountryNames;
  private viewId: View = 'ranking';
  private yearShown = 0;
  private sortKey: SortKey = 'rank';
  private sortDirection: Direction = 'ascending';
  private highlighted: string[] = [];
  private selectedCode = '';
  private all: CpiRow[] = [];
  private shown: CpiRow[] = [];
  private scrollPending = false;

  private readonly data = new DataController(this, {
    load: () => loadCpi(),
    settled: () => settledCpi(),
    validate: validateCpiData,
    failure: () => msg('cpi.loadFailure'),
    ready: () => (this.loaded && this.yearShown ? { year: this.yearShown } : undefined),
  });

  private nameOf = (code: string): string => this.names?.name(code) ?? code;

  protected resolveSettings(): void {
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'ranking', 'view'));
    this.sortKey = this.report(parseChoice(this.sort, SORT_KEYS, 'rank', 'sort'));
    const direction = this.direction === '' || this.direction === null || this.direction === undefined ? naturalDirection(this.sortKey) : undefined;
    this.sortDirection = direction ?? this.report(parseChoice(this.direction, DIRECTIONS, naturalDirection(this.sortKey), 'direction'));
    const data = (this.loaded = this.data.value);
    if (!data) return;
    const { cpi } = data;
    this.names = countryNames(data.registry, this.resolvedLang);
    const asked = this.report(parseYear(this.year, cpi.first, cpi.last, cpi.last));
    this.yearShown = editionFor(cpi, asked);
    if (this.yearShown !== asked) this.problems.push(msg('cpi.noEdition', { year: asked, shown: this.yearShown }));
    const known = (code: string): boolean => code in cpi.countries;
    const wanted = this.report(parseCodes(this.countries, known));
    this.highlighted = this.report(parseCodes(this.highlight, known));
    const selected = this.report(parseCodes(this.selected, known));
    this.selectedCode = selected[0] ?? '';
    this.all = rowsFor(cpi, this.yearShown);
    const scored = new Set(this.all.map((r) => r.code));
    const unscored = [...new Set([...wanted, ...this.highlighted])].filter((code) => !scored.has(code));
    if (unscored.length) this.problems.push(msg('cpi.noScoreFor', { year: this.yearShown, names: listSome(unscored.map(this.nameOf)) }));
    const picked = wanted.length ? this.all.filter((r) => wanted.includes(r.code)) : this.all;
    const collator = new Intl.Collator(this.resolvedLang);
    const sorted = sortRows(picked, this.sortKey, this.sortDirection, this.nameOf, collator);
    this.shown = searchRows(sorted, this.query, this.nameOf);
    if (this.activeCode && !this.shown.some((r) => r.code === this.activeCode)) this.activeCode = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.scrollPending) {
      this.scrollPending = false;
      this.scrollToActive();
    }
  }

  /** Resolves to the ranking shown, as published, for download as CSV; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    return this.inOwnLanguage(() => {
      const data = this.loaded;
      return data ? cpiDataTable(this.heading || defaultHeading(this.yearShown), data.cpi, this.shown, this.yearShown, this.nameOf) : null;
    });
  }

  protected override render(): TemplateResult {
    const data = this.loaded;
    const cpi = data?.cpi;
    const heading = this.heading || (cpi ? defaultHeading(this.yearShown) : msg('cpi.headingPlain'));
    const years = cpi ? editions(cpi) : [];
    const yearMenu = menu(
      msg('cpi.edition'),
      years.length ? years.map(String) : [''],
      (id) => (id ? formatInteger(Number(id), this.resolvedLang) : '…'),
      cpi ? String(this.yearShown) : '',
      (id) => this.inOwnLanguage(() => (this.year = Number(id))),
    );
    const search = html`<label class="search"
      ><span>${msg('cpi.find')}</span>
      <input type="search" autocomplete="off" enterkeyhint="search" spellcheck="false" .value=${this.query} ?disabled=${!cpi} @input=${this.onSearch}
    /></label>`;
    return html`<div class="chart ${this.themeController.theme}" dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${heading}</h2>
      ${renderNotices(this.problems)}
      <p class="about" part="about">${whatScoresAre()}</p>
      ${renderToolbar([yearMenu], { on: this.viewId === 'table', disabled: !cpi, toggle: () => (this.view = this.viewId === 'table' ? 'ranking' : 'table') })}
      ${search}
      <div class="stage">${this.renderStage()}</div>
      <p class="licence-note" part="licence">
        ${whyTable()}
        ${cpi ? html`<a href=${safeUrl(cpi.meta.url)} target="_blank" rel="noopener noreferrer"><bdi>${creditLine(cpi.meta, this.yearShown)}</bdi></a>` : ''}
      </p>
      <p class="summary" part="summary">${cpi ? cpiSummary(this.all, this.yearShown, this.nameOf) : ''}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${cpi ? renderFooter([cpi.meta], cpiNotes(cpi)) : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private renderStage(): TemplateResult {
    const data = this.loaded;
    if (this.data.error || !data) return stagePlaceholder(this.data);
    const detail = hasDetail(data.cpi, this.yearShown);
    const view: RankingView = {
      rows: this.shown,
      detail,
      caption: this.heading || defaultHeading(this.yearShown),
      sort: this.sortKey,
      direction: this.sortDirection,
      highlighted: this.highlighted,
      active: this.activeCode,
      selected: this.selectedCode,
      query: this.query,
      nameOf: this.nameOf,
      limit: this.expanded ? Infinity : FIRST_ROWS,
    };
    if (this.viewId === 'table') return renderEditions(data.cpi, view, this.handlers);
    // Inside the stage's fixed height: the note comes and goes with the edition without moving the page.
    return html`${detail ? '' : html`<p class="stage-note">${noDetailNote(this.yearShown)}</p>`}${renderRanking(view, this.handlers)}`;
  }

  // — interaction (event handlers: in the chart's language explicitly) —

  private readonly onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    void this.updateComplete.then(() => {
      this.announcement = this.inOwnLanguage(() => msg('cpi.matches', { count: this.shown.length }));
    });
  };

  private readonly handlers: TableHandlers = {
    sort: (key) => {
      const direction = nextDirection(this.sortKey, this.sortDirection, key);
      this.sort = key;
      this.direction = direction === naturalDirection(key) ? '' : direction;
      this.announcement = this.inOwnLanguage(() => msg('cpi.sorted', { column: KEY_WORDS[key](), direction: msg(direction === 'ascending' ? 'cpi.ascending' : 'cpi.descending') }));
    },
    row: (code) => {
      this.activeCode = code;
      this.select(code);
    },
    keydown: (event) => this.onKeyDown(event),
    focus: () => {
      if (!this.activeCode && this.shown[0]) this.activeCode = this.shown[0].code;
      this.announceActive();
    },
    blur: () => {
      this.activeCode = '';
    },
    more: () => {
      this.expanded = true;
    },
  };

  private select(code: string): void {
    const row = this.shown.find((r) => r.code === code);
    if (!row) return;
    const on = this.selectedCode !== code;
    this.selected = on ? code : '';
    const name = this.inOwnLanguage(() => this.nameOf(code));
    emit(this, 'rights-select', { code, name, selected: on, year: this.yearShown, score: row.score, rank: row.rank });
    this.announcement = this.inOwnLanguage(() => (on ? msg('cpi.selected', { what: rowLine(row, name) }) : msg('cpi.unselected')));
  }

  private announceActive(): void {
    const row = this.shown.find((r) => r.code === this.activeCode);
    if (row) this.announcement = this.inOwnLanguage(() => rowLine(row, this.nameOf(row.code)));
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.target !== event.currentTarget) return;
    const rows = this.shown;
    if (!rows.length) return;
    const i = rows.findIndex((r) => r.code === this.activeCode);
    const page = 10;
    let next: number;
    if (event.key === 'ArrowDown') next = Math.min(rows.length - 1, i + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (event.key === 'PageDown') next = Math.min(rows.length - 1, Math.max(0, i) + page);
    else if (event.key === 'PageUp') next = Math.max(0, i - page);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = rows.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (this.activeCode) this.select(this.activeCode);
      return;
    } else return;
    event.preventDefault();
    if (next >= FIRST_ROWS) this.expanded = true;
    const code = rows[next]!.code;
    if (code === this.activeCode) return;
    this.activeCode = code;
    this.scrollPending = true;
    this.announceActive();
  }

  /** Keeps the row the keys are on inside the table's scrolling box, below its sticky header. */
  private scrollToActive(): void {
    const root = this.shadowRoot;
    const wrap = root?.querySelector<HTMLElement>('.table-wrap');
    const row = this.activeCode ? root?.getElementById(rowId(this.activeCode)) : null;
    if (!wrap || !row) return;
    const head = wrap.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const box = wrap.getBoundingClientRect();
    const r = row.getBoundingClientRect();
    if (r.top < box.top + head) wrap.scrollTop -= box.top + head - r.top;
    else if (r.bottom > box.bottom) wrap.scrollTop += r.bottom - box.bottom;
  }
}
