import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { emit, type CountrySelectDetail } from '../../core/events.js';
import { renderError, renderFooter, renderNotices } from '../../core/chrome.js';
import { parseChoice, parseYear, type Parsed } from '../../core/parse.js';
import { CountryNames } from '../../core/country-names.js';
import { formatChange, formatIndex } from '../../core/format.js';
import { democracyLoaders } from '../../data/democracy.js';
import { countryLoaders } from '../../data/countries.js';

import { METRIC_INFO, TREND_METRICS, metricSource, type TrendData, type TrendMetric } from '../../democracy/trend-data.js';

import { SERIES_COLORS } from '../../core/series-palette.js';
import { changes, ranked, type CountryChange } from './change-data.js';
import { changeHeight, layoutChanges, type ChangeLayout, type ChangeRow } from './change-layout.js';
import { changeStyles } from './democracy-change.styles.js';
import { xyStyles } from '../../core/xy-styles.js';
import { fitLabel } from '../../core/labels.js';

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 40;
const DEFAULT_SPAN = 14;
const NO_REGION = '#8a929c';

export type SelectDetail = CountrySelectDetail;

/** Parses `limit`: a whole number 1–40. */
export function parseLimit(raw: string | number | null | undefined): Parsed<number> {
  if (raw === null || raw === undefined || String(raw).trim() === '') return { value: DEFAULT_LIMIT };
  const text = String(raw).trim();
  if (!/^\d{1,4}$/.test(text)) return { value: DEFAULT_LIMIT, problem: `Limit ${JSON.stringify(text)} is not a number; showing ${DEFAULT_LIMIT}.` };
  const n = Number(text);
  if (n < 1) return { value: 1, problem: `Limit must be at least 1; showing 1.` };
  if (n > MAX_LIMIT) return { value: MAX_LIMIT, problem: `Limit ${n} is more than ${MAX_LIMIT}; showing ${MAX_LIMIT}.` };
  return { value: n };
}

