import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
export type { YearChangeDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderError, renderFooter, renderNotices } from '../../core/chrome.js';
import { parseChoice, parseYear, type Parsed } from '../../core/parse.js';
import { clamp } from '../../core/timeline.js';
import { nearestIndex } from '../../core/axes.js';
import { regimeShareLoaders, type RegimeShareData } from '../../data/regime-share.js';
import { EDITIONS, EDITION_INFO, MEASURES, crossingYears, editionData, shareRows, type Edition, type Measure, type ShareRow } from './share-data.js';
import { layoutShares, type ShareLayout } from './share-layout.js';
import { cursorLines, cursorText, formatPercent, shareSummary, type ShareWording } from './describe.js';
import { shareStyles } from './regime-share.styles.js';
import { REGIME_COLORS, REGIME_NAMES } from '../../democracy/regimes.js';
import { xyStyles } from '../../core/xy-styles.js';

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];

/** Categories drawn in white text (the dark ends of the PRGn palette). */
const DARK_FILLS = new Set([0, 3]);

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
  @property({ reflect: true }) measure = 'population';

  /** `v15` (V-Dem v15, 1960–2024, default) or `2020` (V-Dem v10, 1960–2019, as in Democracy Report 2020). */
  @property({ reflect: true }) edition = 'v15';

  /** First year shown (default 1960). */
  @property({ reflect: true }) from: string | number = '';

  /** Last year shown (default: the edition's latest year). */
  @property({ reflect: true }) to: string | number = '';

  /** Year of the cursor; set it (or link a `<rights-timeline>`) to point at a year. Empty: no cursor until the reader moves one. */
  @property({ reflect: true }) year: string | number = '';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view = 'chart';

  @state() private data?: RegimeShareData;
  @state() private loadError = '';
  @state() private hoverYear = 0;
  @state() private focused = false;
  @state() private announcement = '';

  private editionId: Edition = 'v15';
  private measureId: Measure = 'population';
  private viewId: View = 'chart';
  private fromYear = 1960;
  private toYear = 2024;
  private cursorYear = 0;
  private rows: ShareRow[] = [];
  private crossings: number[] = [];
  private layout?: ShareLayout;
  private readonly tooltipRef = createRef<HTMLDivElement>();
  private readonly stageRef = createRef<HTMLDivElement>();
  private readyFired = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.data && !this.loadError) void this.load();
  }

  private async load(): Promise<void> {
    this.loadError = '';
    try {
      this.data = await regimeShareLoaders.regimeShare();
      this.readyFired = false;
    } catch (error) {
      this.loadError = 'The regime data could not be loaded. Check the connection and try again.';
      this.logFailure('data load failed', error);
    }
  }

  protected resolveSettings(): void {
    this.editionId = this.report(parseChoice(this.edition, EDITIONS, 'v15', 'edition'));
    this.measureId = this.report(parseChoice(this.measure, MEASURES, 'population', 'measure'));
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'chart', 'view'));
    if (!this.data) return;
    const version = editionData(this.data, this.editionId);
    let from = this.report(parseYear(this.from, version.first, version.last, version.first));
    let to = this.report(parseYear(this.to, version.first, version.last, version.last));
    if (from >= to) {
      this.problems.push(`"from" (${from}) must be before "to" (${to}); showing ${version.first}–${version.last}.`);
      from = version.first;
      to = version.last;
    }
    this.fromYear = from;
    this.toYear = to;
    const all = shareRows(version, this.measureId, version.first, version.last);
    this.rows = all.filter((r) => r.year >= from && r.year <= to);
    this.crossings = crossingYears(all, from, to);
    const year: Parsed<number> = this.year === '' ? { value: 0 } : parseYear(this.year, from, to, to);
    this.cursorYear = this.report(year);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = this.cursorYear;
    super.willUpdate(changed);
    if (this.data) {
      const width = this.stageRef.value?.clientWidth || Math.max(296, this.widthController.width - 24) || 640;
      this.layout = layoutShares(this.rows, this.crossings, width);
      if (changed.has('year') && this.cursorYear && this.cursorYear !== previous) this.announce(this.cursorYear);
    }
  }

  protected override updated(): void {
    this.positionTooltip();
    if (this.data && !this.readyFired) {
      this.readyFired = true;
      emit(this, 'rights-ready', { edition: this.editionId, measure: this.measureId });
    }
  }

  private get wording(): ShareWording {
    return { lang: this.resolvedLang, regimes: this.data?.regimes ?? [], edition: EDITION_INFO[this.editionId].label };
  }

  private defaultHeading(): string {
    const what = this.measureId === 'population' ? "Share of the world's people by regime type" : 'Countries by regime type';
    // No years here: the heading must not change when data arrives (no layout shift).
    return what;
  }

  /** The year the readout shows: the pointer's, else the cursor's. */
  private shownYear(): number {
    return this.hoverYear || this.cursorYear;
  }

  protected override render(): TemplateResult {
    return html`<div class="chart ${this.themeController.theme}">
      <h2 part="heading">${this.heading || this.defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      <div class="toolbar">
        <label
          >Measure
          <select @change=${this.onMeasureSelect}>
            <option value="population" ?selected=${this.measureId === 'population'}>Share of people</option>
            <option value="countries" ?selected=${this.measureId === 'countries'}>Countries</option>
          </select></label
        >
        <label
          >Edition
          <select @change=${this.onEditionSelect}>
            ${EDITIONS.map((id) => html`<option value=${id} ?selected=${id === this.editionId}>${EDITION_INFO[id].short}</option>`)}
          </select></label
        >
        <button type="button" @click=${this.toggleView} aria-pressed=${this.viewId === 'table' ? 'true' : 'false'}>Table</button>
      </div>
      <div class="stage ${this.viewId === 'table' && this.data ? 'table-view' : ''}" ${ref(this.stageRef)}>${this.renderStage()}</div>
      ${this.renderLegend()}
      <p class="summary" part="summary">${this.data ? shareSummary(this.rows, this.crossings, this.measureId, this.wording) : ''}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.data ? renderFooter([this.data.meta], this.caveats()) : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private caveats(): string[] {
    const data = this.data!;
    const coverage = this.rows.map((r) => r.coverage);
    const low = formatPercent(Math.min(...coverage), this.resolvedLang);
    const high = formatPercent(Math.max(...coverage), this.resolvedLang);
    const lines = [
      `Edition: ${EDITION_INFO[this.editionId].label}, ${this.fromYear}–${this.toYear}. Editions differ because V-Dem re-codes every past year with each release, so compare figures only within one edition.`,
      `Population coverage: the shares count ${low === high ? low : `${low}–${high}`} of the world's people (units V-Dem codes that have a World Bank population; ${Object.keys(editionData(data, this.editionId).withoutPopulation).length} coded units have none).`,
    ];
    const dr2020 = data.meta.caveats.find((c) => c.includes('"First time since 2001"'));
    // Both editions: the headline claim is about the number of countries.
    if (dr2020) lines.push(dr2020);
    return lines;
  }

  private renderStage(): TemplateResult {
    if (this.loadError) return renderError(this.loadError, () => void this.load());
    if (!this.data || !this.layout) return html`<div class="loading" role="status">Loading chart…</div>`;
    return this.viewId === 'table' ? this.renderTable() : this.renderChart(this.layout);
  }

  private renderChart(layout: ShareLayout): TemplateResult {
    const f = layout.frame;
    const shown = this.shownYear();
    const index = this.rows.findIndex((r) => r.year === shown);
    const row = this.rows[index];
    const words = this.wording;
    const cursorX = index >= 0 ? layout.xs[index]! : 0;
    return html`<svg
        class="plot"
        part="chart"
        viewBox="0 0 ${f.width} ${f.height}"
        role="slider"
        tabindex="0"
        aria-label="${this.heading || this.defaultHeading()}. Use left and right arrow keys to move the year cursor."
        aria-valuemin=${this.fromYear}
        aria-valuemax=${this.toYear}
        aria-valuenow=${this.cursorYear || this.toYear}
        aria-valuetext=${row && this.cursorYear ? cursorText(row, this.measureId, words) : `${this.toYear}`}
        @pointermove=${this.onPointerMove}
        @pointerdown=${this.onPointerDown}
        @pointerleave=${this.onPointerLeave}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      >
        ${layout.bands.map((d, k) => svg`<path class="band" d=${d} fill=${REGIME_COLORS[k]!}></path>`)}
        <g class="axis" aria-hidden="true">
          ${layout.valueTicks.map(
            (t) => svg`<line x1=${f.left - 4} x2=${f.left} y1=${t.y} y2=${t.y}></line>
              <text x=${f.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${formatPercent(t.value, words.lang).replace(/[.,]0(?=\D*$)/, '')}</text>`,
          )}
          ${layout.yearTicks.map(
            (t) => svg`<line x1=${t.x} x2=${t.x} y1=${f.bottom} y2=${f.bottom + 4}></line>
              <text x=${t.x} y=${f.bottom + 16} text-anchor=${t.x > f.right - 20 ? 'end' : t.x < f.left + 20 ? 'start' : 'middle'}>${t.year}</text>`,
          )}
        </g>
        <line class="half" x1=${f.left} x2=${f.right} y1=${layout.half} y2=${layout.half} aria-hidden="true"></line>
        <path class="divide" d=${layout.divide} aria-hidden="true"></path>
        ${layout.labels.map(
          (l) => svg`<text class="band-label ${DARK_FILLS.has(l.category) ? 'on-dark' : 'on-light'}" x=${l.x} y=${l.y} dy="0.32em" text-anchor="end" aria-hidden="true">${words.regimes[l.category]}</text>`,
        )}
        ${layout.crossings.map(
          (c) => svg`<g class="crossing" aria-hidden="true">
            <line x1=${c.x} x2=${c.x} y1=${f.top - 4} y2=${layout.half}></line>
            <text x=${c.x} y=${f.top - 8} text-anchor=${c.x > f.right - 20 ? 'end' : 'middle'}>${c.year}</text>
          </g>`,
        )}
        ${row
          ? svg`<line class="cursor" x1=${cursorX} x2=${cursorX} y1=${f.top} y2=${f.bottom} aria-hidden="true"></line>
              <circle class="dot" cx=${cursorX} cy=${layout.y(row.autocracyShare)} r="4" aria-hidden="true"></circle>`
          : nothing}
      </svg>
      <div class="tooltip" part="tooltip" ?hidden=${!row || (!this.hoverYear && !this.focused)} aria-hidden="true" ${ref(this.tooltipRef)}>
        ${row
          ? html`<strong>${row.year}</strong>
              <dl>${cursorLines(row, this.measureId, words).map((l) => html`<dt>${l.label}</dt><dd>${l.value}</dd>`)}</dl>`
          : nothing}
      </div>`;
  }

  /** Static, so it takes the same room before and after data arrives. */
  private renderLegend(): TemplateResult {
    const swatch = (inner: TemplateResult): TemplateResult => html`<svg viewBox="0 0 14 14" aria-hidden="true">${inner}</svg>`;
    return html`<ul class="legend" part="legend" aria-label="Legend">
      ${[3, 2, 1, 0].map(
        (k) => html`<li>${swatch(svg`<rect width="14" height="14" fill=${REGIME_COLORS[k]!}></rect>`)}${REGIME_NAMES[k]}</li>`,
      )}
      <li>${swatch(svg`<line class="divide" x1="0" x2="14" y1="7" y2="7"></line>`)}Autocracies below the line</li>
      <li>${swatch(svg`<line class="half" x1="0" x2="14" y1="7" y2="7"></line>`)}Half</li>
      <li>${swatch(svg`<g class="crossing"><line x1="7" x2="7" y1="0" y2="14"></line></g>`)}Year autocracies passed half</li>
    </ul>`;
  }

  private renderTable(): TemplateResult {
    const words = this.wording;
    const countries = this.measureId === 'countries';
    const cell = (row: ShareRow, k: number): string =>
      countries ? `${row.counts[k]} (${formatPercent(row.shares[k]!, words.lang)})` : formatPercent(row.shares[k]!, words.lang);
    const caption = `${this.defaultHeading()}, ${this.fromYear}–${this.toYear} (${EDITION_INFO[this.editionId].label})`;
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table: ${caption}">
      <table>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            ${[0, 1, 2, 3].map((k) => html`<th scope="col" class="number">${words.regimes[k]}</th>`)}
            <th scope="col" class="number">${countries ? 'All autocracies' : 'People in autocracies'}</th>
            ${countries ? nothing : html`<th scope="col" class="number">Coverage</th>`}
          </tr>
        </thead>
        <tbody>
          ${[...this.rows].reverse().map(
            (row) => html`<tr>
              <th scope="row">${row.year}</th>
              ${[0, 1, 2, 3].map((k) => html`<td class="number">${cell(row, k)}</td>`)}
              <td class="number highlight">
                ${countries
                  ? `${row.counts[0] + row.counts[1]} (${formatPercent(row.autocracyShare, words.lang)})`
                  : formatPercent(row.autocracyShare, words.lang)}
              </td>
              ${countries ? nothing : html`<td class="number">${formatPercent(row.coverage, words.lang)}</td>`}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** Places the readout beside the cursor via CSSOM (CSP-safe: no style attribute). */
  private positionTooltip(): void {
    const tip = this.tooltipRef.value;
    const stage = this.stageRef.value;
    const index = this.rows.findIndex((r) => r.year === this.shownYear());
    if (!tip || !stage || !this.layout || index < 0 || tip.hidden) return;
    const scale = stage.clientWidth / this.layout.frame.width;
    const x = this.layout.xs[index]! * scale;
    const left = x + 12 + tip.offsetWidth > stage.clientWidth ? Math.max(0, x - 12 - tip.offsetWidth) : x + 12;
    const top = Math.max(0, this.layout.frame.top * scale);
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  // — interaction —

  private yearAt(event: PointerEvent): number {
    const svgEl = event.currentTarget as SVGSVGElement;
    const box = svgEl.getBoundingClientRect();
    if (!this.layout || !box.width) return 0;
    const x = ((event.clientX - box.left) / box.width) * this.layout.frame.width;
    return this.rows[nearestIndex(this.layout.xs, x)]?.year ?? 0;
  }

  private onPointerMove(event: PointerEvent): void {
    const year = this.yearAt(event);
    if (year !== this.hoverYear) this.hoverYear = year;
  }

  private onPointerDown(event: PointerEvent): void {
    const year = this.yearAt(event);
    if (year) this.moveCursor(year);
  }

  private onPointerLeave(): void {
    this.hoverYear = 0;
  }

  private onFocus(): void {
    this.focused = true;
    if (!this.cursorYear) this.year = this.toYear;
    else this.announce(this.cursorYear);
  }

  private onBlur(): void {
    this.focused = false;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const current = this.cursorYear || this.toYear;
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };
    let next: number;
    if (event.key in steps) next = current + steps[event.key]!;
    else if (event.key === 'Home') next = this.fromYear;
    else if (event.key === 'End') next = this.toYear;
    else return;
    event.preventDefault();
    this.hoverYear = 0;
    this.moveCursor(clamp(next, this.fromYear, this.toYear));
  }

  private moveCursor(year: number): void {
    if (year === this.cursorYear) return;
    this.year = year;
    emit(this, 'rights-year-change', { year });
  }

  private announce(year: number): void {
    const row = this.rows.find((r) => r.year === year);
    if (row) this.announcement = cursorText(row, this.measureId, this.wording);
  }

  private onMeasureSelect(event: Event): void {
    this.measure = (event.target as HTMLSelectElement).value;
  }

  private onEditionSelect(event: Event): void {
    this.edition = (event.target as HTMLSelectElement).value;
  }

  private toggleView(): void {
    this.view = this.viewId === 'table' ? 'chart' : 'table';
  }
}
