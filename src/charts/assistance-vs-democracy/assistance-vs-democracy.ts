import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { emit } from '../../core/events.js';
import { renderError, renderFooter, renderNotices } from '../../core/chrome.js';
import { parseChoice, parseCodes, parseSwitch } from '../../core/parse.js';
import { Timeline } from '../../core/timeline.js';
import { CountryNames } from '../../core/country-names.js';
import { formatCount } from '../../core/format.js';
import { assistanceLoaders } from '../../data/assistance.js';
import { democracyLoaders } from '../../data/democracy.js';
import { countryLoaders, type CountryRegistry } from '../../data/countries.js';
import { populationLoaders, type Population } from '../../data/population.js';
import { DATASET_OF, DOLLARS, FLOWS, MEASURES, MEASURE_LABELS, measureSource, type AssistanceData, type Dollars, type Flow, type Measure, type MeasureSource } from '../assistance-ranking/measures.js';
import { parsePeriod, periodLabel, type Period } from '../assistance-ranking/period.js';
import { rankRecipients, type Ranking, type Recipient } from '../assistance-ranking/ranking.js';
import { INDEXES, INDEX_NAMES, REGIME_COLORS, REGIME_FILTERS, REGIME_NAMES, symbolPath, type Democracy, type IndexId, type RegimeFilter } from '../assistance-ranking/regimes.js';
import { cellUnit, formatShare, formatShort } from '../assistance-ranking/amounts.js';
import { rankingSummary, recipientLabel, recipientLines, type Words } from '../assistance-ranking/describe.js';
import { renderRankingTable } from '../assistance-ranking/ranking-table.js';
import { INDEX_SPLIT, layoutScatter, type ScatterLayout } from './scatter-layout.js';
import { scatterStyles } from './assistance-vs-democracy.styles.js';

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];

export interface AssistanceScatterSelectDetail {
  code: string;
  name: string;
  selected: boolean;
}

