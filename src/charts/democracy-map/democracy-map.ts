import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
export type { YearChangeDetail } from '../../core/events.js';
import { emit, type CountrySelectDetail } from '../../core/events.js';
import { renderError, renderFooter, renderNotices } from '../../core/chrome.js';
import { parseChoice, parseCodes, parseSwitch, parseYear } from '../../core/parse.js';
import { Timeline, prefersReducedMotion } from '../../core/timeline.js';
import { CountryNames } from '../../core/country-names.js';
import { displayNames, elementLang } from '../../core/lang.js';
import { formatIndex } from '../../core/format.js';
import { nearestTo, nextByName, nextInDirection, type Direction } from '../../core/spatial-nav.js';
import { placeTooltip } from '../../core/tooltip-position.js';
import { democracyLoaders } from '../../data/democracy.js';
import { loadedValue } from '../../data/load.js';
import { countryLoaders, type CountryRegistry } from '../../data/countries.js';
import { projectedWorldLoaders, type ProjectedWorld } from '../../geo/projected-world.js';
import { layoutMap, type MapLayout } from '../../geo/map-layout.js';
import { CountryPaths } from './country-paths.js';
import { fillFor, legendItems } from './map-scale.js';
import { countryLabel, shortLabel, tooltipLines, yearSummary, type Wording } from './describe.js';
import { METRICS, METRIC_DEFINITIONS, datasetOf, type CountryValue, type DemocracyData, type Edition, type Metric } from '../../democracy/metrics.js';
import { mapStyles } from './democracy-map.styles.js';
import { REGIME_NAMES } from '../../democracy/regimes.js';

const VIEWS = ['map', 'table'] as const;
type View = (typeof VIEWS)[number];

const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** How long the first render waits for data before showing the loading placeholder. */
const FIRST_RENDER_WAIT = 200;

/** Layout width before the first measurement; the viewBox scales it to the box. */
const DEFAULT_WIDTH = 960;

