import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { xyStyles } from '../../core/xy-styles.js';
export type { YearChangeDetail, CountriesChangeDetail } from '../../core/events.js';
import { emit, type CountrySelectDetail } from '../../core/events.js';
import { renderFooter, renderNotices } from '../../core/chrome.js';
import { listTokens, parseChoice, parseCodes, parseYear } from '../../core/parse.js';
import { countryNames } from '../../core/country-names.js';
import { DataController } from '../../core/data-controller.js';
import { TooltipController } from '../../core/tooltip-controller.js';
import { YearCursorController } from '../../core/year-cursor.js';
import { parseYearSpan, plotHandlers, readoutAnchor, stageWidth, stagePlaceholder } from '../../core/xy-frame.js';
import { seriesStyles, type SeriesStyle } from '../../core/series-palette.js';
import { renderMetricToolbar } from '../../democracy/metric-toolbar.js';
import {
  METRIC_INFO,
  TREND_METRICS,
  yearSpan,
  averageSeries,
  countrySeries,
  episodesOf,
  hasSeries,
  metricSource,
  parseComparison,
  type Episode,
  type TrendData,
  type TrendMetric,
  type TrendSeries,
} from '../../democracy/trend-data.js';
import { INDEX_LOAD_FAILURE, indexSources, indexWithEdition, loadIndexData, settledIndexData, validateIndexData } from '../../democracy/index-source.js';
import { layoutTrend, type TrendLayout } from './trend-layout.js';
import { focusText, shortName, trendCaveats, trendSummary, trendWording, type TrendWording } from './describe.js';
import { renderTrendChart } from './chart.js';
import { DEFAULT_COUNTRIES, emptyCountriesNote, nextCountries, parseCountries, parseFollow } from './countries.js';
import { renderReadout } from './readout.js';
import { renderTrendTable } from './table.js';
import { trendDataTable } from './data-table.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { renderTrendLegend } from './legend.js';
import { trendStyles } from './democracy-trend.styles.js';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'trend.heading': '{index} over time',
  'trend.summary': 'Summary',
  'trend.caption': '{index}, {span}',
  'trend.captionInterval': '{index}, {span} (68% interval under each value)',
});

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];

export { DEFAULT_COUNTRIES } from './countries.js';
const DEFAULT_FROM = 1970;