/**
 * The countries whose democracy index fell or rose most between two years,
 * with V-Dem's uncertainty for both years and ERT autocratization episodes marked.
 *
 * @summary Ranked dot chart of the biggest declines and advances in a democracy index (V-Dem).
 * @tagname rights-democracy-change
 *
 * @fires rights-select - The reader chose a country (click, tap, Enter); a trend chart with `follow` adds it. `detail: { code, name, selected }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { metric, from, to }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Axis labels, connectors and footer.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-surface] - Row highlight and control background.
 * @cssprop [--rights-border] - Grid lines, control borders, table rules.
 * @cssprop [--rights-accent] - Links.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The chart's SVG.
 * @csspart tooltip - Details of the focused or hovered country.
 * @csspart legend - Region colours and symbols.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences and caveats.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsDemocracyChange extends RightsElement {
  static override styles = [baseStyles, chartStyles, xyStyles, changeStyles];

  /** `polyarchy` (Electoral Democracy Index with its 68% interval, V-Dem v15, default) or `libdem` (Liberal Democracy Index, V-Dem v14). */
  @property({ reflect: true }) metric = 'polyarchy';

  /** Start year (default: 14 years before `to`). */
  @property({ reflect: true }) from: string | number = '';

  /** End year (default: the metric's latest year). */
  @property({ reflect: true }) to: string | number = '';

  /** How many countries to show in each list, 1–40 (default 10). */
  @property({ reflect: true }) limit: string | number = '';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view = 'chart';

  @state() private data?: TrendData;
  @state() private loadError = '';
  @state() private activeCode = '';
  @state() private pointerCode = '';
  @state() private announcement = '';

  private metricId: TrendMetric = 'polyarchy';
  private viewId: View = 'chart';
  private fromYear = 0;
  private toYear = 0;
  private limitValue = DEFAULT_LIMIT;
  private declines: CountryChange[] = [];
  private advances: CountryChange[] = [];
  private rankKey = '';
  private layout?: ChangeLayout;
  private names?: CountryNames;
  private namesLang = '';
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
      const [v15, v14, registry] = await Promise.all([democracyLoaders.v15(), democracyLoaders.v14(), countryLoaders.registry()]);
      this.data = { v15, v14, registry };
      this.rankKey = '';
      this.readyFired = false;
    } catch (error) {
      this.loadError = 'The democracy data could not be loaded. Check the connection and try again.';
      this.logFailure('data load failed', error);
    }
  }

  protected resolveSettings(): void {
    this.metricId = this.report(parseChoice(this.metric, TREND_METRICS, 'polyarchy', 'metric'));
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'chart', 'view'));
    this.limitValue = this.report(parseLimit(this.limit));
    const data = this.data;
    if (!data) return;
    if (!this.names || this.namesLang !== this.resolvedLang) {
      this.names = new CountryNames(data.registry, this.resolvedLang);
      this.namesLang = this.resolvedLang;
    }
    const source = metricSource(data, this.metricId);
    const to = this.report(parseYear(this.to, source.first + 1, source.last, source.last));
    let from = this.report(parseYear(this.from, source.first, source.last, Math.max(source.first, to - DEFAULT_SPAN)));
    if (from >= to) {
      const fallback = Math.max(source.first, to - DEFAULT_SPAN);
      this.problems.push(`"from" (${from}) must be before "to" (${to}); showing ${fallback}–${to}.`);
      from = fallback;
    }
    this.fromYear = from;
    this.toYear = to;
    // Hover and key presses re-render often; the ranking only changes with these settings.
    const key = [this.metricId, from, to, this.limitValue].join('|');
    if (key !== this.rankKey) {
      this.rankKey = key;
      const lists = ranked(changes(data, this.metricId, from, to), this.limitValue);
      this.declines = lists.declines;
      this.advances = lists.advances;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.data) return;
    const width = this.stageRef.value?.clientWidth || Math.max(296, this.widthController.width - 24) || 640;
    this.layout = layoutChanges(this.declines, this.advances, this.limitValue, width);
  }

  protected override updated(): void {
    const stage = this.stageRef.value;
    // Height from limit alone, set before data arrives (CSSOM, CSP-safe).
    if (stage) stage.style.height = this.viewId === 'table' && this.data ? '' : `${changeHeight(this.limitValue)}px`;
    this.positionTooltip();
    if (this.data && !this.readyFired) {
      this.readyFired = true;
      emit(this, 'rights-ready', { metric: this.metricId, from: this.fromYear, to: this.toYear });
    }
  }

  private name(code: string): string {
    return this.names?.name(code) ?? code;
  }

  private regionName(region: number | null): string {
    return region === null ? 'no region' : (this.data?.registry.regions[String(region)] ?? 'no region');
  }

  private regionColor(region: number | null): string {
    return region === null ? NO_REGION : (SERIES_COLORS[(region - 1) % SERIES_COLORS.length] ?? NO_REGION);
  }

  private defaultHeading(): string {
    return `Biggest changes in the ${METRIC_INFO[this.metricId].label}`;
  }

  private describe(d: CountryChange): string {
    const lang = this.resolvedLang;
    const interval = (low: number | null, high: number | null): string =>
      low !== null && high !== null ? ` (${formatIndex(low, lang)}–${formatIndex(high, lang)})` : '';
    return `${this.name(d.code)}, ${this.regionName(d.region)}: ${formatIndex(d.from, lang)}${interval(d.fromLow, d.fromHigh)} in ${this.fromYear}, ${formatIndex(d.to, lang)}${interval(d.toLow, d.toHigh)} in ${this.toYear}, change ${formatChange(d.change, lang)}${d.autocratizing ? '; in an autocratization episode' : ''}`;
  }

  protected override render(): TemplateResult {
    const sources = this.data ? [metricSource(this.data, this.metricId).meta, ...(this.metricId === 'libdem' ? [this.data.v15.meta] : [])] : [];
    return html`<div class="chart ${this.themeController.theme}">
      <h2 part="heading">${this.heading || this.defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      <div class="toolbar">
        <label
          >Measure
          <select @change=${this.onMetricSelect}>
            ${TREND_METRICS.map((id) => html`<option value=${id} ?selected=${id === this.metricId}>${METRIC_INFO[id].label}</option>`)}
          </select></label
        >
        <button type="button" @click=${this.toggleView} aria-pressed=${this.viewId === 'table' ? 'true' : 'false'}>Table</button>
      </div>
      <div class="stage ${this.viewId === 'table' && this.data ? 'table-view' : ''}" ${ref(this.stageRef)}>${this.renderStage()}</div>
      ${this.renderLegend()}
      <details class="summary" part="summary">
        <summary>Summary</summary>
        <p>${this.summaryText()}</p>
      </details>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.data
        ? renderFooter(sources, [
            'V-Dem revises its whole history with every release; compare figures only within one version.',
            this.metricId === 'polyarchy'
              ? 'Whiskers: 68% intervals of both years (upper: start, lower: end); where they overlap, the change is uncertain.'
              : 'The Liberal Democracy Index (V-Dem v14) ships without uncertainty bounds.',
            '* In an autocratization episode (ERT v15) at some point between the two years.',
          ])
        : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private summaryText(): string {
    if (!this.data) return '';
    const lang = this.resolvedLang;
    const list = (items: CountryChange[]): string =>
      items.slice(0, 3).map((d) => `${this.name(d.code)} (${formatChange(d.change, lang)})`).join(', ');
    const label = METRIC_INFO[this.metricId].label;
    const parts = [`Between ${this.fromYear} and ${this.toYear}, the ${label} fell most in ${list(this.declines) || 'no country'}`];
    parts.push(`and rose most in ${list(this.advances) || 'no country'}.`);
    const autocratizing = this.declines.filter((d) => d.autocratizing).length;
    return `${parts.join(' ')} ${autocratizing} of the ${this.declines.length} biggest declines were in an autocratization episode.`;
  }

  private renderLegend(): TemplateResult {
    const regions = Object.entries(this.data?.registry.regions ?? {});
    return html`<ul class="legend" part="legend" aria-label="Legend">
      <li>
        <svg viewBox="0 0 14 14" aria-hidden="true"><circle class="from-dot" cx="7" cy="7" r="4.5" stroke="currentColor"></circle></svg>Start year
      </li>
      <li><svg viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="currentColor"></circle></svg>End year</li>
      <li>* Autocratization episode (ERT)</li>
      ${regions.map(
        ([number, name]) => html`<li>
          <svg viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill=${this.regionColor(Number(number))}></circle></svg>${name}
        </li>`,
      )}
    </ul>`;
  }

  private renderStage(): TemplateResult {
    if (this.loadError) return renderError(this.loadError, () => void this.load());
    if (!this.data || !this.layout) return html`<div class="loading" role="status">Loading chart…</div>`;
    return this.viewId === 'table' ? this.renderTable() : this.renderChart(this.layout);
  }

  private renderChart(layout: ChangeLayout): TemplateResult {
    const f = layout.frame;
    const lang = this.resolvedLang;
    const chars = Math.floor((layout.labelWidth - 10) / 6.6);
    const active = layout.rows.find((r) => r.code === this.activeCode);
    return html`<svg
        class="plot"
        part="chart"
        viewBox="0 0 ${f.width} ${f.height}"
        role="listbox"
        tabindex="0"
        aria-label="${this.heading || this.defaultHeading()}, ${this.fromYear} to ${this.toYear}. Up and down arrow keys move between countries, Enter selects."
        aria-activedescendant=${this.activeCode ? `row-${this.activeCode}` : nothing}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      >
        <g class="axis" aria-hidden="true">
          ${layout.ticks.map(
            (t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${0} y2=${f.bottom}></line>
              <text x=${t.x} y=${f.bottom + 16} text-anchor="middle">${formatIndex(t.value, lang).replace(/0+$/, '').replace(/[.,]$/, '')}</text>`,
          )}
        </g>
        ${layout.headers.map(
          (h) => svg`<text class="section-title" x="0" y=${h.y} aria-hidden="true">${h.section === 'declines' ? `Biggest declines, ${this.fromYear}–${this.toYear}` : `Biggest advances, ${this.fromYear}–${this.toYear}`}</text>`,
        )}
        ${layout.rows.map((row) => this.renderRow(row, layout, chars))}
        ${active ? svg`<rect class="focus-ring" x="1" y=${active.y - 11} width=${f.width - 2} height="22" rx="3" aria-hidden="true"></rect>` : nothing}
      </svg>
      ${this.renderTooltip()}`;
  }

  private renderRow(row: ChangeRow, layout: ChangeLayout, chars: number): TemplateResult {
    const d = row.datum;
    const color = this.regionColor(d.region);
    const f = layout.frame;
    const name = this.name(d.code);
    return svg`<g id="row-${d.code}" class="row ${d.code === this.activeCode ? 'active' : ''}" role="option"
        aria-selected=${d.code === this.activeCode ? 'true' : 'false'} aria-label=${this.describe(d)} data-code=${d.code}>
      <rect class="row-bg" x="0" y=${row.y - 11} width=${f.width} height="22" data-code=${d.code}></rect>
      ${row.i0 ? svg`<line class="interval" x1=${row.i0[0]} x2=${row.i0[1]} y1=${row.y - 4} y2=${row.y - 4} stroke=${color}></line>` : nothing}
      ${row.i1 ? svg`<line class="interval" x1=${row.i1[0]} x2=${row.i1[1]} y1=${row.y + 4} y2=${row.y + 4} stroke=${color}></line>` : nothing}
      <line class="connector" x1=${row.x0} x2=${row.x1} y1=${row.y} y2=${row.y}></line>
      <circle class="from-dot" cx=${row.x0} cy=${row.y} r="4.5" stroke=${color}></circle>
      <circle class="to-dot" cx=${row.x1} cy=${row.y} r="5.5" fill=${color}></circle>
    </g>
    <g aria-hidden="true">
      <text class="row-label" x="0" y=${row.y} dy="0.32em" data-code=${d.code} aria-hidden="true">${fitLabel(name, d.code, chars - (d.autocratizing ? 2 : 0))}${d.autocratizing ? ' *' : ''}</text>
      <text class="change-value" x=${f.width - 2} y=${row.y} dy="0.32em" text-anchor="end" aria-hidden="true">${formatChange(d.change, this.resolvedLang)}</text>
    </g>`;
  }

  private tooltipCode(): string {
    return this.pointerCode || this.activeCode;
  }

  private renderTooltip(): TemplateResult {
    const code = this.tooltipCode();
    const d = [...this.declines, ...this.advances].find((c) => c.code === code);
    const lang = this.resolvedLang;
    const interval = (low: number | null, high: number | null): string =>
      low !== null && high !== null ? ` (${formatIndex(low, lang)}–${formatIndex(high, lang)})` : '';
    return html`<div class="tooltip" part="tooltip" ?hidden=${!d} aria-hidden="true" ${ref(this.tooltipRef)}>
      ${d
        ? html`<strong>${this.name(d.code)}</strong>
            <dl>
              <dt>Region</dt><dd>${this.regionName(d.region)}</dd>
              <dt>${this.fromYear}</dt><dd>${formatIndex(d.from, lang)}${interval(d.fromLow, d.fromHigh)}</dd>
              <dt>${this.toYear}</dt><dd>${formatIndex(d.to, lang)}${interval(d.toLow, d.toHigh)}</dd>
              <dt>Change</dt><dd>${formatChange(d.change, lang)}</dd>
            </dl>
            ${d.autocratizing ? html`<p class="note">In an autocratization episode (ERT)</p>` : nothing}`
        : nothing}
    </div>`;
  }

  private renderTable(): TemplateResult {
    const lang = this.resolvedLang;
    const hasInterval = METRIC_INFO[this.metricId].hasInterval;
    const interval = (low: number | null, high: number | null): string =>
      low !== null && high !== null ? `${formatIndex(low, lang)}–${formatIndex(high, lang)}` : '';
    const section = (title: string, list: CountryChange[]): TemplateResult => html`<table>
      <caption>${title}, ${METRIC_INFO[this.metricId].label}, ${this.fromYear}–${this.toYear}</caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col">Region</th>
          <th scope="col" class="number">${this.fromYear}</th>
          ${hasInterval ? html`<th scope="col" class="number">68% interval</th>` : nothing}
          <th scope="col" class="number">${this.toYear}</th>
          ${hasInterval ? html`<th scope="col" class="number">68% interval</th>` : nothing}
          <th scope="col" class="number">Change</th>
          <th scope="col">Autocratization episode</th>
        </tr>
      </thead>
      <tbody>
        ${list.map(
          (d) => html`<tr>
            <th scope="row">${this.name(d.code)}</th>
            <td>${this.regionName(d.region)}</td>
            <td class="number">${formatIndex(d.from, lang)}</td>
            ${hasInterval ? html`<td class="number">${interval(d.fromLow, d.fromHigh)}</td>` : nothing}
            <td class="number">${formatIndex(d.to, lang)}</td>
            ${hasInterval ? html`<td class="number">${interval(d.toLow, d.toHigh)}</td>` : nothing}
            <td class="number">${formatChange(d.change, lang)}</td>
            <td>${d.autocratizing ? 'yes' : 'no'}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table: ${this.defaultHeading()}">
      ${section('Biggest declines', this.declines)} ${section('Biggest advances', this.advances)}
    </div>`;
  }

  /** Places the tooltip beside the row via CSSOM (CSP-safe: no style attribute). */
  private positionTooltip(): void {
    const tip = this.tooltipRef.value;
    const stage = this.stageRef.value;
    const row = this.layout?.rows.find((r) => r.code === this.tooltipCode());
    if (!tip || !stage || !this.layout || !row || tip.hidden) return;
    const scale = stage.clientWidth / this.layout.frame.width;
    const x = Math.max(row.x0, row.x1) * scale;
    const left = x + 16 + tip.offsetWidth > stage.clientWidth ? Math.max(0, Math.min(row.x0, row.x1) * scale - 16 - tip.offsetWidth) : x + 16;
    const top = Math.max(0, Math.min(row.y * scale - tip.offsetHeight / 2, stage.clientHeight - tip.offsetHeight));
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  // — interaction —

  private codeFrom(event: Event): string {
    return (event.target as Element | null)?.getAttribute?.('data-code') ?? '';
  }

  private onPointerMove(event: PointerEvent): void {
    const code = this.codeFrom(event);
    if (code !== this.pointerCode) this.pointerCode = code;
  }

  private onPointerLeave(): void {
    this.pointerCode = '';
  }

  private onClick(event: MouseEvent): void {
    const code = this.codeFrom(event);
    if (!code) return;
    this.activeCode = code;
    this.select(code);
  }

  private select(code: string): void {
    emit(this, 'rights-select', { code, name: this.name(code), selected: true });
    this.announcement = `${this.name(code)} selected.`;
  }

  private onFocus(): void {
    if (!this.activeCode) this.activeCode = this.layout?.rows[0]?.code ?? '';
    this.announceActive();
  }

  private onBlur(): void {
    this.activeCode = '';
  }

  private announceActive(): void {
    const d = [...this.declines, ...this.advances].find((c) => c.code === this.activeCode);
    if (d) this.announcement = this.describe(d);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const rows = this.layout?.rows ?? [];
    const i = rows.findIndex((r) => r.code === this.activeCode);
    let next: string | undefined;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = rows[Math.min(rows.length - 1, i + 1)]?.code;
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = rows[Math.max(0, i - 1)]?.code;
    else if (event.key === 'Home') next = rows[0]?.code;
    else if (event.key === 'End') next = rows[rows.length - 1]?.code;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (this.activeCode) this.select(this.activeCode);
      return;
    } else return;
    event.preventDefault();
    if (next && next !== this.activeCode) {
      this.activeCode = next;
      this.pointerCode = '';
      this.announceActive();
    }
  }

  private onMetricSelect(event: Event): void {
    this.metric = (event.target as HTMLSelectElement).value;
  }

  private toggleView(): void {
    this.view = this.viewId === 'table' ? 'chart' : 'table';
  }
}