export type SelectDetail = CountrySelectDetail;

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
  static override styles = [baseStyles, chartStyles, mapStyles];

  /** `polyarchy` (Electoral Democracy Index, V-Dem v15, default), `libdem` (Liberal Democracy Index, V-Dem v14) or `regime` (Regimes of the World, v15). */
  @property({ reflect: true }) metric = 'polyarchy';

  /** Year to show; defaults to the latest year of the metric. Out-of-range years are clamped. */
  @property({ reflect: true }) year: string | number = '';

  /** ISO 3166 alpha-3 codes to outline, separated by spaces or commas, e.g. `"HUN IND USA"`. */
  @property({ reflect: true }) highlight = '';

  /** The selected country (ISO alpha-3); set by clicking a country. */
  @property({ reflect: true }) selected = '';

  /** Timeline (play button and year slider): shown unless `"false"`. */
  @property({ reflect: true }) controls: string | null = null;

  /** `map` (default) or `table`. */
  @property({ reflect: true }) view = 'map';

  @state() private datasets: DemocracyData = {};
  @state() private world?: ProjectedWorld;
  @state() private registry?: CountryRegistry;
  @state() private loadError = '';
  @state() private activeCode = '';
  @state() private pointerCode = '';
  @state() private playing = false;
  @state() private announcement = '';

  private metricId: Metric = 'polyarchy';
  private yearValue = 0;
  private highlighted: string[] = [];
  private selectedCode = '';
  private showTimeline = true;
  private viewId: View = 'map';
  private names?: CountryNames;
  private namesLang = '';
  private layout?: MapLayout;
  private values = new Map<string, CountryValue>();
  private readonly timeline = new Timeline({ min: 1900, max: 2024, year: 2024 });
  private readonly tooltipRef = createRef<HTMLDivElement>();
  private readonly stageRef = createRef<HTMLDivElement>();
  private readonly countriesRef = createRef<SVGGElement>();
  private readonly countryPaths = new CountryPaths();
  private readyFired = false;
  private readonly loading = new Set<Edition>();
  /** metric|year|editions of the values last read, so hover and focus re-renders skip reading. */
  private valuesKey = '';
  /** Pointer position in the map stage, so a hover tooltip sits beside the pointer. */
  private pointerAnchor?: { x: number; y: number };

  constructor() {
    super();
    this.timeline.onYear((year) => {
      this.year = year;
      emit(this, 'rights-year-change', { year });
    });
    this.timeline.onPlayState((playing) => {
      this.playing = playing;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.timeline.pause();
  }

  /** What one edition needs: its dataset, the geometry and the country registry. */
  private loadersOf(edition: Edition) {
    return [democracyLoaders[edition], projectedWorldLoaders.equalEarth110m, countryLoaders.registry] as const;
  }

  /**
   * The first render waits for the data for up to FIRST_RENDER_WAIT ms, so a
   * fast load draws the map at once instead of flashing the placeholder (and
   * paying for a frame of it); a slow one shows the placeholder after that.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      const edition = METRIC_DEFINITIONS[parseChoice(this.metric, METRICS, 'polyarchy', 'metric').value].edition;
      if (!this.adoptLoaded(edition)) {
        let timer = 0;
        const waited = new Promise((done) => (timer = window.setTimeout(done, FIRST_RENDER_WAIT)));
        // A load that fails within the wait shows its error in the first render.
        await Promise.race([this.load(edition, elementLang(this, this.locale).value), waited]);
        clearTimeout(timer);
      }
    }
    super.scheduleUpdate();
  }

  /** Takes an edition's data if it has already loaded, so this render can draw it. */
  private adoptLoaded(edition: Edition): boolean {
    const [datasetLoader, worldLoader, registryLoader] = this.loadersOf(edition);
    const dataset = loadedValue<DemocracyData[Edition]>(datasetLoader);
    const world = loadedValue(worldLoader);
    const registry = loadedValue(registryLoader);
    if (!dataset || !world || !registry) return false;
    this.datasets = { ...this.datasets, [edition]: dataset };
    this.world = world;
    this.registry = registry;
    this.readyFired = false;
    return true;
  }

  /** The metric's dataset, geometry and names, loaded on first need (one edition at a time). */
  private async load(edition: Edition, lang = this.resolvedLang): Promise<void> {
    if (this.loading.has(edition)) return;
    this.loading.add(edition);
    this.loadError = '';
    try {
      const [datasetLoader, worldLoader, registryLoader] = this.loadersOf(edition);
      const loaded = Promise.all([datasetLoader(), worldLoader(), registryLoader()]);
      displayNames(lang); // while the data downloads
      const [dataset, world, registry] = await loaded;
      this.datasets = { ...this.datasets, [edition]: dataset };
      this.world = world;
      this.registry = registry;
      this.readyFired = false;
    } catch (error) {
      this.loadError = 'The map data could not be loaded. Check the connection and try again.';
      this.logFailure('data load failed', error);
    } finally {
      this.loading.delete(edition);
    }
  }

  /** The loaded dataset of the current metric, with geometry and names; undefined while loading. */
  private get metricData() {
    return this.world && this.registry ? datasetOf(this.metricId, this.datasets) : undefined;
  }

  protected resolveSettings(): void {
    this.metricId = this.report(parseChoice(this.metric, METRICS, 'polyarchy', 'metric'));
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'map', 'view'));
    this.showTimeline = this.report(parseSwitch(this.controls, 'controls'));
    const edition = METRIC_DEFINITIONS[this.metricId].edition;
    if (!this.metricData && !this.loadError && !this.adoptLoaded(edition)) void this.load(edition);
    const source = this.metricData;
    if (!source || !this.registry) return;

    if (!this.names || this.namesLang !== this.resolvedLang) {
      this.names = new CountryNames(this.registry, this.resolvedLang);
      this.namesLang = this.resolvedLang;
    }
    this.yearValue = this.report(parseYear(this.year, source.first, source.last, source.last));
    this.timeline.setRange(source.first, source.last);
    this.timeline.year = this.yearValue;
    const known = (code: string): boolean => this.names!.has(code);
    this.highlighted = this.report(parseCodes(this.highlight, known));
    const [selected] = this.report(parseCodes(this.selected, known));
    this.selectedCode = selected ?? '';

    const key = `${this.metricId}|${this.yearValue}|${Object.keys(this.datasets).join()}`;
    if (key !== this.valuesKey) {
      const definition = METRIC_DEFINITIONS[this.metricId];
      this.values = new Map(
        Object.keys(source.countries).map((code) => [code, definition.read(this.datasets, code, this.yearValue)]),
      );
      this.valuesKey = key;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const width = this.widthController.width || DEFAULT_WIDTH;
    if (this.world && this.layout?.width !== width) this.layout = layoutMap(this.world, width);
    if (changed.has('year') && changed.get('year') !== undefined && this.metricData) {
      // During playback only the year, so the queue of announcements stays short.
      this.announcement = this.playing ? String(this.yearValue) : `${this.yearValue}. ${this.focusedDescription()}`.trim();
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
    const words = this.wording;
    const key = `${this.valuesKey}|${this.selectedCode}|${this.resolvedLang}`;
    this.countryPaths.sync(group, this.layout.shapes, key, (code) => {
      const value = this.values.get(code);
      return {
        fill: fillFor(this.metricId, value?.value ?? null),
        label: shortLabel(this.metricId, value, words, code),
        selected: code === this.selectedCode,
      };
    });
  }

  protected override updated(): void {
    this.positionTooltip();
    if (this.metricData && this.layout && !this.readyFired) {
      this.readyFired = true;
      emit(this, 'rights-ready', { year: this.yearValue, metric: this.metricId });
    }
  }

  private get wording(): Wording {
    return {
      lang: this.resolvedLang,
      regimes: REGIME_NAMES,
      name: (code) => this.names?.name(code) ?? code,
    };
  }

  private focusedDescription(): string {
    const value = this.values.get(this.activeCode);
    return value ? countryLabel(this.metricId, this.yearValue, value, this.wording) : '';
  }

  private defaultHeading(): string {
    const { title } = METRIC_DEFINITIONS[this.metricId];
    return this.metricData ? `${title}, ${this.yearValue}` : title;
  }

  protected override render(): TemplateResult {
    const theme = this.themeController.theme;
    const source = this.metricData;
    return html`<div class="chart ${theme}">
      <h2 part="heading">${this.heading || this.defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      <div class="toolbar">
        <label
          >Measure
          <select @change=${this.onMetricSelect} .value=${this.metricId}>
            ${METRICS.map(
              (id) => html`<option value=${id} ?selected=${id === this.metricId}>${METRIC_DEFINITIONS[id].label}</option>`,
            )}
          </select></label
        >
        <button type="button" @click=${this.toggleView} ?disabled=${!this.metricData} aria-pressed=${this.viewId === 'table' ? 'true' : 'false'}>
          Table
        </button>
      </div>
      <div class="stage ${this.viewId === 'table' ? 'table-view' : ''}" ${ref(this.stageRef)}>${this.renderStage()}</div>
      ${this.showTimeline ? this.renderTimeline() : nothing}
      ${this.viewId === 'map' ? this.renderLegend() : nothing}
      <p class="summary" part="summary">${this.summaryText()}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${renderFooter(source ? [source.meta] : [], source ? source.meta.caveats.slice(0, 1) : [])}
    </div>`;
  }

  private renderStage(): TemplateResult {
    if (this.loadError) return renderError(this.loadError, () => void this.load(METRIC_DEFINITIONS[this.metricId].edition));
    if (!this.metricData || !this.layout) return html`<div class="loading" role="status">Loading map…</div>`;
    return this.viewId === 'table' ? this.renderTable() : this.renderMap(this.layout);
  }

  private renderMap(layout: MapLayout): TemplateResult {
    const active = this.activeCode ? layout.shapes.find((s) => s.code === this.activeCode) : undefined;
    const outlined = layout.shapes.filter((s) => this.highlighted.includes(s.code));
    const selected = layout.shapes.find((s) => s.code === this.selectedCode);
    return html`<svg
        class="map"
        part="map"
        viewBox="0 0 ${layout.width} ${layout.height}"
        role="listbox"
        tabindex="0"
        aria-label="${this.defaultHeading()}. Use arrow keys to move between countries, letters to jump by name, Enter to select."
        aria-activedescendant=${this.activeCode ? `c-${this.activeCode}` : nothing}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      >
        <defs>
          <pattern id="no-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="hatch-bg" width="6" height="6"></rect>
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
          </pattern>
        </defs>
        <g class="countries" role="none" ${ref(this.countriesRef)}></g>
        ${outlined.map((shape) => svg`<path class="highlight" d=${shape.d} aria-hidden="true"></path>`)}
        ${selected ? svg`<path class="selected" d=${selected.d} aria-hidden="true"></path>` : nothing}
        ${active ? svg`<path class="focus-ring" d=${active.d} aria-hidden="true"></path>` : nothing}
      </svg>
      ${this.renderTooltip()}`;
  }

  private tooltipCode(): string {
    return this.pointerCode || this.activeCode;
  }

  private renderTooltip(): TemplateResult {
    const code = this.tooltipCode();
    const value = code ? this.values.get(code) : undefined;
    const name = code ? this.wording.name(code) : '';
    return html`<div class="tooltip" part="tooltip" ?hidden=${!code} aria-hidden="true" ${ref(this.tooltipRef)}>
      ${code
        ? html`<strong>${name}</strong>
            ${value
              ? html`<dl>
                  ${tooltipLines(this.metricId, this.yearValue, value, this.wording).map(
                    (line) => html`<dt>${line.label}</dt><dd>${line.value}</dd>`,
                  )}
                </dl>`
              : html`<span>No V-Dem data</span>`}`
        : nothing}
    </div>`;
  }

  /**
   * Places the tooltip beside the pointer, or beside the focused country's
   * centre for keyboard and tap, via CSSOM (CSP-safe: no style attribute).
   * It may extend over the chart's other parts but not outside the chart.
   */
  private positionTooltip(): void {
    const tip = this.tooltipRef.value;
    const stage = this.stageRef.value;
    const code = this.tooltipCode();
    if (!tip || !stage || !code || !this.layout) return;
    const shape = this.layout.anchor(code);
    if (!shape) return;
    const scale = stage.clientWidth / this.layout.width;
    const anchor = this.pointerCode && this.pointerAnchor ? this.pointerAnchor : { x: shape.x * scale, y: shape.y * scale };
    const chart = stage.parentElement!;
    const { left, top } = placeTooltip(
      anchor,
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { left: 0, right: stage.clientWidth, top: -stage.offsetTop, bottom: chart.clientHeight - stage.offsetTop },
    );
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private renderTable(): TemplateResult {
    const definition = METRIC_DEFINITIONS[this.metricId];
    const words = this.wording;
    const rows = [...this.values.values()]
      .filter((v) => v.index !== null || v.regime !== null)
      .sort((a, b) => (b.index ?? -1) - (a.index ?? -1) || words.name(a.code).localeCompare(words.name(b.code)));
    const hasInterval = rows.some((v) => v.low !== null);
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table: ${definition.label}, ${this.yearValue}">
      <table>
        <caption>
          ${definition.label}, ${this.yearValue} (${rows.length} countries)
        </caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col" class="number">${definition.indexLabel}</th>
            ${hasInterval ? html`<th scope="col" class="number">68% interval</th>` : nothing}
            <th scope="col">Regime</th>
            <th scope="col" class="number">Change over 10 years</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((v) => {
            const lines = tooltipLines(this.metricId, this.yearValue, v, words);
            const line = (prefix: string): string => lines.find((l) => l.label.startsWith(prefix))?.value ?? '';
            return html`<tr>
              <th scope="row">${words.name(v.code)}</th>
              <td class="number">${v.index === null ? 'no data' : formatIndex(v.index, words.lang)}</td>
              ${hasInterval ? html`<td class="number">${line('68%')}</td>` : nothing}
              <td>${v.regime === null ? 'not coded' : words.regimes[v.regime]}</td>
              <td class="number">${line('Change')}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderTimeline(): TemplateResult {
    const { min, max } = this.timeline;
    const disabled = !this.metricData;
    return html`<div class="timeline" part="timeline">
      <button type="button" @click=${this.togglePlay} ?disabled=${disabled} aria-label=${this.playing ? 'Pause' : 'Play through the years'}>
        ${this.playing ? '❚❚' : '▶'}
      </button>
      <input
        type="range"
        min=${min}
        max=${max}
        step="1"
        .value=${String(this.yearValue || max)}
        ?disabled=${disabled}
        aria-label="Year"
        @input=${this.onSlider}
      />
      <output aria-hidden="true">${this.yearValue || ''}</output>
    </div>`;
  }

  private renderLegend(): TemplateResult {
    const definition = METRIC_DEFINITIONS[this.metricId];
    const items = legendItems(this.metricId, REGIME_NAMES, (n) => formatIndex(n, this.resolvedLang).replace(/0+$/, '').replace(/[.,]$/, ''));
    return html`<ul class="legend" part="legend" aria-label="Legend: ${definition.label}">
      <li class="legend-title" aria-hidden="true">${definition.short}</li>
      ${items.map(
            (item) => html`<li>
              <svg viewBox="0 0 14 14" aria-hidden="true">
                <defs>
                  <pattern id="legend-no-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect class="hatch-bg" width="6" height="6"></rect>
                    <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
                  </pattern>
                </defs>
                <rect width="14" height="14" fill=${item.fill === 'url(#no-data)' ? 'url(#legend-no-data)' : item.fill}></rect>
              </svg>
              ${item.label}
            </li>`,
          )}
    </ul>`;
  }

  private summaryText(): string {
    const source = this.metricData;
    if (!source) return '';
    const drawn = new Set(this.layout?.shapes.map((shape) => shape.code));
    const undrawn = [...this.values.values()].filter((v) => v.regime !== null && !drawn.has(v.code)).length;
    return yearSummary(this.metricId, this.yearValue, [...this.values.values()], this.wording, `V-Dem ${source.meta.id.replace('vdem-', '')}`, undrawn);
  }

  // — interaction —

  private codeFromEvent(event: Event): string {
    const target = event.target as Element | null;
    return target?.getAttribute?.('data-code') ?? '';
  }

  private onPointerMove(event: PointerEvent): void {
    const code = this.codeFromEvent(event);
    const stage = this.stageRef.value!.getBoundingClientRect();
    this.pointerAnchor = { x: event.clientX - stage.left, y: event.clientY - stage.top };
    if (code !== this.pointerCode) this.pointerCode = code;
    else this.positionTooltip();
  }

  private onPointerLeave(): void {
    this.pointerCode = '';
  }

  private onClick(event: MouseEvent): void {
    const code = this.codeFromEvent(event);
    if (!code) return;
    this.activeCode = code;
    this.toggleSelect(code);
  }

  private toggleSelect(code: string): void {
    const selected = this.selectedCode !== code;
    this.selected = selected ? code : '';
    emit(this, 'rights-select', { code, name: this.wording.name(code), selected });
  }

  private onFocus(): void {
    if (!this.layout) return;
    if (!this.activeCode) {
      const start = this.selectedCode || this.highlighted.find((c) => this.layout!.shapes.some((s) => s.code === c));
      this.activeCode = start ?? nearestTo(this.layout.anchors().map(toPoint), this.layout.width / 2, this.layout.height / 2) ?? '';
    }
    this.announceFocus();
  }

  private onBlur(): void {
    this.pointerCode = '';
    this.activeCode = '';
  }

  private announceFocus(): void {
    this.announcement = this.focusedDescription();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.layout) return;
    const direction = KEY_DIRECTIONS[event.key];
    let next: string | undefined;
    if (direction) {
      next = nextInDirection(this.layout.anchors().map(toPoint), this.activeCode, direction);
      if (!next && !this.activeCode) next = this.layout.shapes[0]?.code;
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (this.activeCode) this.toggleSelect(this.activeCode);
    } else if (event.key === 'Escape') {
      this.pointerCode = '';
      if (this.selectedCode) this.toggleSelect(this.selectedCode);
    } else if (event.key === 'Home' || event.key === 'End') {
      const entries = this.sortedEntries();
      next = event.key === 'Home' ? entries[0]?.id : entries[entries.length - 1]?.id;
    } else if (event.key.length === 1 && /\p{L}/u.test(event.key)) {
      next = nextByName(this.sortedEntries(), this.activeCode, event.key, this.resolvedLang);
    } else {
      return;
    }
    event.preventDefault();
    if (next && next !== this.activeCode) {
      this.activeCode = next;
      this.pointerCode = '';
      this.announceFocus();
    }
  }

  private sortedEntries(): { id: string; name: string }[] {
    const entries = (this.layout?.shapes ?? []).map((s) => ({ id: s.code, name: this.wording.name(s.code) }));
    return entries.sort((a, b) => a.name.localeCompare(b.name, this.resolvedLang));
  }

  private onSlider(event: Event): void {
    this.timeline.pause();
    this.timeline.set(Number((event.target as HTMLInputElement).value));
  }

  private togglePlay(): void {
    this.timeline.interval = prefersReducedMotion() ? 1500 : 600;
    this.timeline.toggle();
  }

  private onMetricSelect(event: Event): void {
    this.metric = (event.target as HTMLSelectElement).value;
  }

  private toggleView(): void {
    this.view = this.viewId === 'table' ? 'map' : 'table';
  }
}

function toPoint(shape: { code: string; x: number; y: number }): { id: string; x: number; y: number } {
  return { id: shape.code, x: shape.x, y: shape.y };
}
