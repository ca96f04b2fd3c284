import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { xyStyles } from '../../core/xy-styles.js';
export type { YearChangeDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderFooter, renderNotices } from '../../core/chrome.js';
import { menu, renderToolbar } from '../../core/toolbar.js';
import { parseChoice, parseYear } from '../../core/parse.js';
import { DataController } from '../../core/data-controller.js';
import { TooltipController } from '../../core/tooltip-controller.js';
import { YearCursorController } from '../../core/year-cursor.js';
import { parseYearSpan, plotHandlers, readoutAnchor, stageWidth, stagePlaceholder } from '../../core/xy-frame.js';
import { loadedValue } from '../../data/load.js';
import { regimeShareLoaders, type RegimeShareData } from '../../data/regime-share.js';
import { EDITIONS, EDITION_INFO, MEASURES, crossingYears, editionData, editionTag, shareRows, type Edition, type Measure, type ShareRow } from './share-data.js';
import { layoutShares, type ShareLayout } from './share-layout.js';
import { cursorText, integer, shareCaveats, shareSummary, type ShareWording } from './describe.js';
import { renderShareChart } from './chart.js';
import { renderShareReadout } from './readout.js';
import { renderShareTable } from './table.js';
import { renderShareLegend } from './legend.js';
import { shareStyles } from './regime-share.styles.js';
import { shareDataTable } from './data-table.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { REGIME_NAMES } from '../../democracy/regimes.js';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'share.loadFailure': 'The regime data could not be loaded. Check the connection and try again.',
  'share.headPeople': "Share of the world's people by regime type",
  'share.headCountries': 'Countries by regime type',
  'share.headTag': '{what} ({tag})',
  'share.measure': 'Measure',
  'share.edition': 'Edition',
  'share.optPeople': 'Share of people',
  'share.optCountries': 'Countries',
  'share.caption': '{what}, {span}, {edition}',
});

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];

/** Throws when the file parsed but is not what the chart reads, so the reader sees the load error. */
function validate(data: RegimeShareData): void {
  for (const key of ['v10', 'v15'] as const) {
    const v = data?.versions?.[key];
    if (!v || typeof v.first !== 'number' || !Array.isArray(v.count) || !Array.isArray(v.population) || !Array.isArray(v.coverage)) {
      throw new Error(`regime share: unexpected shape of ${key}`);
    }
  }
  if (!Array.isArray(data.regimes) || !Array.isArray(data.meta?.caveats)) throw new Error('regime share: unexpected shape');
}

