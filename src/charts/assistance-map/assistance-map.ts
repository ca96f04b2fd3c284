import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { emit } from '../../core/events.js';
import { renderError, renderFooter, renderNotices } from '../../core/chrome.js';
import { parseChoice, parseCodes, parseSwitch } from '../../core/parse.js';
import { Timeline, prefersReducedMotion } from '../../core/timeline.js';
import { CountryNames } from '../../core/country-names.js';
import { formatIndex } from '../../core/format.js';
import { nearestTo, nextByName, nextInDirection, type Direction } from '../../core/spatial-nav.js';
import { assistanceLoaders } from '../../data/assistance.js';
import { democracyLoaders } from '../../data/democracy.js';
import { countryLoaders, type CountryRegistry } from '../../data/countries.js';
import { worldLoaders, type World } from '../../geo/world.js';
import { layoutMap, type MapLayout } from '../democracy-map/map-layout.js';
import { DATASET_OF, DOLLARS, FLOWS, MEASURES, MEASURE_LABELS, measureSource, type AssistanceData, type Dollars, type Flow, type Measure, type MeasureSource } from '../assistance-ranking/measures.js';
import { parsePeriod, periodLabel, type Period } from '../assistance-ranking/period.js';
import { rankRecipients, type Ranking, type Recipient } from '../assistance-ranking/ranking.js';
import { INDEXES, INDEX_SHORT, NOT_CODED, REGIME_FILTERS, REGIME_NAMES, indexIn, regimeIn, type Democracy, type IndexId, type RegimeFilter } from '../assistance-ranking/regimes.js';
import { formatShort } from '../assistance-ranking/amounts.js';
import { rankingSummary, recipientLabel, recipientLines, type Line, type Words } from '../assistance-ranking/describe.js';
import { renderRankingTable } from '../assistance-ranking/ranking-table.js';
import { AMOUNT_COLORS, REGIME_PATTERNS, amountLegend, amountThresholds, fillForAmount } from './amount-scale.js';
import { assistanceMapStyles } from './assistance-map.styles.js';

const VIEWS = ['map', 'table'] as const;
type View = (typeof VIEWS)[number];
const DEFAULT_WIDTH = 960;
const KEY_DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export interface AssistanceMapSelectDetail {
  code: string;
  name: string;
  selected: boolean;
}

