import type { CountrySelectDetail } from '../../core/events.js';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { renderError, renderFooter } from '../../core/chrome.js';
import { prefersReducedMotion } from '../../core/timeline.js';
import { formatIndex } from '../../core/format.js';
import { nearestTo, nextByName, nextInDirection, type Direction } from '../../core/spatial-nav.js';
import { projectedWorldLoaders, type ProjectedWorld } from '../../geo/projected-world.js';
import { layoutMap, type MapLayout } from '../../geo/map-layout.js';
import { MEASURE_LABELS } from '../../assistance/measures.js';
import { periodLabel } from '../../assistance/period.js';
import { rankRecipients, type Recipient } from '../../assistance/ranking.js';
import { INDEX_SHORT, indexIn, regimeIn } from '../../assistance/regimes.js';
import { formatShort } from '../../assistance/amounts.js';
import { rankingSummary, recipientLabel, recipientLines, type Line } from '../../assistance/describe.js';
import { renderRankingTable } from '../../assistance/ranking-table.js';
import { AssistanceElement } from '../../assistance/assistance-element.js';
import { AMOUNT_COLORS, REGIME_PATTERNS, amountLegend, amountThresholds, fillForAmount } from './amount-scale.js';
import { assistanceMapStyles } from './assistance-map.styles.js';
import { NOT_CODED, REGIME_NAMES } from '../../democracy/regimes.js';

const DEFAULT_WIDTH = 960;
const KEY_DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export type AssistanceMapSelectDetail = CountrySelectDetail;

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
export class RightsAssistanceMap extends AssistanceElement {
  static override styles = [baseStyles, chartStyles, assistanceMapStyles];

  /** Democracy index in tooltips and the table: `polyarchy` (EDI, default) or `libdem` (LDI). */
  @property({ reflect: true }) index = 'polyarchy';

  /** `all` (default), `autocracy` or `democracy`: which recipients are coloured, by regime in the last year. */
  @property({ reflect: true }) regime = 'all';

  /** ISO alpha-3 codes to outline. */
  @property({ reflect: true }) highlight = '';

  /** The selected country (ISO alpha-3). */
  @property({ reflect: true }) selected = '';

  // Declared again only for this chart's docs: its timeline also plays.
  /** Timeline (single-year mode): shown unless `"false"`. */
  @property({ reflect: true }) override controls: string | null = null;

  /** `map` (default) or `table`. */
  @property({ reflect: true }) view = 'map';

  @state() private world?: ProjectedWorld;
  @state() private playing = false;

  protected readonly chartView = 'map';
  protected readonly loadFailedMessage = 'The map data could not be loaded. Check the connection and try again.';
  /** Recipients passing the regime filter: these are coloured. */
  private recipients = new Map<string, Recipient>();
  /** Every recipient, for tooltips and class breaks. */
  private allRecipients = new Map<string, Recipient>();
  private thresholds: number[] = [];
  private layout?: MapLayout;

  constructor() {
    super();
    this.timeline.onPlayState((playing) => (this.playing = playing));
    // Reduced motion: slower playback, as on the democracy map.
    if (prefersReducedMotion()) this.timeline.interval = 1500;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.timeline.pause();
  }

  protected override async loadOwnData(): Promise<() => void> {
    const world = await projectedWorldLoaders.equalEarth110m();
    return () => (this.world = world);
  }

  protected resolveSettings(): void {
    this.resolveSharedAttributes();
    const ranked = this.resolveRanking();
    if (!ranked) return;
    const { source, democracy, ranking } = ranked;
    this.recipients = new Map(ranking.rows.map((r) => [r.code, r]));
    // Classes from every recipient (not only the filtered ones), so filtering does not recolour.
    const all = this.filter === 'all' ? ranking : rankRecipients(source, this.period, democracy, this.indexId, 'all');
    this.allRecipients = new Map(all.rows.map((r) => [r.code, r]));
    this.thresholds = amountThresholds(all.rows.map((r) => r.total));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const width = this.stageRef.value?.clientWidth || this.widthController.width || DEFAULT_WIDTH;
    if (this.world && this.layout?.width !== width) this.layout = layoutMap(this.world, width);
    if (changed.has('year') && changed.get('year') !== undefined && this.source) {
      this.announcement = `${periodLabel(this.period, this.source.fiscal)}. ${this.activeDescription()}`.trim();
    }
  }

  protected override updated(): void {
    this.positionTooltip();
    if (this.ranking && this.layout) this.fireReady();
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

  protected defaultHeading(): string {
    const when = this.source ? `, ${periodLabel(this.period, this.source.fiscal)}` : '';
    const who = this.filter === 'autocracy' ? ' to autocracies' : this.filter === 'democracy' ? ' to democracies' : '';
    return `${MEASURE_LABELS[this.measureId]} from the United States${who}${when}`;
  }

  protected override render(): TemplateResult {
    const source = this.source;
    return html`<div class="chart ${this.themeController.theme}">
      ${this.renderHeader()}
      <div class="stage ${this.tableView ? 'table-view' : ''}" ${ref(this.stageRef)}>${this.renderStage()}</div>
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
    if (this.tableView) return renderRankingTable(this.source, this.period, this.ranking.rows, this.indexId, this.words, this.selectedCode);
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

  private onSlider(event: Event): void {
    this.timeline.set(Number((event.target as HTMLInputElement).value));
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

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.layout) return;
    const direction = KEY_DIRECTIONS[event.key];
    let next: string | undefined;
    if (direction) next = nextInDirection(this.layout.anchors().map(toPoint), this.activeCode, direction);
    else if (event.key.length === 1 && /\p{L}/u.test(event.key)) {
      const entries = this.layout.shapes.map((s) => ({ id: s.code, name: this.words.name(s.code) }));
      next = nextByName(entries, this.activeCode, event.key, this.resolvedLang);
    } else if (!this.selectByKey(event.key)) return;
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
