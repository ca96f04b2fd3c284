import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { guard } from 'lit/directives/guard.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { worldMapStyles } from '../../geo/map-styles.js';
import { emit, type CountrySelectDetail } from '../../core/events.js';
import { renderError, renderFooter, renderNotices } from '../../core/chrome.js';
import { menu, renderToolbar } from '../../core/toolbar.js';
import { formatInteger, messages } from '../../core/i18n.js';
import { parseChoice, parseCodes, parseSwitch, parseYear } from '../../core/parse.js';
import { countryNames, type CountryNames } from '../../core/country-names.js';
import { displayNames, elementLang } from '../../core/lang.js';
import { TimelineController } from '../../core/timeline-controller.js';
import { TooltipController } from '../../core/tooltip-controller.js';
import type { ProjectedWorld } from '../../geo/projected-world.js';
import { layoutMap, type MapLayout } from '../../geo/map-layout.js';
import { MapFocusController } from '../../geo/map-focus.js';
import { MapZoomController, withZoom, zoomButtons, zoomStyles } from '../../geo/map-zoom.js';
import { Gestures } from '../../geo/gestures.js';
import { METRICS, METRIC_DEFINITIONS, measureLabel, revisionCaveat, type CountryValue, type Metric } from '../../democracy/metrics.js';
import { REGIME_NAMES } from '../../democracy/regimes.js';
import { CountryPaths } from './country-paths.js';
import { fillFor } from './map-scale.js';
import { codedSpans, countryLabel, noDataLines, shortLabel, yearSummary, type Wording } from './describe.js';
import { renderMapLegend, renderMapSvg, renderMapTable, renderMapTooltipBody } from './map-views.js';
import { mapDataController, type MapData } from './map-data.js';
import { mapStyles } from './democracy-map.styles.js';
import { mapDataTable } from './data-table.js';
import type { DataTableResult } from '../../core/export/data-table.js';

export type { YearChangeDetail } from '../../core/events.js';
export type SelectDetail = CountrySelectDetail;

const msg = messages({
  'map.heading': '{title}, {year}',
  'map.loading': 'Loading map…',
  'map.keys': '{heading}. Use arrow keys to move between countries, letters to jump by name, Enter to select.',
  'map.yearNow': '{year}. {details}',
});

const VIEWS = ['map', 'table'] as const;
type View = (typeof VIEWS)[number];

/** How long the first render waits for data before showing the loading placeholder. */
const FIRST_RENDER_WAIT = 200;

/** Layout width before the first measurement; the viewBox scales it to the box. */
const DEFAULT_WIDTH = 960;