/**
 * A world map of what each country received from the United States — major
 * arms, all aid or military aid — in a year or over a period, with each
 * recipient's regime type shown by a hatch pattern as well as in words.
 *
 * @summary World map of U.S. arms and aid by recipient, with regime type.
 * @tagname rights-assistance-map
 *
 * @fires rights-year-change - The reader changed the year (slider or playback). `detail: { year }`.
 * @fires rights-select - The reader selected or deselected a country (click, Enter). `detail: { code, name, selected }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { measure, from, to }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour; also the regime hatching.
 * @cssprop [--rights-muted] - Secondary text colour.
 * @cssprop [--rights-bg] - Background colour; also the border between countries.
 * @cssprop [--rights-surface] - Button background.
 * @cssprop [--rights-border] - Borders and table rules.
 * @cssprop [--rights-accent] - Links, slider and the selected-country outline.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-ocean] - Map background.
 * @cssprop [--rights-no-data] - Hatching of countries with nothing recorded.
 * @cssprop [--rights-highlight] - Outline of highlighted countries.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart map - The map's SVG.
 * @csspart tooltip - The tooltip.
 * @csspart timeline - Play button and year slider (single-year mode).
 * @csspart legend - Amount classes and regime patterns.
 * @csspart units - The explanation of units and years.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences and citations.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsAssistanceMap extends RightsElement {
  static override styles = [baseStyles, chartStyles, assistanceMapStyles];

  /** `arms` (SIPRI TIV, 1950–2021, default), `aid` (ForeignAssistance.gov, FY1946–2024) or `military-aid` (FY2002–2015). */
  @property({ reflect: true }) measure = 'arms';

  /** A single year; defaults to the measure's latest. Ignored when `from` or `to` is set. */
  @property({ reflect: true }) year: string | number = '';

  /** First year of a period (inclusive). */
  @property({ reflect: true }) from: string | number = '';

  /** Last year of a period (inclusive). */
  @property({ reflect: true }) to: string | number = '';

  /** For `measure="aid"`: `obligations` (default) or `disbursements`. */
  @property({ reflect: true }) flow = 'obligations';

  /** For `measure="aid"`: `constant` (FY2022 dollars, default) or `current`. */
  @property({ reflect: true }) dollars = 'constant';

  /** Democracy index in tooltips and the table: `polyarchy` (EDI, default) or `libdem` (LDI). */
  @property({ reflect: true }) index = 'polyarchy';

  /** `all` (default), `autocracy` or `democracy`: which recipients are coloured, by regime in the last year. */
  @property({ reflect: true }) regime = 'all';

  /** ISO alpha-3 codes to outline. */
  @property({ reflect: true }) highlight = '';

  /** The selected country (ISO alpha-3). */
  @property({ reflect: true }) selected = '';

  /** Timeline (single-year mode): shown unless `"false"`. */
  @property({ reflect: true }) controls: string | null = null;

  /** `map` (default) or `table`. */
  @property({ reflect: true }) view = 'map';

  @state() private data: AssistanceData = {};
  @state() private democracy?: Democracy;
  @state() private world?: World;
  @state() private registry?: CountryRegistry;
  @state() private loadError = '';
  @state() private activeCode = '';
  @state() private pointerCode = '';
  @state() private playing = false;
  @state() private announcement = '';

  private measureId: Measure = 'arms';
  private flowId: Flow = 'obligations';
  private dollarsId: Dollars = 'constant';
  private indexId: IndexId = 'polyarchy';
  private filter: RegimeFilter = 'all';
  private viewId: View = 'map';
  private showTimeline = true;
  private period: Period = { from: 0, to: 0 };
  private highlighted: string[] = [];
  private selectedCode = '';
  private source?: MeasureSource;
  private ranking?: Ranking;
  /** Recipients passing the regime filter: these are coloured. */
  private recipients = new Map<string, Recipient>();
  /** Every recipient, for tooltips and class breaks. */
  private allRecipients = new Map<string, Recipient>();
  private thresholds: number[] = [];
  private layout?: MapLayout;
  private names?: CountryNames;
  private namesLang = '';
  private loading = false;
  private readyFired = false;
  private readonly timeline = new Timeline({ min: 1950, max: 2021, year: 2021 });
  private readonly tooltipRef = createRef<HTMLDivElement>();
  private readonly stageRef = createRef<HTMLDivElement>();

  constructor() {
    super();
    this.timeline.onYear((year) => {
      this.year = year;
      emit(this, 'rights-year-change', { year });
    });
    this.timeline.onPlayState((playing) => (this.playing = playing));
    // Reduced motion: slower playback, as on the democracy map.
    if (prefersReducedMotion()) this.timeline.interval = 1500;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.democracy && !this.loadError) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.timeline.pause();
  }

  private async load(): Promise<void> {
    this.loadError = '';
    this.loading = true;
    const key = DATASET_OF[this.measureId];
    try {
      const [v15, v14, registry, world, dataset] = await Promise.all([
        democracyLoaders.v15(),
        democracyLoaders.v14(),
        countryLoaders.registry(),
        worldLoaders.world110m(),
        assistanceLoaders[key](),
      ]);
      this.democracy = { v15, v14 };
      this.registry = registry;
      this.world = world;
      this.data = { ...this.data, [key]: dataset };
      this.readyFired = false;
    } catch (error) {
      this.loadError = 'The map data could not be loaded. Check the connection and try again.';
      this.logFailure('data load failed', error);
    } finally {
      this.loading = false;
    }
  }

  protected resolveSettings(): void {
    this.measureId = this.report(parseChoice(this.measure, MEASURES, 'arms', 'measure'));
    this.flowId = this.report(parseChoice(this.flow, FLOWS, 'obligations', 'flow'));
    this.dollarsId = this.report(parseChoice(this.dollars, DOLLARS, 'constant', 'dollars'));
    this.indexId = this.report(parseChoice(this.index, INDEXES, 'polyarchy', 'index'));
    this.filter = this.report(parseChoice(this.regime, REGIME_FILTERS, 'all', 'regime'));
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'map', 'view'));
    this.showTimeline = this.report(parseSwitch(this.controls, 'controls'));
    this.source = measureSource(this.measureId, this.data, { flow: this.flowId, dollars: this.dollarsId });
    if (!this.source && this.democracy && !this.loading && !this.loadError) void this.load();
    if (!this.source || !this.democracy || !this.registry) return;

    if (!this.names || this.namesLang !== this.resolvedLang) {
      this.names = new CountryNames(this.registry, this.resolvedLang);
      this.namesLang = this.resolvedLang;
    }
    const parsed = parsePeriod(this.year, this.from, this.to, this.source.first, this.source.last);
    this.problems.push(...parsed.problems);
    this.period = parsed.value;
    this.timeline.setRange(this.source.first, this.source.last);
    this.timeline.year = this.period.to;
    const known = (code: string): boolean => this.names!.has(code);
    this.highlighted = this.report(parseCodes(this.highlight, known));
    this.selectedCode = this.report(parseCodes(this.selected, known))[0] ?? '';
    this.ranking = rankRecipients(this.source, this.period, this.democracy, this.indexId, this.filter);
    this.recipients = new Map(this.ranking.rows.map((r) => [r.code, r]));
    // Classes from every recipient (not only the filtered ones), so filtering does not recolour.
    const all = this.filter === 'all' ? this.ranking : rankRecipients(this.source, this.period, this.democracy, this.indexId, 'all');
    this.allRecipients = new Map(all.rows.map((r) => [r.code, r]));
    this.thresholds = amountThresholds(all.rows.map((r) => r.total));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const width = this.stageRef.value?.clientWidth || this.widthController.width || DEFAULT_WIDTH;
    if (this.world && this.layout?.width !== width) this.layout = layoutMap(this.world.countries, width);
    if (changed.has('year') && changed.get('year') !== undefined && this.source) {
      this.announcement = `${periodLabel(this.period, this.source.fiscal)}. ${this.activeDescription()}`.trim();
    }
  }

  protected override updated(): void {
    this.positionTooltip();
    if (this.ranking && this.layout && !this.readyFired) {
      this.readyFired = true;
      emit(this, 'rights-ready', { measure: this.measureId, ...this.period });
    }
  }

  private periodMode(): boolean {
    return [this.from, this.to].some((v) => v !== null && v !== undefined && String(v).trim() !== '');
  }

  private get words(): Words {
    return { lang: this.resolvedLang, name: (code) => this.names?.name(code) ?? code };
  }

  /** Tooltip lines for any country: a recipient's figures, or "none recorded" with its regime. */
  private linesFor(code: string): Line[] {
    if (!this.source || !this.democracy) return [];
    const r = this.allRecipients.get(code);
    if (r) {
      const lines = recipientLines(this.source, this.period, r, this.indexId, this.words);
      if (!this.recipients.has(code)) lines.push({ label: 'On the map', value: `not coloured (showing ${this.filter} only)` });
      return lines;
    }
    const regime = regimeIn(this.democracy, code, this.period.to);
    const index = indexIn(this.democracy, this.indexId, code, this.period.to);
    return [
      { label: `${this.source.label}, ${periodLabel(this.period, this.source.fiscal)}`, value: 'none recorded' },
      { label: `Regime ${this.period.to}`, value: regime === null ? NOT_CODED : REGIME_NAMES[regime]! },
      { label: `${INDEX_SHORT[this.indexId]} ${this.period.to}`, value: index === null ? 'no data' : formatIndex(index, this.resolvedLang) },
    ];
  }

  private labelFor(code: string): string {
    const r = this.allRecipients.get(code);
    if (r && this.source && this.recipients.has(code)) return recipientLabel(this.source, this.period, r, this.indexId, this.words);
    return `${this.words.name(code)}: ${this.linesFor(code)
      .map((l) => `${l.label} ${l.value}`)
      .join('; ')}`;
  }

  private activeDescription(): string {
    return this.activeCode ? this.labelFor(this.activeCode) : '';
  }

  private defaultHeading(): string {
    const when = this.source ? `, ${periodLabel(this.period, this.source.fiscal)}` : '';
    const who = this.filter === 'autocracy' ? ' to autocracies' : this.filter === 'democracy' ? ' to democracies' : '';
    return `${MEASURE_LABELS[this.measureId]} from the United States${who}${when}`;
  }

  protected override render(): TemplateResult {
    const source = this.source;
    return html`<div class="chart ${this.themeController.theme}">
      <h2 part="heading">${this.heading || this.defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      <div class="toolbar">
        <label
          >Measure
          <select @change=${this.onMeasureSelect}>
            ${MEASURES.map((id) => html`<option value=${id} ?selected=${id === this.measureId}>${MEASURE_LABELS[id]}</option>`)}
          </select></label
        >
        <button type="button" @click=${this.toggleView} aria-pressed=${this.viewId === 'table' ? 'true' : 'false'}>Table</button>
      </div>
      <div class="stage ${this.viewId === 'table' ? 'table-view' : ''}" ${ref(this.stageRef)}>${this.renderStage()}</div>
      ${this.showTimeline && !this.periodMode() ? this.renderTimeline() : nothing}
      ${this.renderLegend()}
      <p class="units" part="units">${source?.unitNote ?? ''}</p>
      <p class="summary" part="summary">${source && this.ranking ? rankingSummary(source, this.period, this.ranking, this.words) : ''}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${renderFooter(
        source && this.democracy && this.world ? [source.meta, this.democracy.v15.meta, ...(this.indexId === 'libdem' ? [this.democracy.v14.meta] : []), this.world.meta] : [],
        source ? source.meta.caveats.slice(0, 1) : [],
      )}
    </div>`;
  }

  private renderStage(): TemplateResult {
    if (this.loadError) return renderError(this.loadError, () => void this.load());
    if (!this.ranking || !this.layout || !this.source) return html`<div class="loading" role="status">Loading map…</div>`;
    if (this.viewId === 'table') return renderRankingTable(this.source, this.period, this.ranking.rows, this.indexId, this.words, this.selectedCode);
    return this.renderMap(this.layout);
  }

  private renderMap(layout: MapLayout): TemplateResult {
    const active = layout.shapes.find((s) => s.code === this.activeCode);
    const selected = layout.shapes.find((s) => s.code === this.selectedCode);
    const outlined = layout.shapes.filter((s) => this.highlighted.includes(s.code));
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
        ${this.renderPatterns('')}
        ${layout.shapes.map((shape) => {
          const r = this.recipients.get(shape.code);
          const muted = !r && this.allRecipients.has(shape.code);
          return svg`<path id="c-${shape.code}" class="country ${muted ? 'muted' : ''}" role="option" data-code=${shape.code}
            aria-selected=${shape.code === this.selectedCode ? 'true' : 'false'}
            aria-label=${this.labelFor(shape.code)} d=${shape.d} fill=${fillForAmount(r?.total, this.thresholds)}></path>`;
        })}
        ${layout.shapes.map((shape) => {
          const r = this.recipients.get(shape.code);
          const pattern = r && r.regime !== null ? REGIME_PATTERNS[r.regime] : undefined;
          return pattern ? svg`<path class="regime-hatch" d=${shape.d} fill=${pattern} aria-hidden="true"></path>` : nothing;
        })}
        ${outlined.map((shape) => svg`<path class="highlight" d=${shape.d} aria-hidden="true"></path>`)}
        ${selected ? svg`<path class="selected" d=${selected.d} aria-hidden="true"></path>` : nothing}
        ${active ? svg`<path class="focus-ring" d=${active.d} aria-hidden="true"></path>` : nothing}
      </svg>
      ${this.renderTooltip()}`;
  }

  /** Pattern definitions; `prefix` keeps the legend's ids apart from the map's. */
  private renderPatterns(prefix: string): TemplateResult {
    return svg`<defs>
      <pattern id="${prefix}none" width="4" height="4" patternUnits="userSpaceOnUse">
        <rect class="none-bg" width="4" height="4"></rect>
        <circle class="none-dot" cx="2" cy="2" r="0.6"></circle>
      </pattern>
      <pattern id="${prefix}closed-autocracy" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line class="hatch" x1="0" y1="0" x2="0" y2="5"></line>
        <line class="hatch" x1="0" y1="0" x2="5" y2="0"></line>
      </pattern>
      <pattern id="${prefix}electoral-autocracy" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <line class="hatch" x1="0" y1="0" x2="0" y2="5"></line>
      </pattern>
    </defs>`;
  }

  private tooltipCode(): string {
    return this.pointerCode || this.activeCode;
  }

  private renderTooltip(): TemplateResult {
    const code = this.tooltipCode();
    return html`<div class="tooltip" part="tooltip" ?hidden=${!code} aria-hidden="true" ${ref(this.tooltipRef)}>
      ${code
        ? html`<strong>${this.words.name(code)}</strong>
            <dl>${this.linesFor(code).map((l) => html`<dt>${l.label}</dt><dd>${l.value}</dd>`)}</dl>`
        : nothing}
    </div>`;
  }

  private positionTooltip(): void {
    const tip = this.tooltipRef.value;
    const stage = this.stageRef.value;
    const shape = this.layout?.anchor(this.tooltipCode());
    if (!tip || !stage || !shape || !this.layout) return;
    const scale = stage.clientWidth / this.layout.width;
    const x = shape.x * scale;
    const y = shape.y * scale;
    const left = x + 12 + tip.offsetWidth > stage.clientWidth ? Math.max(0, x - 12 - tip.offsetWidth) : x + 12;
    const top = Math.max(0, Math.min(y - tip.offsetHeight / 2, stage.clientHeight - tip.offsetHeight));
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private renderTimeline(): TemplateResult {
    const { min, max } = this.timeline;
    const disabled = !this.ranking;
    return html`<div class="timeline" part="timeline">
      <button type="button" @click=${() => this.timeline.toggle()} ?disabled=${disabled} aria-label=${this.playing ? 'Pause' : 'Play through the years'}>
        ${this.playing ? '❚❚' : '▶'}
      </button>
      <input type="range" min=${min} max=${max} step="1" .value=${String(this.period.to || max)} ?disabled=${disabled}
        aria-label="Year" @input=${this.onSlider} />
      <output aria-hidden="true">${this.source ? periodLabel(this.period, this.source.fiscal) : ''}</output>
    </div>`;
  }

  private renderLegend(): TemplateResult {
    const unit = this.source?.unit ?? 'usd';
    const format = (n: number): string => formatShort(unit, n, this.resolvedLang).replace(/ TIV m$/, '');
    const items = this.source ? amountLegend(this.thresholds) : AMOUNT_COLORS.map((fill) => ({ fill, low: 0, high: null }));
    const swatch = (fill: string, extra = nothing as unknown): TemplateResult =>
      html`<svg viewBox="0 0 14 14" aria-hidden="true">${this.renderPatterns('legend-')}<rect width="14" height="14" fill=${fill}></rect>${extra}</svg>`;
    return html`<div class="legend" part="legend">
      <ul aria-label="Legend: ${this.source ? this.source.label : 'amount'}${unit === 'tiv' ? ', TIV millions' : ''}">
        <li class="legend-title" aria-hidden="true">${unit === 'tiv' ? 'TIV m' : 'US$'}</li>
        ${this.source
          ? items.map(
              (item, i) =>
                html`<li>${swatch(item.fill)} ${item.high === null ? `${format(item.low)} +` : i === 0 ? `under ${format(item.high)}` : `${format(item.low)}–${format(item.high)}`}</li>`,
            )
          : nothing}
        <li>${swatch('url(#legend-none)')} None recorded</li>
      </ul>
      <ul aria-label="Legend: regime type (V-Dem)">
        <li>${swatch('#ffffff', svg`<rect width="14" height="14" fill="url(#legend-closed-autocracy)" class="regime-hatch"></rect>`)} ${REGIME_NAMES[0]}</li>
        <li>${swatch('#ffffff', svg`<rect width="14" height="14" fill="url(#legend-electoral-autocracy)" class="regime-hatch"></rect>`)} ${REGIME_NAMES[1]}</li>
        <li>${swatch('#ffffff')} Democracy (no pattern)</li>
      </ul>
    </div>`;
  }

  // — interaction —

  private onMeasureSelect(event: Event): void {
    this.measure = (event.target as HTMLSelectElement).value;
    this.year = '';
    this.from = '';
    this.to = '';
  }

  private toggleView(): void {
    this.view = this.viewId === 'table' ? 'map' : 'table';
  }

  private onSlider(event: Event): void {
    this.timeline.set(Number((event.target as HTMLInputElement).value));
  }

  private codeFromEvent(event: Event): string {
    return (event.target as Element | null)?.getAttribute?.('data-code') ?? '';
  }

  private onPointerMove(event: PointerEvent): void {
    const code = this.codeFromEvent(event);
    if (code !== this.pointerCode) this.pointerCode = code;
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
    emit<AssistanceMapSelectDetail>(this, 'rights-select', { code, name: this.words.name(code), selected });
  }

  private onFocus(): void {
    if (!this.layout) return;
    if (!this.activeCode) {
      const onMap = (c: string): boolean => this.layout!.shapes.some((s) => s.code === c);
      // Start on the selection, a highlighted country, or the largest recipient.
      this.activeCode =
        [this.selectedCode, ...this.highlighted, this.ranking?.rows.find((r) => onMap(r.code))?.code ?? ''].find((c) => c && onMap(c)) ??
        nearestTo(this.layout.anchors().map(toPoint), this.layout.width / 2, this.layout.height / 2) ??
        '';
    }
    this.announcement = this.activeDescription();
  }

  private onBlur(): void {
    this.pointerCode = '';
    this.activeCode = '';
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.layout) return;
    const direction = KEY_DIRECTIONS[event.key];
    let next: string | undefined;
    if (direction) next = nextInDirection(this.layout.anchors().map(toPoint), this.activeCode, direction);
    else if (event.key === 'Enter' || event.key === ' ') {
      if (this.activeCode) this.toggleSelect(this.activeCode);
    } else if (event.key === 'Escape') {
      this.pointerCode = '';
      if (this.selectedCode) this.toggleSelect(this.selectedCode);
    } else if (event.key.length === 1 && /\p{L}/u.test(event.key)) {
      const entries = this.layout.shapes.map((s) => ({ id: s.code, name: this.words.name(s.code) }));
      next = nextByName(entries, this.activeCode, event.key, this.resolvedLang);
    } else return;
    event.preventDefault();
    if (next && next !== this.activeCode) {
      this.activeCode = next;
      this.pointerCode = '';
      this.announcement = this.activeDescription();
    }
  }
}

function toPoint(shape: { code: string; x: number; y: number }): { id: string; x: number; y: number } {
  return { id: shape.code, x: shape.x, y: shape.y };
}
