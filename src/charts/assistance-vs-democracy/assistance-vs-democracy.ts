import type { CountrySelectDetail } from '../../core/events.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { renderError, renderFooter } from '../../core/chrome.js';
import { formatCount } from '../../core/format.js';
import { populationLoaders, type Population } from '../../data/population.js';
import { MEASURE_LABELS, type MeasureSource } from '../../assistance/measures.js';
import { periodLabel } from '../../assistance/period.js';
import type { Recipient } from '../../assistance/ranking.js';
import { INDEX_NAMES } from '../../assistance/regimes.js';
import { cellUnit, formatShare, formatShort } from '../../assistance/amounts.js';
import { rankingSummary, recipientLabel, recipientLines } from '../../assistance/describe.js';
import { renderRankingTable } from '../../assistance/ranking-table.js';
import { AssistanceElement } from '../../assistance/assistance-element.js';
import { INDEX_SPLIT, layoutScatter, type ScatterLayout } from './scatter-layout.js';
import { scatterStyles } from './assistance-vs-democracy.styles.js';
import { REGIME_COLORS, REGIME_NAMES, symbolPath } from '../../democracy/regimes.js';

export type AssistanceScatterSelectDetail = CountrySelectDetail;

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
export class RightsAssistanceVsDemocracy extends AssistanceElement {
  static override styles = [baseStyles, chartStyles, scatterStyles];

  /** x axis: `polyarchy` (Electoral Democracy Index, V-Dem v15, default) or `libdem` (Liberal Democracy Index, v14, to 2023). */
  @property({ reflect: true }) index = 'polyarchy';

  /** `all` (default), `autocracy` or `democracy`: which recipients to plot, by regime in the last year. */
  @property({ reflect: true }) regime = 'all';

  /** ISO alpha-3 codes whose dots are labelled by name. */
  @property({ reflect: true }) highlight = '';

  /** The selected recipient (ISO alpha-3). */
  @property({ reflect: true }) selected = '';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view = 'chart';

  @state() private population?: Population;

  protected readonly chartView = 'chart';
  protected readonly loadFailedMessage = 'The chart data could not be loaded. Check the connection and try again.';
  /** Recipients with an index value: the plotted dots, in rank order. */
  private plotted: Recipient[] = [];
  private populationYear = 0;
  private layout?: ScatterLayout;

  protected override async loadOwnData(): Promise<() => void> {
    const population = await populationLoaders.population();
    return () => (this.population = population);
  }

  protected resolveSettings(): void {
    this.resolveSharedAttributes();
    const ranked = this.resolveRanking();
    // Population arrives with the rest (one load), so it is here whenever the ranking is.
    if (!ranked || !this.population) return;
    this.plotted = ranked.ranking.rows.filter((r) => r.index !== null);
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
    if (this.ranking && this.layout) this.fireReady();
  }

  protected defaultHeading(): string {
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
      ${this.renderHeader()}
      <div class="stage ${this.tableView ? 'table-view' : ''}" ${ref(this.stageRef)}>${this.renderStage()}</div>
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
    if (this.tableView) {
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

  private onSlider(event: Event): void {
    this.timeline.set(Number((event.target as HTMLInputElement).value));
    if (this.source) this.announcement = periodLabel({ from: this.timeline.year, to: this.timeline.year }, this.source.fiscal);
  }

  private onFocus(): void {
    if (!this.plotted.length) return;
    if (!this.activeCode) {
      const codes = this.plotted.map((r) => r.code);
      this.activeCode = [this.selectedCode, ...this.highlighted].find((c) => codes.includes(c)) ?? codes[0]!;
    }
    this.announceActive();
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
    else if (!this.selectByKey(event.key)) return;
    event.preventDefault();
    if (next && next !== this.activeCode) {
      this.activeCode = next;
      this.pointerCode = '';
      this.announceActive();
    }
  }
}
