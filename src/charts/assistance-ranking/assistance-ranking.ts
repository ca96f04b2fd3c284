import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { renderError, renderFooter } from '../../core/chrome.js';
import { formatIndex } from '../../core/format.js';
import { MEASURE_LABELS, type MeasureSource } from '../../assistance/measures.js';
import { periodLabel } from '../../assistance/period.js';
import type { Ranking, Recipient } from '../../assistance/ranking.js';
import { INDEX_SHORT } from '../../assistance/regimes.js';
import { layoutBars, layoutHeight, ROW_HEIGHT, type BarLayout } from './bar-layout.js';
import { cellUnit, formatShort } from '../../assistance/amounts.js';
import { rankingSummary, recipientLabel, recipientLines } from '../../assistance/describe.js';
import { rankingStyles } from './assistance-ranking.styles.js';
import { renderRankingTable } from '../../assistance/ranking-table.js';
import { AssistanceElement } from '../../assistance/assistance-element.js';
import { NOT_CODED, REGIME_COLORS, REGIME_NAMES, symbolPath } from '../../democracy/regimes.js';

export type { AssistanceSelectDetail } from '../../assistance/assistance-element.js';

const DEFAULT_WIDTH = 640;
const MAX_LIMIT = 40;

/**
 * The largest recipients of U.S. arms or aid in a year or period, as bars
 * marked by each recipient's regime type, with its democracy index beside it.
 *
 * @summary Top recipients of U.S. security assistance, by regime type.
 * @tagname rights-assistance-ranking
 *
 * @fires rights-year-change - The reader changed the year with the slider. `detail: { year }`.
 * @fires rights-select - The reader selected or deselected a recipient (click, Enter). `detail: { code, name, selected }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { measure, from, to }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Secondary text colour.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-surface] - Button and control background.
 * @cssprop [--rights-border] - Borders and table rules.
 * @cssprop [--rights-accent] - Links, slider and the selected bar's outline.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The bar chart's SVG.
 * @csspart tooltip - The tooltip.
 * @csspart timeline - Year slider (single-year mode).
 * @csspart legend - Regime symbols and colours.
 * @csspart units - The explanation of units and years.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences and citations.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsAssistanceRanking extends AssistanceElement {
  static override styles = [baseStyles, chartStyles, rankingStyles];

  /** How many recipients to show, 1–40 (default 15). */
  @property({ reflect: true }) limit: string | number = 15;

  // Declared again only for this chart's longer docs (with each flow's years).
  /** For `measure="aid"`: `obligations` (default, FY1946–2024) or `disbursements` (FY2001–2024). */
  @property({ reflect: true }) override flow = 'obligations';

  /** For `measure="aid"`: `constant` (FY2022 dollars, default) or `current` dollars. */
  @property({ reflect: true }) override dollars = 'constant';

  /** Democracy index shown beside each bar: `polyarchy` (EDI, V-Dem v15, default) or `libdem` (LDI, V-Dem v14, to 2023). */
  @property({ reflect: true }) index = 'polyarchy';

  /** `all` (default), `autocracy` or `democracy`: which recipients to list, by regime in the last year. */
  @property({ reflect: true }) regime = 'all';

  /** ISO alpha-3 codes whose bars are outlined and named in bold. */
  @property({ reflect: true }) highlight = '';

  /** The selected recipient (ISO alpha-3); set by clicking a bar. */
  @property({ reflect: true }) selected = '';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view = 'chart';

  protected readonly chartView = 'chart';
  protected readonly loadFailedMessage = 'The assistance data could not be loaded. Check the connection and try again.';
  private limitValue = 15;
  private layout?: BarLayout;

  protected resolveSettings(): void {
    this.resolveSharedAttributes();
    this.limitValue = this.parseLimit();
    const ranked = this.resolveRanking();
    if (!ranked) return;
    // The stage's own width (inside the padding), so the SVG draws at scale 1 and fills its reserved height.
    const width = this.stageRef.value?.clientWidth || this.widthController.width || DEFAULT_WIDTH;
    this.layout = layoutBars(ranked.ranking.rows, width, this.limitValue);
    if (this.activeCode && !this.layout.bars.some((b) => b.code === this.activeCode)) this.activeCode = '';
  }

  private parseLimit(): number {
    const text = String(this.limit ?? '').trim();
    if (text === '') return 15;
    const n = Number(text);
    if (!Number.isInteger(n)) {
      this.problems.push(`limit ${JSON.stringify(text.slice(0, 40))} is not a whole number; showing 15.`);
      return 15;
    }
    if (n < 1 || n > MAX_LIMIT) {
      const clamped = Math.min(MAX_LIMIT, Math.max(1, n));
      this.problems.push(`limit must be 1–${MAX_LIMIT}; showing ${clamped}.`);
      return clamped;
    }
    return n;
  }

  protected override updated(): void {
    const stage = this.stageRef.value;
    // Height reserved from `limit` alone, so nothing moves when data lands (CSSOM: CSP-safe).
    if (stage) stage.style.height = this.tableView ? '' : `${layoutHeight(this.limitValue)}px`;
    this.positionTooltip();
    if (this.ranking) this.fireReady();
  }

  protected defaultHeading(): string {
    const label = MEASURE_LABELS[this.measureId];
    const who = this.filter === 'autocracy' ? 'autocracies' : this.filter === 'democracy' ? 'democracies' : 'recipients';
    const when = this.source ? `, ${periodLabel(this.period, this.source.fiscal)}` : '';
    return `${label} from the United States: top ${who}${when}`;
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
        source && this.democracy ? [source.meta, this.democracy.v15.meta, ...(this.indexId === 'libdem' ? [this.democracy.v14.meta] : [])] : [],
        source ? source.meta.caveats.slice(0, 1) : [],
      )}
    </div>`;
  }

  private renderStage(): TemplateResult {
    if (this.loadError) return renderError(this.loadError, () => void this.load());
    if (!this.ranking || !this.layout || !this.source) return html`<div class="loading" role="status">Loading chart…</div>`;
    return this.tableView ? this.renderTable(this.source, this.ranking) : this.renderBars(this.source, this.ranking, this.layout);
  }

  private renderBars(source: MeasureSource, ranking: Ranking, layout: BarLayout): TemplateResult {
    const rows = new Map(ranking.rows.map((r) => [r.code, r]));
    const words = this.words;
    const mid = ROW_HEIGHT / 2;
    if (!layout.bars.length) return html`<p class="empty">No recipient matches these settings.</p>`;
    return html`<svg
        class="bars"
        part="chart"
        viewBox="0 0 ${layout.width} ${layout.height}"
        role="listbox"
        tabindex="0"
        aria-label="${this.defaultHeading()}. Use arrow keys to move between recipients, Enter to select."
        aria-activedescendant=${this.activeCode ? `r-${this.activeCode}` : nothing}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      >
        <text class="col-head" x=${layout.barX} y="12" aria-hidden="true">${cellUnit(source.unit)}</text>
        <text class="col-head" x=${layout.indexX} y="12" text-anchor="end" aria-hidden="true">${INDEX_SHORT[this.indexId]} ${this.period.to}</text>
        ${layout.bars.map((bar) => {
          const r = rows.get(bar.code)!;
          const classes = ['row', this.highlighted.includes(r.code) ? 'highlighted' : '', r.code === this.selectedCode ? 'selected' : '', r.code === this.activeCode ? 'active' : ''].join(' ');
          // Texts sit beside the option, not in it: its accessible name is the full label.
          return svg`<g class=${classes} data-code=${r.code} transform="translate(0 ${bar.y})">
            <g id="r-${r.code}" role="option" data-code=${r.code}
              aria-selected=${r.code === this.selectedCode ? 'true' : 'false'}
              aria-label=${recipientLabel(source, this.period, r, this.indexId, words)}>
              <rect class="hit" data-code=${r.code} x="0" y="0" width=${layout.width} height=${ROW_HEIGHT}></rect>
              <path class="symbol" data-code=${r.code} transform="translate(${layout.symbolX} ${mid})" d=${symbolPath(r.regime, 10)}
                fill=${r.regime === null ? 'none' : REGIME_COLORS[r.regime]!}></path>
              <rect class="bar" data-code=${r.code} x=${layout.barX} y="4" width=${bar.width} height=${ROW_HEIGHT - 8}
                fill=${r.regime === null ? 'url(#not-coded)' : REGIME_COLORS[r.regime]!}></rect>
            </g>
            <text aria-hidden="true" class="name" data-code=${r.code} x=${layout.nameRight} y=${mid} dy="0.35em" text-anchor="end">${this.shortName(r.code, layout.nameRight)}</text>
            <text aria-hidden="true" class="value ${bar.labelInside ? 'inside' : ''} ${bar.labelInside && (r.regime === 0 || r.regime === 3) ? 'on-dark' : ''}" data-code=${r.code}
              x=${bar.labelX} y=${mid} dy="0.35em" text-anchor=${bar.labelInside ? 'end' : 'start'}>${formatShort(source.unit, r.total, words.lang)}</text>
            <text aria-hidden="true" class="index" data-code=${r.code} x=${layout.indexX} y=${mid} dy="0.35em" text-anchor="end">${r.index === null ? '–' : formatIndex(r.index, words.lang)}</text>
          </g>`;
        })}
        <defs>
          <pattern id="not-coded" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="hatch-bg" width="6" height="6"></rect>
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
          </pattern>
        </defs>
      </svg>
      ${this.renderTooltip(source, rows)}`;
  }

  /** Long names are shortened to fit the names column; the full name stays in the label and tooltip. */
  private shortName(code: string, room: number): string {
    const name = this.words.name(code);
    const chars = Math.floor(room / 6.6);
    return name.length > chars ? `${name.slice(0, chars - 1)}…` : name;
  }

  private renderTooltip(source: MeasureSource, rows: Map<string, Recipient>): TemplateResult {
    const r = rows.get(this.tooltipCode());
    return html`<div class="tooltip" part="tooltip" ?hidden=${!r} aria-hidden="true" ${ref(this.tooltipRef)}>
      ${r
        ? html`<strong>${this.words.name(r.code)}</strong>
            <dl>
              ${recipientLines(source, this.period, r, this.indexId, this.words).map((l) => html`<dt>${l.label}</dt><dd>${l.value}</dd>`)}
            </dl>`
        : nothing}
    </div>`;
  }

  private positionTooltip(): void {
    const tip = this.tooltipRef.value;
    const stage = this.stageRef.value;
    const bar = this.layout?.bars.find((b) => b.code === this.tooltipCode());
    if (!tip || !stage || !bar || !this.layout) return;
    const scale = stage.clientWidth / this.layout.width;
    const x = (this.layout.barX + bar.width) * scale;
    const y = (bar.y + ROW_HEIGHT) * scale;
    const left = Math.max(0, Math.min(x - tip.offsetWidth / 2, stage.clientWidth - tip.offsetWidth));
    const top = y + tip.offsetHeight > stage.clientHeight ? Math.max(0, bar.y * scale - tip.offsetHeight) : y;
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private renderTable(source: MeasureSource, ranking: Ranking): TemplateResult {
    return renderRankingTable(source, this.period, ranking.rows, this.indexId, this.words, this.selectedCode);
  }

  private renderTimeline(): TemplateResult {
    const { min, max } = this.timeline;
    const disabled = !this.ranking;
    return html`<div class="timeline" part="timeline">
      <input type="range" min=${min} max=${max} step="1" .value=${String(this.period.to || max)} ?disabled=${disabled}
        aria-label="Year" @input=${this.onSlider} />
      <output aria-hidden="true">${this.source ? periodLabel(this.period, this.source.fiscal) : ''}</output>
    </div>`;
  }

  private renderLegend(): TemplateResult {
    const items = [...REGIME_NAMES.map((label, i) => ({ label, regime: i as number | null })), { label: NOT_CODED, regime: null }];
    return html`<ul class="legend" part="legend" aria-label="Legend: regime type (V-Dem Regimes of the World)">
      ${items.map(
        (item) => html`<li>
          <svg viewBox="-7 -7 14 14" aria-hidden="true">
            <path d=${symbolPath(item.regime, 10)} class=${item.regime === null ? 'dash' : ''} fill=${item.regime === null ? 'none' : REGIME_COLORS[item.regime]!}></path>
          </svg>
          ${item.label}
        </li>`,
      )}
    </ul>`;
  }

  // — interaction —

  private onSlider(event: Event): void {
    this.timeline.set(Number((event.target as HTMLInputElement).value));
    this.announcement = `${this.source ? periodLabel({ from: this.timeline.year, to: this.timeline.year }, this.source.fiscal) : this.timeline.year}`;
  }

  private onFocus(): void {
    if (!this.layout?.bars.length) return;
    if (!this.activeCode) {
      const codes = this.layout.bars.map((b) => b.code);
      this.activeCode = [this.selectedCode, ...this.highlighted].find((c) => codes.includes(c)) ?? codes[0]!;
    }
    this.announceActive();
  }

  private announceActive(): void {
    const r = this.ranking?.rows.find((row) => row.code === this.activeCode);
    this.announcement = r && this.source ? recipientLabel(this.source, this.period, r, this.indexId, this.words) : '';
  }

  private onKeyDown(event: KeyboardEvent): void {
    const codes = this.layout?.bars.map((b) => b.code) ?? [];
    if (!codes.length) return;
    const at = codes.indexOf(this.activeCode);
    let next: string | undefined;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = codes[Math.min(codes.length - 1, at + 1)];
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = codes[Math.max(0, at - 1)];
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