/**
 * Share of the world's people (or countries) living under each Regimes of the
 * World category, year by year: the data behind "autocracies outnumber
 * democracies".
 *
 * @summary Stacked area of regime types over time (V-Dem), by population or countries.
 * @tagname rights-regime-share
 *
 * @fires rights-year-change - The reader moved the year cursor (arrow keys, click or tap). `detail: { year }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { edition, measure }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour; also the cursor and the autocracy/democracy divide.
 * @cssprop [--rights-muted] - Axis labels and footer.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-surface] - Button and control background.
 * @cssprop [--rights-border] - Grid lines, control borders, table rules.
 * @cssprop [--rights-accent] - Links.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The chart's SVG.
 * @csspart tooltip - The year readout next to the cursor.
 * @csspart legend - The legend.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Source, version, licence, coverage and caveats.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsRegimeShare extends RightsElement {
  static override styles = [baseStyles, chartStyles, xyStyles, shareStyles];

  /** `population` (share of the world's people, default) or `countries` (share and number of countries). */
  @property({ reflect: true }) measure: 'population' | 'countries' = 'population';

  /** `v15` (V-Dem v15, 1960–2024, default) or `2020` (V-Dem v10, 1960–2019, as in Democracy Report 2020). */
  @property({ reflect: true }) edition: 'v15' | '2020' = 'v15';

  /** First year shown (default 1960). */
  @property({ reflect: true }) from: string | number = '';

  /** Last year shown (default: the edition's latest year). */
  @property({ reflect: true }) to: string | number = '';

  /** Year of the cursor; set it (or link a `<rights-timeline>`) to point at a year. Empty: no cursor until the reader moves one. */
  @property({ reflect: true }) year: string | number = '';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  @state() private announcement = '';

  private loaded?: RegimeShareData;
  private editionId: Edition = 'v15';
  private measureId: Measure = 'population';
  private viewId: View = 'chart';
  private fromYear = 1960;
  private toYear = 2024;
  private cursorYear = 0;
  private rows: ShareRow[] = [];
  private crossings: number[] = [];
  private layout?: ShareLayout;

  private readonly data = new DataController(this, {
    load: () => regimeShareLoaders.regimeShare(),
    settled: () => loadedValue(regimeShareLoaders.regimeShare),
    validate,
    failure: () => msg('share.loadFailure'),
    ready: () => (this.layout ? { edition: this.editionId, measure: this.measureId } : undefined),
  });

  private readonly cursor = new YearCursorController(this, {
    // The whole width counts: the plot reaches the right edge but for its last tick's room.
    frame: () => this.layout && { years: this.rows.map((r) => r.year), xs: this.layout.xs, width: this.layout.frame.width, right: this.layout.frame.width },
    cursor: () => ({ year: this.cursorYear, from: this.fromYear, to: this.toYear }),
    move: (year) => {
      this.year = year;
      emit(this, 'rights-year-change', { year });
    },
    vertical: true,
  });

  private readonly tooltip: TooltipController = new TooltipController(this, () => {
    const index = this.rows.findIndex((r) => r.year === this.cursor.shownYear);
    if (!this.layout || index < 0) return undefined;
    return readoutAnchor(this.layout.xs[index]!, this.layout.frame.top, this.tooltip.scale(this.layout.frame.width), this.tooltip.tipRef.value);
  });

  protected resolveSettings(): void {
    this.editionId = this.report(parseChoice(this.edition, EDITIONS, 'v15', 'edition'));
    this.measureId = this.report(parseChoice(this.measure, MEASURES, 'population', 'measure'));
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'chart', 'view'));
    const data = (this.loaded = this.data.value);
    if (!data) return;
    const version = editionData(data, this.editionId);
    const { from, to } = this.report(parseYearSpan(this.from, this.to, version.first, version.last));
    this.fromYear = from;
    this.toYear = to;
    const all = shareRows(version, this.measureId, version.first, version.last);
    this.rows = all.filter((r) => r.year >= from && r.year <= to);
    this.crossings = crossingYears(all, from, to);
    this.cursorYear = this.year === '' ? 0 : this.report(parseYear(this.year, from, to, to));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = this.cursorYear;
    super.willUpdate(changed);
    if (!this.loaded) return;
    this.layout = layoutShares(this.rows, this.crossings, stageWidth(this.tooltip.stageRef.value, this, this.widthController.width));
    if (changed.has('year') && this.cursorYear && this.cursorYear !== previous) this.announce(this.cursorYear);
  }

  private get wording(): ShareWording {
    const edition = EDITION_INFO[this.editionId].label;
    // The names in the reader's language (the data file's are the English ones).
    return { lang: this.resolvedLang, regimes: this.loaded ? [...REGIME_NAMES] : [], edition, tag: editionTag(this.editionId, this.loaded) };
  }

  /** Resolves to the data shown (the table view's rows, raw shares and counts), for download as CSV; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    return this.inOwnLanguage(() => {
      const data = this.loaded;
      return data ? shareDataTable({ title: this.heading || this.defaultHeading(), data, edition: this.editionId, measure: this.measureId, rows: this.rows, words: this.wording }) : null;
    });
  }

  /** No years here: the heading must not change when data arrives (no layout shift); the edition is known before. */
  private defaultHeading(tag = true): string {
    const what = msg(this.measureId === 'population' ? 'share.headPeople' : 'share.headCountries');
    return tag ? msg('share.headTag', { what, tag: editionTag(this.editionId, this.loaded) }) : what;
  }

  protected override render(): TemplateResult {
    const data = this.loaded;
    return html`<div class="chart ${this.themeController.theme}" dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${this.heading || this.defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      ${renderToolbar(
        [
          menu(msg('share.measure'), MEASURES, (id) => msg(id === 'population' ? 'share.optPeople' : 'share.optCountries'), this.measureId, (id) => (this.measure = id)),
          menu(msg('share.edition'), EDITIONS, (id) => EDITION_INFO[id].short, this.editionId, (id) => (this.edition = id)),
        ],
        { on: this.viewId === 'table', toggle: () => (this.view = this.viewId === 'table' ? 'chart' : 'table') },
      )}
      <div class="stage ${this.viewId === 'table' && data ? 'table-view' : ''}" ${ref(this.tooltip.stageRef)}>${this.renderStage()}</div>
      ${renderShareLegend(editionTag(this.editionId, data), this.measureId)}
      <p class="summary" part="summary">${data ? shareSummary(this.rows, this.crossings, this.measureId, this.wording) : ''}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${data
        ? renderFooter([data.meta], shareCaveats(data, editionData(data, this.editionId), this.rows, this.measureId, this.wording))
        : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private renderStage(): TemplateResult {
    if (this.data.error || !this.loaded || !this.layout) return stagePlaceholder(this.data);
    const words = this.wording;
    if (this.viewId === 'table') {
      const caption = msg('share.caption', { what: this.defaultHeading(false), span: `${integer(this.fromYear)}–${integer(this.toYear)}`, edition: words.edition });
      return renderShareTable(this.rows, this.measureId, caption, words);
    }
    const shown = this.cursor.shownYear;
    const row = this.rows.find((r) => r.year === shown);
    const cursorRow = this.cursorYear ? this.rows.find((r) => r.year === this.cursorYear) : undefined;
    const visible = Boolean(row) && this.cursor.active;
    return html`${renderShareChart(
        {
          layout: this.layout,
          rows: this.rows,
          shown,
          cursor: this.cursorYear,
          from: this.fromYear,
          to: this.toYear,
          label: this.heading || this.defaultHeading(),
          valueText: cursorRow ? cursorText(cursorRow, this.measureId, words) : integer(this.toYear),
          words,
        },
        this.handlers,
      )}
      <div class="tooltip" part="tooltip" ?hidden=${!visible} aria-hidden="true" ${ref(this.tooltip.tipRef)}>
        ${row && visible ? renderShareReadout(row, this.measureId, words) : ''}
      </div>`;
  }

  // — interaction —

  private readonly handlers = plotHandlers(this.cursor, this.tooltip, {
    keydown: (event) => void this.cursor.handleKey(event),
    focus: () => {
      if (!this.cursorYear) this.year = this.toYear;
      else this.announce(this.cursorYear);
    },
  });

  /** Also called from the focus handler, outside an update: in the chart's language explicitly. */
  private announce(year: number): void {
    const row = this.rows.find((r) => r.year === year);
    if (row) this.announcement = this.inOwnLanguage(() => cursorText(row, this.measureId, this.wording));
  }
}