/**
 * A world choropleth of V-Dem democracy data by country and year, usable with a
 * mouse, a finger, a keyboard or a screen reader.
 *
 * @summary World map of democracy (V-Dem) by year.
 * @tagname rights-democracy-map
 *
 * @fires rights-year-change - The reader changed the year (slider, keys or playback). `detail: { year }`.
 * @fires rights-select - The reader selected or deselected a country (click, tap, Enter). `detail: { code, name, selected }`.
 * @fires rights-ready - Newly loaded data is drawn: first render, after a retry, or after switching to a metric whose data was not loaded yet. `detail: { year, metric }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Secondary text colour (footer, tooltip labels).
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-country-stroke] - Border between countries (dark enough to outline pale fills).
 * @cssprop [--rights-surface] - Button and control background.
 * @cssprop [--rights-border] - Border colour of controls, legend swatches, table rules.
 * @cssprop [--rights-accent] - Links, slider and the selected-country outline.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-ocean] - Map background.
 * @cssprop [--rights-no-data] - Hatching colour for countries without data.
 * @cssprop [--rights-highlight] - Outline of highlighted countries.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart map - The map's SVG.
 * @csspart tooltip - The tooltip.
 * @csspart timeline - Play button and year slider.
 * @csspart legend - The colour legend.
 * @csspart summary - The generated text summary of the year.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences and citations.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsDemocracyMap extends RightsElement {
  static override styles = [baseStyles, chartStyles, worldMapStyles, zoomStyles, mapStyles];

  /** `polyarchy` (Electoral Democracy Index, V-Dem v15, default), `libdem` (Liberal Democracy Index, V-Dem v14) or `regime` (Regimes of the World, v15). */
  @property({ reflect: true }) metric: 'polyarchy' | 'libdem' | 'regime' = 'polyarchy';

  /** Year to show; defaults to the latest year of the metric. Out-of-range years are clamped. */
  @property({ reflect: true }) year: number | string = '';

  /** ISO 3166 alpha-3 codes to outline: a string separated by spaces or commas (`"HUN IND USA"`) or, as a property, an array. */
  @property({ reflect: true }) highlight: string | string[] = '';

  /** The selected country (ISO alpha-3); set by clicking a country. */
  @property({ reflect: true }) selected = '';

  /** Timeline (play button and year slider): shown unless `"false"` (or `false` as a property). */
  @property({ reflect: true }) controls: boolean | string | null = null;

  /** `map` (default) or `table`. */
  @property({ reflect: true }) view: 'map' | 'table' = 'map';

  @state() private announcement = '';

  private metricId: Metric = 'polyarchy';
  private yearValue = 0;
  private highlighted: string[] = [];
  private selectedCode = '';
  private showTimeline = true;
  private viewId: View = 'map';
  private names?: CountryNames;
  private source?: MapData;
  private layout?: MapLayout;
  private layoutWorld?: ProjectedWorld;
  private values = new Map<string, CountryValue>();
  /** metric|year|edition of the values last read, so hover and focus re-renders skip reading. */
  private valuesKey = '';
  private summary?: { key: string; layout?: MapLayout; text: string };
  private readonly countriesRef = createRef<SVGGElement>();
  private readonly countryPaths = new CountryPaths();

  private readonly data = mapDataController(this, () => this.metricId, () =>
    this.layout && this.source ? { year: this.yearValue, metric: this.metricId } : undefined,
  );

  private readonly timeline = TimelineController.forYear(this, { min: 1900, max: 2024 });

  private readonly tooltip: TooltipController = new TooltipController(this, (pointer) => this.mapFocus.anchor(pointer));

  private readonly mapFocus: MapFocusController = new MapFocusController(this, {
    layout: () => this.layout,
    tooltip: this.tooltip,
    name: (code) => this.wording.name(code),
    lang: () => this.resolvedLang,
    start: () => this.selectedCode || this.highlighted[0],
    toggle: (code) => this.toggleSelect(code),
    clear: () => this.selectedCode && this.toggleSelect(this.selectedCode),
    announce: () => (this.announcement = this.inOwnLanguage(() => this.focusedDescription())),
    onScreen: (point) => this.mapZoom.onScreen(point),
    show: (point) => this.mapZoom.show(point),
  });

  private readonly mapZoom = new MapZoomController(this, () => this.layout, () => this.renderRoot.querySelector('svg.map'), () => Gestures);
  private readonly mapHandlers = withZoom(this.mapFocus.handlers, this.mapZoom);

  /**
   * The first render waits for the data for up to FIRST_RENDER_WAIT ms, so a
   * fast load draws the map at once instead of flashing the placeholder (and
   * paying for a frame of it); a slow one shows the placeholder after that.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      const edition = METRIC_DEFINITIONS[parseChoice(this.metric, METRICS, 'polyarchy', 'metric').value].edition;
      if (this.data.status !== 'ready') {
        const lang = elementLang(this, typeof this.locale === 'string' ? this.locale : '').value;
        const loading = this.data.request(edition);
        displayNames(lang); // while the data downloads
        let timer = 0;
        const waited = new Promise((done) => (timer = window.setTimeout(done, FIRST_RENDER_WAIT)));
        // A load that fails within the wait shows its error in the first render.
        await Promise.race([loading, waited]);
        clearTimeout(timer);
      }
    }
    await super.scheduleUpdate();
  }

  protected resolveSettings(): void {
    this.metricId = this.report(parseChoice(this.metric, METRICS, 'polyarchy', 'metric'));
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'map', 'view'));
    this.showTimeline = this.report(parseSwitch(this.controls, 'controls'));
    const source = (this.source = this.data.value);
    if (!source) return;
    const { dataset } = source;
    this.names = countryNames(source.registry, this.resolvedLang);
    this.yearValue = this.report(parseYear(this.year, dataset.first, dataset.last, dataset.last));
    this.timeline.sync(dataset.first, dataset.last, this.yearValue);
    const known = (code: string): boolean => this.names!.has(code);
    this.highlighted = this.report(parseCodes(this.highlight, known));
    this.selectedCode = this.report(parseCodes(this.selected, known))[0] ?? '';

    const definition = METRIC_DEFINITIONS[this.metricId];
    const key = `${this.metricId}|${this.yearValue}|${dataset.meta.id}`;
    if (key !== this.valuesKey) {
      const datasets = { [definition.edition]: dataset };
      this.values = new Map(Object.keys(dataset.countries).map((code) => [code, definition.read(datasets, code, this.yearValue)]));
      this.valuesKey = key;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const width = this.widthController.width || DEFAULT_WIDTH;
    const world = this.source?.world;
    if (world && (this.layout?.width !== width || this.layoutWorld !== world)) {
      this.layout = layoutMap(world, width);
      this.layoutWorld = world;
    }
    if (changed.has('year') && changed.get('year') !== undefined && this.source) {
      // During playback only the year, so the queue of announcements stays short.
      this.announcement = this.timeline.playing ? formatInteger(this.yearValue, this.resolvedLang) : msg('map.yearNow', { year: this.yearValue, details: this.focusedDescription() }).trim();
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.drawCountries();
  }

  /** Fills the template's empty country group (see CountryPaths), before the frame is painted. */
  private drawCountries(): void {
    const group = this.countriesRef.value;
    if (!group?.isConnected || !this.layout || this.viewId !== 'map') return;
    const { metricId: metric, values, selectedCode: selected, wording: words } = this;
    this.countryPaths.sync(group, this.layout.shapes, {
      lookKey: `${this.valuesKey}|${selected}`,
      look: (code) => ({ fill: fillFor(metric, values.get(code)?.value ?? null), selected: code === selected }),
      labelKey: `${this.valuesKey}|${this.resolvedLang}`,
      // Also written when idle, outside the update: in the chart's language.
      label: (code) => this.inOwnLanguage(() => shortLabel(metric, values.get(code), words, code)),
      active: this.mapFocus.active,
    });
  }

  private get wording(): Wording {
    return { lang: this.resolvedLang, regimes: REGIME_NAMES, name: (code) => this.names?.name(code) ?? code };
  }

  /** "V-Dem v15": from the loaded file, and before it arrives from the metric, so the legend does not change size when data lands. */
  private get edition(): string {
    return this.source?.dataset.meta.edition ?? `V-Dem ${METRIC_DEFINITIONS[this.metricId].edition}`;
  }

  private focusedDescription(): string {
    const code = this.mapFocus.active;
    if (!code) return '';
    const value = this.values.get(code) ?? { code, value: null, index: null, low: null, high: null, regime: null, previous: null, previousRegime: null };
    return countryLabel(this.metricId, this.yearValue, value, this.wording, value.value === null ? this.missing(code) : undefined);
  }

  /** Why a country is hatched this year; read from its series only when asked (hover, focus). */
  private missing(code: string): [string, string] {
    const dataset = this.source?.dataset;
    const series = dataset?.countries[code] as ({ start: number } & Record<string, (number | null)[] | undefined>) | undefined;
    const spans = codedSpans(series?.[METRIC_DEFINITIONS[this.metricId].field], series?.start ?? 0);
    return noDataLines(this.wording.name(code), this.yearValue, spans, dataset?.last ?? this.yearValue);
  }

  /** Resolves to the data shown (the table view's rows, raw numbers), for download as CSV, in the chart's language; null until the data has arrived. */
  async dataTable(): Promise<DataTableResult> {
    const meta = this.source?.dataset.meta;
    return meta
      ? this.inOwnLanguage(() => mapDataTable({ title: this.heading || this.defaultHeading(), values: this.values.values(), metric: this.metricId, year: this.yearValue, meta, words: this.wording }))
      : null;
  }

  private defaultHeading(): string {
    const { title } = METRIC_DEFINITIONS[this.metricId];
    return this.source ? msg('map.heading', { title, year: this.yearValue }) : title;
  }

  protected override render(): TemplateResult {
    const source = this.source;
    return html`<div class="chart ${this.themeController.theme}" dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${this.heading || this.defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      ${renderToolbar(
        [menu(measureLabel(), METRICS, (id) => METRIC_DEFINITIONS[id].label, this.metricId, (id) => (this.metric = id))],
        { on: this.viewId === 'table', toggle: this.toggleView, disabled: !source },
        '',
        this.viewId === 'map' ? zoomButtons(!source, (factor) => this.mapZoom.by(factor, this.layout?.anchor(this.mapFocus.active)), this.mapZoom.reset) : '',
      )}
      <div class="stage ${this.viewId === 'table' ? 'table-view' : ''}" ${ref(this.tooltip.stageRef)}>${this.renderStage()}</div>
      ${this.showTimeline ? this.timeline.render({ year: this.yearValue, disabled: !source }) : nothing}
      ${this.viewId === 'map' ? guard([this.metricId, this.edition, this.resolvedLang, this.uiLang], () => renderMapLegend(this.metricId, this.edition, this.resolvedLang)) : nothing}
      <p class="summary ${this.metricId === 'regime' ? 'regimes' : ''}" part="summary">${this.summaryText()}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${guard([source, this.resolvedLang, this.uiLang], () => renderFooter(source ? [source.dataset.meta] : [], source ? [revisionCaveat()] : []))}
    </div>`;
  }

  private renderStage(): TemplateResult {
    if (this.data.error) return renderError(this.data.error, () => this.data.retry());
    if (!this.source || !this.layout) return html`<div class="loading" role="status">${msg('map.loading')}</div>`;
    if (this.viewId === 'table') return renderMapTable(this.values.values(), this.metricId, this.yearValue, this.edition, this.wording);
    return this.renderMap(this.layout);
  }

  private renderMap(layout: MapLayout): TemplateResult {
    const code = this.mapFocus.tooltipCode;
    return html`${renderMapSvg(layout, {
        label: msg('map.keys', { heading: this.defaultHeading() }),
        active: this.mapFocus.active,
        selected: this.selectedCode,
        highlighted: this.highlighted,
        countriesRef: this.countriesRef,
        viewBox: this.mapZoom.viewBox(layout),
        zoomed: this.mapZoom.zoomed,
        on: this.mapHandlers,
      })}
      <div class="tooltip" part="tooltip" ?hidden=${!code} aria-hidden="true" ${ref(this.tooltip.tipRef)}>
        ${code ? renderMapTooltipBody(code, this.values.get(code), this.metricId, this.yearValue, this.wording, () => this.missing(code)) : nothing}
      </div>`;
  }

  /** The year's summary, worked out again only when the year, metric, language or layout changed (not on hover or focus). */
  private summaryText(): string {
    if (!this.source) return '';
    const key = `${this.valuesKey}|${this.resolvedLang}`;
    if (this.summary?.key !== key || this.summary.layout !== this.layout) {
      const drawn = new Set(this.layout?.shapes.map((shape) => shape.code));
      const values = [...this.values.values()];
      const undrawn = values.filter((v) => v.regime !== null && !drawn.has(v.code)).length;
      this.summary = { key, layout: this.layout, text: yearSummary(this.metricId, this.yearValue, values, this.wording, this.edition, undrawn) };
    }
    return this.summary.text;
  }

  // — interaction —

  private toggleSelect(code: string): void {
    const selected = this.selectedCode !== code;
    this.selected = selected ? code : '';
    emit(this, 'rights-select', { code, name: this.wording.name(code), selected });
  }

  private readonly toggleView = (): void => {
    this.view = this.viewId === 'table' ? 'map' : 'table';
  };
}