/**
 * A democracy index over time for a few countries, with V-Dem's uncertainty,
 * optional world or regional averages and each country's ERT episodes as bars
 * under the year axis.
 *
 * @summary Line chart of democracy indices over time for chosen countries (V-Dem).
 * @tagname rights-democracy-trend
 *
 * @fires rights-year-change - The reader moved the crosshair (arrow keys, click or tap). `detail: { year }`.
 * @fires rights-countries-change - Countries were added or removed by a followed map. `detail: { countries }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { metric, countries }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour; crosshair.
 * @cssprop [--rights-muted] - Axis labels, average lines and footer.
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
 * @csspart tooltip - The crosshair readout.
 * @csspart legend - Key to the interval band and the episode bars.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences and caveats.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsDemocracyTrend extends RightsElement {
  static override styles = [baseStyles, chartStyles, xyStyles, trendStyles];

  /** ISO 3166 alpha-3 codes, separated by spaces or commas, e.g. `"USA HUN IND TUR"` (as a property, also an array). Empty: a default set, with a note. */
  @property({ reflect: true }) countries: string | string[] = '';

  /** `polyarchy` (Electoral Democracy Index with its 68% interval, V-Dem v15, default) or `libdem` (Liberal Democracy Index, V-Dem v14). */
  @property({ reflect: true }) metric: 'polyarchy' | 'libdem' = 'polyarchy';

  /** Averages to draw: `world` and/or V-Dem regions by name (e.g. `eastern-europe`, `latin-america`) or number 1–6 (as a property, also an array). */
  @property({ reflect: true }) compare: string | string[] = '';

  /** First year shown (default 1970). */
  @property({ reflect: true }) from: string | number = '';

  /** Last year shown (default: the metric's latest year). */
  @property({ reflect: true }) to: string | number = '';

  /** Year of the crosshair; empty: none until the reader moves it. */
  @property({ reflect: true }) year: string | number = '';

  /** The country whose line is emphasised and whose episode the live region reads (default: the first). */
  @property({ reflect: true }) active = '';

  /** Ids (space-separated) of elements whose `rights-select` events add or remove countries here, e.g. a `<rights-democracy-map>` or `<rights-democracy-change>`. */
  @property({ reflect: true }) follow: string | string[] = '';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  @state() private announcement = '';

  private loaded?: TrendData;
  private metricId: TrendMetric = 'polyarchy';
  private viewId: View = 'chart';
  private codes: string[] = [];
  private followed: string[] = [];
  private fromYear = DEFAULT_FROM;
  private toYear = 2024;
  private cursorYear = 0;
  private activeCode = '';
  private series: TrendSeries[] = [];
  private episodes = new Map<string, Episode[]>();
  private styles = new Map<string, SeriesStyle>();
  private seriesKey = '';
  private seriesData?: TrendData;
  private layout?: TrendLayout;

  private readonly data = new DataController(this, {
    load: loadIndexData,
    settled: settledIndexData,
    validate: validateIndexData,
    failure: INDEX_LOAD_FAILURE,
    ready: () => (this.layout ? { metric: this.metricId, countries: this.codes } : undefined),
  });

  private readonly cursor = new YearCursorController(this, {
    frame: () => this.layout && { years: this.layout.years, xs: this.layout.xs, width: this.layout.frame.width, right: this.layout.frame.right },
    cursor: () => ({ year: this.cursorYear, from: this.fromYear, to: this.toYear }),
    move: (year) => {
      this.year = year;
      emit(this, 'rights-year-change', { year });
    },
  });

  private readonly tooltip: TooltipController = new TooltipController(this, () => {
    const index = this.layout?.years.indexOf(this.cursor.shownYear) ?? -1;
    if (!this.layout || index < 0) return undefined;
    return readoutAnchor(this.layout.xs[index]!, this.layout.frame.top, this.tooltip.scale(this.layout.frame.width), this.tooltip.tipRef.value);
  });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('rights-select', this.onPageSelect);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('rights-select', this.onPageSelect);
  }

  protected resolveSettings(): void {
    this.metricId = this.report(parseChoice(this.metric, TREND_METRICS, 'polyarchy', 'metric'));
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'chart', 'view'));
    const empty = emptyCountriesNote(this.countries);
    if (empty) this.problems.push(empty);
    const data = (this.loaded = this.data.value);
    this.followed = this.report(parseFollow(this.follow, data && this.getRootNode()));
    if (!data) return;
    const names = countryNames(data.registry, this.resolvedLang);
    const metric = this.metricId;
    const source = metricSource(data, metric);
    const codes = (this.codes = this.report(parseCountries(this.countries, (code) => hasSeries(data, metric, code), (code) => names.name(code))));
    const compare = this.report(parseComparison(this.compare, data.registry.regions));
    const { from, to } = this.report(parseYearSpan(this.from, this.to, source.first, source.last, Math.max(DEFAULT_FROM, source.first)));
    this.fromYear = from;
    this.toYear = to;
    this.cursorYear = this.year === '' ? 0 : this.report(parseYear(this.year, from, to, to));
    const [active] = this.report(parseCodes(this.active, (code) => codes.includes(code)));
    this.activeCode = active ?? codes[0] ?? '';
    // Hover and key presses re-render often; the series only change with these settings.
    const key = [metric, codes.join(), compare.join(), from, to, this.activeCode].join('|');
    if (key !== this.seriesKey || data !== this.seriesData) {
      this.seriesKey = key;
      this.seriesData = data;
      this.series = [
        ...codes.map((code) => countrySeries(data, metric, code, from, to)),
        ...compare.map((region) => averageSeries(data, metric, region, from, to)),
      ];
      this.episodes = new Map(codes.map((code) => [code, episodesOf(data, code, from, to)]));
      // Colours by code, not position: a country keeps its colour whatever else is shown.
      this.styles = seriesStyles(codes, DEFAULT_COUNTRIES);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previousYear = this.cursorYear;
    const previousActive = this.activeCode;
    super.willUpdate(changed);
    if (!this.loaded) return;
    const width = stageWidth(this.tooltip.stageRef.value, this, this.widthController.width);
    const regions = this.loaded.registry.regions;
    const words = this.wording;
    this.layout = layoutTrend(
      this.series,
      this.codes.map((id) => ({ id, episodes: this.episodesOf(id) })),
      this.fromYear,
      this.toYear,
      width,
      { name: words.name, short: (id) => shortName(id, regions) },
    );
    if ((changed.has('year') && this.cursorYear !== previousYear) || (changed.has('active') && this.activeCode !== previousActive)) {
      this.announcement = this.describeFocus();
    }
  }

  private readonly episodesOf = (id: string): Episode[] => this.episodes.get(id) ?? [];

  private get wording(): TrendWording {
    return trendWording(this.loaded, this.metricId, this.resolvedLang);
  }

  /** Resolves to the data shown (the table view's rows, raw index values), for download as CSV; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    return this.inOwnLanguage(() => {
      const data = this.loaded;
      return data && this.layout ? trendDataTable({ title: this.heading || this.defaultHeading(), data, metric: this.metricId, series: this.series, years: this.layout.years, words: this.wording }) : null;
    });
  }

  private defaultHeading(): string {
    return msg('trend.heading', { index: indexWithEdition(this.metricId, this.loaded) });
  }

  /** What the live region says: the year, the active country's value and episode (also said from the focus handler). */
  private describeFocus(): string {
    return this.inOwnLanguage(() => focusText(this.series, this.episodesOf(this.activeCode), this.activeCode, this.cursorYear || this.toYear, this.wording));
  }

  protected override render(): TemplateResult {
    const data = this.loaded;
    const hasInterval = METRIC_INFO[this.metricId].hasInterval;
    return html`<div class="chart ${this.themeController.theme}" dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${this.heading || this.defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      ${renderMetricToolbar(this.metricId, this.viewId === 'table', (metric) => (this.metric = metric), () => this.toggleView())}
      <div class="stage ${this.viewId === 'table' && data ? 'table-view' : ''}" ${ref(this.tooltip.stageRef)}>${this.renderStage()}</div>
      ${renderTrendLegend(indexWithEdition(this.metricId, data), hasInterval, this.viewId === 'chart' ? (this.layout?.unshownRows ?? []).map(this.wording.name) : [])}
      <details class="summary" part="summary">
        <summary>${msg('trend.summary')}</summary>
        <p>${data ? trendSummary(this.series, this.wording, this.episodesOf) : ''}</p>
      </details>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${data ? renderFooter(indexSources(data, this.metricId), trendCaveats(this.metricId)) : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private renderStage(): TemplateResult {
    if (this.data.error || !this.loaded || !this.layout) return stagePlaceholder(this.data);
    const words = this.wording;
    if (this.viewId === 'table') {
      const caption = msg(METRIC_INFO[this.metricId].hasInterval ? 'trend.captionInterval' : 'trend.caption', { index: words.indexLabel, span: yearSpan(this.fromYear, this.toYear) });
      return renderTrendTable(this.series, this.layout.years, caption, words);
    }
    const year = this.cursor.shownYear;
    const hasInterval = METRIC_INFO[this.metricId].hasInterval;
    const visible = year > 0 && this.cursor.active;
    const chart = { layout: this.layout, codes: this.codes, styles: this.styles, active: this.activeCode, year, hasInterval, words };
    return html`${renderTrendChart({ ...chart, label: this.heading || this.defaultHeading() }, this.handlers)}
      <div class="tooltip" part="tooltip" ?hidden=${!visible} aria-hidden="true" ${ref(this.tooltip.tipRef)}>
        ${visible ? renderReadout({ ...chart, series: this.series, episodes: this.episodesOf }) : ''}
      </div>`;
  }

  // — interaction —

  private readonly handlers = plotHandlers(this.cursor, this.tooltip, {
    keydown: (event) => this.onKeyDown(event),
    focus: () => {
      if (!this.cursorYear) this.year = this.toYear;
      else this.announcement = this.describeFocus();
    },
  });

  private onKeyDown(event: KeyboardEvent): void {
    event.stopPropagation();
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const i = this.codes.indexOf(this.activeCode);
      const next = this.codes[(i + (event.key === 'ArrowDown' ? 1 : -1) + this.codes.length) % this.codes.length];
      if (next && next !== this.activeCode) this.active = next;
      if (!this.cursorYear) this.year = this.toYear;
      return;
    }
    this.cursor.handleKey(event);
  }

  /** A followed map selected or deselected a country: add it to or remove it from the lines. */
  private readonly onPageSelect = (event: Event): void => {
    const target = event.target as Element | null;
    if (!target?.id || !this.followed.includes(target.id)) return;
    const detail = (event as CustomEvent<Partial<CountrySelectDetail>>).detail;
    const code = String(detail?.code ?? '').toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) return;
    const next = nextCountries(listTokens(this.countries).tokens.map((c) => c.toUpperCase()), this.codes, code, Boolean(detail.selected));
    if (!next) return;
    this.countries = next.join(' ');
    if (detail.selected) this.active = code;
    emit(this, 'rights-countries-change', { countries: next });
  };

  private toggleView(): void {
    this.view = this.viewId === 'table' ? 'chart' : 'table';
  }
}