/**
 * Each recipient of U.S. arms or aid as a dot: democracy index across,
 * assistance up (log scale), dot area by population. The quadrant of large
 * recipients with low democracy scores is shaded and counted in the summary.
 *
 * @summary Scatter of U.S. assistance against recipients' democracy index.
 * @tagname rights-assistance-vs-democracy
 *
 * @fires rights-year-change - The reader changed the year with the slider. `detail: { year }`.
 * @fires rights-select - The reader selected or deselected a recipient (click, Enter). `detail: { code, name, selected }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { measure, from, to }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Axis and secondary text colour.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-surface] - Button background; the shaded quadrant.
 * @cssprop [--rights-border] - Gridlines and table rules.
 * @cssprop [--rights-accent] - Links, slider and the selected dot's outline.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The scatter's SVG.
 * @csspart tooltip - The tooltip.
 * @csspart timeline - Year slider (single-year mode).
 * @csspart legend - Regime symbols and colours, and the dot-size key.
 * @csspart units - The explanation of units and years.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences and citations.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsAssistanceVsDemocracy extends RightsElement {
  static override styles = [baseStyles, chartStyles, scatterStyles];

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

  /** x axis: `polyarchy` (Electoral Democracy Index, V-Dem v15, default) or `libdem` (Liberal Democracy Index, v14, to 2023). */
  @property({ reflect: true }) index = 'polyarchy';

  /** `all` (default), `autocracy` or `democracy`: which recipients to plot, by regime in the last year. */
  @property({ reflect: true }) regime = 'all';

  /** ISO alpha-3 codes whose dots are labelled by name. */
  @property({ reflect: true }) highlight = '';

  /** The selected recipient (ISO alpha-3). */
  @property({ reflect: true }) selected = '';

  /** Year slider (single-year mode): shown unless `"false"`. */
  @property({ reflect: true }) controls: string | null = null;

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view = 'chart';

  @state() private data: AssistanceData = {};
  @state() private democracy?: Democracy;
  @state() private population?: Population;
  @state() private registry?: CountryRegistry;
  @state() private loadError = '';
  @state() private activeCode = '';
  @state() private pointerCode = '';
  @state() private announcement = '';

  private measureId: Measure = 'arms';
  private flowId: Flow = 'obligations';
  private dollarsId: Dollars = 'constant';
  private indexId: IndexId = 'polyarchy';
  private filter: RegimeFilter = 'all';
  private viewId: View = 'chart';
  private showTimeline = true;
  private period: Period = { from: 0, to: 0 };
  private highlighted: string[] = [];
  private selectedCode = '';
  private source?: MeasureSource;
  private ranking?: Ranking;
  /** Recipients with an index value: the plotted dots, in rank order. */
  private plotted: Recipient[] = [];
  private populationYear = 0;
  private layout?: ScatterLayout;
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
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.democracy && !this.loadError) void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = '';
    this.loading = true;
    const key = DATASET_OF[this.measureId];
    try {
      const [v15, v14, registry, population, dataset] = await Promise.all([
        democracyLoaders.v15(),
        democracyLoaders.v14(),
        countryLoaders.registry(),
        populationLoaders.population(),
        assistanceLoaders[key](),
      ]);
      this.democracy = { v15, v14 };
      this.registry = registry;
      this.population = population;
      this.data = { ...this.data, [key]: dataset };
      this.readyFired = false;
    } catch (error) {
      this.loadError = 'The chart data could not be loaded. Check the connection and try again.';
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
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'chart', 'view'));
    this.showTimeline = this.report(parseSwitch(this.controls, 'controls'));
    this.source = measureSource(this.measureId, this.data, { flow: this.flowId, dollars: this.dollarsId });
    if (!this.source && this.democracy && !this.loading && !this.loadError) void this.load();
    if (!this.source || !this.democracy || !this.registry || !this.population) return;

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
    this.plotted = this.ranking.rows.filter((r) => r.index !== null);
    // World Bank population starts in 1960; earlier years use 1960's, as stated under the chart.
    this.populationYear = Math.min(this.population.last, Math.max(this.population.first, this.period.to));
    const width = this.stageRef.value?.clientWidth || this.widthController.width || 640;
    const height = this.stageRef.value?.clientHeight || Math.max(240, Math.round(width * 0.6));
    this.layout = layoutScatter(
      this.plotted.map((r) => ({ code: r.code, index: r.index!, amount: r.total, population: this.populationOf(r.code) })),
      width,
      height,
    );
    if (this.activeCode && !this.plotted.some((r) => r.code === this.activeCode)) this.activeCode = '';
  }

  private populationOf(code: string): number | null {
    const s = this.population?.countries[code];
    return s ? (s.pop[this.populationYear - s.start] ?? null) : null;
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

  private defaultHeading(): string {
    const when = this.source ? `, ${periodLabel(this.period, this.source.fiscal)}` : '';
    return `${MEASURE_LABELS[this.measureId]} from the United States and the recipients’ democracy${when}`;
  }

  /** Recipients in the shaded quadrant and their share of the plotted total. */
  private quadrantFacts(): { count: number; share: number } {
    const split = this.layout?.quadrant.amountSplit ?? 0;
    const inside = this.plotted.filter((r) => r.index! < INDEX_SPLIT && r.total >= split);
    const all = this.plotted.reduce((a, r) => a + r.total, 0);
    return { count: inside.length, share: all ? inside.reduce((a, r) => a + r.total, 0) / all : 0 };
  }

  private summaryText(): string {
    if (!this.source || !this.ranking) return '';
    const base = rankingSummary(this.source, this.period, this.ranking, this.words);
    if (!this.plotted.length) return base;
    const { count, share } = this.quadrantFacts();
    return `${base} ${count} of the ${this.plotted.length} recipients plotted received at least the median amount while scoring below ${INDEX_SPLIT} on the ${INDEX_NAMES[this.indexId]} (shaded); together they got ${formatShare(share, this.resolvedLang)} of the plotted total.`;
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
      <p class="units" part="units">
        ${source
          ? `${source.unitNote} Dot area shows population (World Bank, ${this.populationYear}). The vertical scale is logarithmic: each gridline is ten times the one below.`
          : ''}
      </p>
      <p class="summary" part="summary">${this.summaryText()}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${renderFooter(
        source && this.democracy && this.population
          ? [source.meta, this.indexId === 'libdem' ? this.democracy.v14.meta : this.democracy.v15.meta, this.population.meta]
          : [],
        source ? source.meta.caveats.slice(0, 1) : [],
      )}
    </div>`;
  }

  private renderStage(): TemplateResult {
    if (this.loadError) return renderError(this.loadError, () => void this.load());
    if (!this.ranking || !this.layout || !this.source) return html`<div class="loading" role="status">Loading chart…</div>`;
    if (this.viewId === 'table') {
      return renderRankingTable(this.source, this.period, this.ranking.rows, this.indexId, this.words, this.selectedCode, {
        header: `Population ${this.populationYear}`,
        cell: (r) => {
          const pop = this.populationOf(r.code);
          return pop === null ? 'no data' : formatCount(pop, this.resolvedLang);
        },
      });
    }
    return this.renderScatter(this.source, this.layout);
  }

  private renderScatter(source: MeasureSource, layout: ScatterLayout): TemplateResult {
    if (!layout.dots.length) return html`<p class="empty">No recipient matches these settings.</p>`;
    const rows = new Map(this.plotted.map((r) => [r.code, r]));
    const { margin, quadrant: q } = layout;
    const bottom = layout.height - margin.bottom;
    const dots = layout.dots;
    const labelled = dots.filter((d) => this.highlighted.includes(d.code));
    const active = dots.find((d) => d.code === this.activeCode);
    return html`<svg
        class="scatter"
        part="chart"
        viewBox="0 0 ${layout.width} ${layout.height}"
        role="listbox"
        tabindex="0"
        aria-label="${this.defaultHeading()}. Arrow keys step through recipients from largest to smallest; Enter selects."
        aria-activedescendant=${this.activeCode ? `d-${this.activeCode}` : nothing}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      >
        <g aria-hidden="true">
          <rect class="quadrant" x=${q.x} y=${q.y} width=${q.width} height=${q.height}></rect>
          <text class="quadrant-label" x=${q.x + 6} y=${q.y + 14}>Large recipients, low democracy</text>
          ${layout.yTicks.map(
            (t) => svg`<line class="grid" x1=${margin.left} x2=${layout.width - margin.right} y1=${t.y} y2=${t.y}></line>
              <text class="tick" x=${margin.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${formatShort(source.unit, t.value, this.resolvedLang).replace(/ TIV m$/, '')}</text>`,
          )}
          ${layout.xTicks.map(
            (t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${margin.top} y2=${bottom}></line>
              <text class="tick" x=${t.x} y=${bottom + 14} text-anchor="middle">${t.value}</text>`,
          )}
          <text class="axis-title" x=${(margin.left + layout.width - margin.right) / 2} y=${layout.height - 4} text-anchor="middle">
            ${INDEX_NAMES[this.indexId]} (${this.period.to}) →
          </text>
          <text class="axis-title" transform="translate(10 ${(margin.top + bottom) / 2}) rotate(-90)" text-anchor="middle">${cellUnit(source.unit)} (log)</text>
        </g>
        ${dots.map((d) => {
          const r = rows.get(d.code)!;
          const classes = `dot ${this.highlighted.includes(d.code) ? 'highlighted' : ''} ${d.code === this.selectedCode ? 'selected' : ''}`;
          // The regime's shape (as in the ranking's legend) as well as its colour.
          return svg`<path id="d-${d.code}" class=${classes} role="option" data-code=${d.code}
            aria-selected=${d.code === this.selectedCode ? 'true' : 'false'}
            aria-label=${recipientLabel(source, this.period, r, this.indexId, this.words)}
            transform="translate(${d.cx.toFixed(1)} ${d.cy.toFixed(1)})" d=${symbolPath(r.regime === null ? 2 : r.regime, 2 * d.r)}
            fill=${r.regime === null ? 'none' : REGIME_COLORS[r.regime]!}></path>`;
        })}
        <g aria-hidden="true">
          ${labelled.map((d) => {
            const right = d.cx < layout.width * 0.7;
            return svg`<text class="label" x=${right ? d.cx + d.r + 3 : d.cx - d.r - 3} y=${d.cy} dy="0.32em" text-anchor=${right ? 'start' : 'end'}>${this.words.name(d.code)}</text>`;
          })}
          ${active ? svg`<circle class="focus-ring" cx=${active.cx} cy=${active.cy} r=${active.r + 3}></circle>` : nothing}
        </g>
      </svg>
      ${this.renderTooltip(source, rows)}`;
  }

  private tooltipCode(): string {
    return this.pointerCode || this.activeCode;
  }

  private renderTooltip(source: MeasureSource, rows: Map<string, Recipient>): TemplateResult {
    const r = rows.get(this.tooltipCode());
    const pop = r ? this.populationOf(r.code) : null;
    return html`<div class="tooltip" part="tooltip" ?hidden=${!r} aria-hidden="true" ${ref(this.tooltipRef)}>
      ${r
        ? html`<strong>${this.words.name(r.code)}</strong>
            <dl>
              ${recipientLines(source, this.period, r, this.indexId, this.words).map((l) => html`<dt>${l.label}</dt><dd>${l.value}</dd>`)}
              <dt>Population ${this.populationYear}</dt>
              <dd>${pop === null ? 'no data' : formatCount(pop, this.resolvedLang)}</dd>
            </dl>`
        : nothing}
    </div>`;
  }

  private positionTooltip(): void {
    const tip = this.tooltipRef.value;
    const stage = this.stageRef.value;
    const dot = this.layout?.dots.find((d) => d.code === this.tooltipCode());
    if (!tip || !stage || !dot || !this.layout) return;
    const scale = stage.clientWidth / this.layout.width;
    const x = dot.cx * scale;
    const y = dot.cy * scale;
    const left = x + dot.r + 8 + tip.offsetWidth > stage.clientWidth ? Math.max(0, x - dot.r - 8 - tip.offsetWidth) : x + dot.r + 8;
    const top = Math.max(0, Math.min(y - tip.offsetHeight / 2, stage.clientHeight - tip.offsetHeight));
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private renderTimeline(): TemplateResult {
    const { min, max } = this.timeline;
    return html`<div class="timeline" part="timeline">
      <input type="range" min=${min} max=${max} step="1" .value=${String(this.period.to || max)} ?disabled=${!this.ranking}
        aria-label="Year" @input=${this.onSlider} />
      <output aria-hidden="true">${this.source ? periodLabel(this.period, this.source.fiscal) : ''}</output>
    </div>`;
  }

  private renderLegend(): TemplateResult {
    return html`<ul class="legend" part="legend" aria-label="Legend: regime type (V-Dem Regimes of the World), dot colour">
      ${REGIME_NAMES.map(
        (label, i) => html`<li>
          <svg viewBox="-7 -7 14 14" aria-hidden="true"><path class="key" d=${symbolPath(i, 10)} fill=${REGIME_COLORS[i]!}></path></svg>
          ${label}
        </li>`,
      )}
      <li><svg viewBox="-7 -7 14 14" aria-hidden="true"><path class="key dashed" d=${symbolPath(2, 10)} fill="none"></path></svg> Not coded (dashed)</li>
    </ul>`;
  }

  // — interaction —

  private onMeasureSelect(event: Event): void {
    this.measure = (event.target as HTMLSelectElement).value;
    this.year = '';
    this.from = '';
    this.to = '';
  }

  private toggleView(): void {
    this.view = this.viewId === 'table' ? 'chart' : 'table';
  }

  private onSlider(event: Event): void {
    this.timeline.set(Number((event.target as HTMLInputElement).value));
    if (this.source) this.announcement = periodLabel({ from: this.timeline.year, to: this.timeline.year }, this.source.fiscal);
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
    emit<AssistanceScatterSelectDetail>(this, 'rights-select', { code, name: this.words.name(code), selected });
  }

  private onFocus(): void {
    if (!this.plotted.length) return;
    if (!this.activeCode) {
      const codes = this.plotted.map((r) => r.code);
      this.activeCode = [this.selectedCode, ...this.highlighted].find((c) => codes.includes(c)) ?? codes[0]!;
    }
    this.announceActive();
  }

  private onBlur(): void {
    this.pointerCode = '';
    this.activeCode = '';
  }

  private announceActive(): void {
    const r = this.plotted.find((row) => row.code === this.activeCode);
    this.announcement = r && this.source ? recipientLabel(this.source, this.period, r, this.indexId, this.words) : '';
  }

  /** Dots are stepped in rank order (largest recipient first), not by position. */
  private onKeyDown(event: KeyboardEvent): void {
    const codes = this.plotted.map((r) => r.code);
    if (!codes.length) return;
    const at = codes.indexOf(this.activeCode);
    let next: string | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = codes[Math.min(codes.length - 1, at + 1)];
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = codes[Math.max(0, at - 1)];
    else if (event.key === 'Home') next = codes[0];
    else if (event.key === 'End') next = codes[codes.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      if (this.activeCode) this.toggleSelect(this.activeCode);
    } else if (event.key === 'Escape') {
      this.pointerCode = '';
      if (this.selectedCode) this.toggleSelect(this.selectedCode);
    } else return;
    event.preventDefault();
    if (next && next !== this.activeCode) {
      this.activeCode = next;
      this.pointerCode = '';
      this.announceActive();
    }
  }
}
