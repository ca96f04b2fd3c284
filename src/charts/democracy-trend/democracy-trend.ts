import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
export type { YearChangeDetail, CountriesChangeDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderError, renderFooter, renderNotices } from '../../core/chrome.js';
import { parseChoice, parseCodes, parseYear } from '../../core/parse.js';
import { clamp } from '../../core/timeline.js';
import { CountryNames } from '../../core/country-names.js';
import { formatIndex } from '../../core/format.js';
import { nearestIndex } from '../../core/axes.js';
import { democracyLoaders } from '../../data/democracy.js';
import { countryLoaders } from '../../data/countries.js';

import {
  METRIC_INFO,
  TREND_METRICS,
  averageSeries,
  countrySeries,
  episodesOf,
  hasSeries,
  metricSource,
  parseCompare,
  regionSlug,
  type Episode,
  type TrendData,
  type TrendMetric,
  type TrendSeries,
} from '../../democracy/trend-data.js';
import { layoutTrend, regionInitials, type TrendLayout } from './trend-layout.js';
import { crosshairLines, episodeText, trendSummary, valueText, type TrendWording } from './describe.js';
import { seriesColor, seriesDash } from '../../core/series-palette.js';
import { trendStyles } from './democracy-trend.styles.js';
import { xyStyles } from '../../core/xy-styles.js';
import { fitLabel } from '../../core/labels.js';

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];

/** Shown when `countries` is empty or lists no usable code: the countries Democracy Reports keep returning to. */
export const DEFAULT_COUNTRIES = ['USA', 'HUN', 'IND', 'TUR'];
const DEFAULT_FROM = 1970;

/**
 * A democracy index over time for a few countries, with V-Dem's uncertainty,
 * optional world or regional averages and shaded ERT episodes.
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
 * @cssprop [--rights-aut-episode] - Hatching of autocratization episodes.
 * @cssprop [--rights-dem-episode] - Shading of democratization episodes.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The chart's SVG.
 * @csspart tooltip - The crosshair readout.
 * @csspart legend - Key to the episode shading and average lines.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences and caveats.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsDemocracyTrend extends RightsElement {
  static override styles = [baseStyles, chartStyles, xyStyles, trendStyles];

  /** ISO 3166 alpha-3 codes, separated by spaces or commas, e.g. `"USA HUN IND TUR"`. Empty: a default set, with a note. */
  @property({ reflect: true }) countries = '';

  /** `polyarchy` (Electoral Democracy Index with its 68% interval, V-Dem v15, default) or `libdem` (Liberal Democracy Index, V-Dem v14). */
  @property({ reflect: true }) metric = 'polyarchy';

  /** Averages to draw: `world` and/or V-Dem regions by name (e.g. `eastern-europe`, `latin-america`) or number 1–6. */
  @property({ reflect: true }) compare = '';

  /** First year shown (default 1970). */
  @property({ reflect: true }) from: string | number = '';

  /** Last year shown (default: the metric's latest year). */
  @property({ reflect: true }) to: string | number = '';

  /** Year of the crosshair; empty: none until the reader moves it. */
  @property({ reflect: true }) year: string | number = '';

  /** The country whose line is emphasised and whose ERT episodes are shaded (default: the first). */
  @property({ reflect: true }) active = '';

  /** Ids (space-separated) of elements whose `rights-select` events add or remove countries here, e.g. a `<rights-democracy-map>` or `<rights-democracy-change>`. */
  @property({ reflect: true }) follow = '';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view = 'chart';

  @state() private data?: TrendData;
  @state() private loadError = '';
  @state() private hoverYear = 0;
  @state() private focused = false;
  @state() private announcement = '';

  private metricId: TrendMetric = 'polyarchy';
  private viewId: View = 'chart';
  private codes: string[] = [];
  private regions: (number | null)[] = [];
  private fromYear = DEFAULT_FROM;
  private toYear = 2024;
  private cursorYear = 0;
  private activeCode = '';
  private series: TrendSeries[] = [];
  private episodes: Episode[] = [];
  private seriesKey = '';
  private layout?: TrendLayout;
  private names?: CountryNames;
  private namesLang = '';
  private readonly tooltipRef = createRef<HTMLDivElement>();
  private readonly stageRef = createRef<HTMLDivElement>();
  private readyFired = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('rights-select', this.onPageSelect);
    if (!this.data && !this.loadError) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('rights-select', this.onPageSelect);
  }

  private async load(): Promise<void> {
    this.loadError = '';
    try {
      const [v15, v14, registry] = await Promise.all([democracyLoaders.v15(), democracyLoaders.v14(), countryLoaders.registry()]);
      this.data = { v15, v14, registry };
      this.seriesKey = '';
      this.readyFired = false;
    } catch (error) {
      this.loadError = 'The democracy data could not be loaded. Check the connection and try again.';
      this.logFailure('data load failed', error);
    }
  }

  protected resolveSettings(): void {
    this.metricId = this.report(parseChoice(this.metric, TREND_METRICS, 'polyarchy', 'metric'));
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'chart', 'view'));
    // Said before data arrives, so the note does not push the page down later.
    const empty = !this.countries.trim();
    if (empty) this.problems.push(`No countries chosen; showing ${DEFAULT_COUNTRIES.join(', ')}. Set countries="…" (ISO codes) to choose.`);
    const data = this.data;
    if (!data) return;
    if (!this.names || this.namesLang !== this.resolvedLang) {
      this.names = new CountryNames(data.registry, this.resolvedLang);
      this.namesLang = this.resolvedLang;
    }
    const metric = this.metricId;
    const source = metricSource(data, metric);
    let codes = this.report(parseCodes(this.countries, (code) => hasSeries(data, metric, code)));
    if (!codes.length) {
      codes = DEFAULT_COUNTRIES.filter((code) => hasSeries(data, metric, code));
      if (!empty) this.problems.push(`No usable country codes; showing ${codes.map((code) => this.names!.name(code)).join(', ')}.`);
    }
    this.codes = codes;
    const compare = parseCompare(this.compare, data.registry.regions);
    if (compare.unknown.length) {
      const names = Object.values(data.registry.regions).map(regionSlug).join(', ');
      this.problems.push(`Unknown comparison ${compare.unknown.map((t) => JSON.stringify(t)).join(', ')} ignored; use "world" or a region: ${names}.`);
    }
    this.regions = compare.value;
    let from = this.report(parseYear(this.from, source.first, source.last, Math.max(DEFAULT_FROM, source.first)));
    let to = this.report(parseYear(this.to, source.first, source.last, source.last));
    if (from >= to) {
      this.problems.push(`"from" (${from}) must be before "to" (${to}); showing ${DEFAULT_FROM}–${source.last}.`);
      from = Math.max(DEFAULT_FROM, source.first);
      to = source.last;
    }
    this.fromYear = from;
    this.toYear = to;
    this.cursorYear = this.year === '' ? 0 : this.report(parseYear(this.year, from, to, to));
    const [active] = this.report(parseCodes(this.active, (code) => codes.includes(code)));
    this.activeCode = active ?? codes[0] ?? '';
    // Hover and key presses re-render often; the series only change with these settings.
    const key = [metric, codes.join(), this.regions.join(), from, to, this.activeCode].join('|');
    if (key !== this.seriesKey) {
      this.seriesKey = key;
      this.series = [
        ...codes.map((code) => countrySeries(data, metric, code, from, to)),
        ...this.regions.map((region) => averageSeries(data, metric, region, from, to)),
      ];
      this.episodes = episodesOf(data, this.activeCode, from, to);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previousYear = this.cursorYear;
    const previousActive = this.activeCode;
    super.willUpdate(changed);
    if (!this.data) return;
    const width = this.stageRef.value?.clientWidth || Math.max(296, this.widthController.width - 24) || 640;
    this.layout = layoutTrend(this.series, this.episodes, this.fromYear, this.toYear, width);
    if ((changed.has('year') && this.cursorYear !== previousYear) || (changed.has('active') && this.activeCode !== previousActive)) {
      this.announcement = this.describeFocus();
    }
  }

  protected override updated(): void {
    this.positionTooltip();
    if (this.data && !this.readyFired) {
      this.readyFired = true;
      emit(this, 'rights-ready', { metric: this.metricId, countries: this.codes });
    }
  }

  private get wording(): TrendWording {
    const regions = this.data?.registry.regions ?? {};
    return {
      lang: this.resolvedLang,
      indexLabel: METRIC_INFO[this.metricId].label,
      name: (id) =>
        id === 'world' ? 'World average' : id.startsWith('region-') ? `${regions[id.slice(7)] ?? id} average` : (this.names?.name(id) ?? id),
    };
  }

  private shortName(id: string): string {
    if (id === 'world') return 'World';
    if (id.startsWith('region-')) return regionInitials(this.data?.registry.regions[id.slice(7)] ?? id);
    return id;
  }

  private defaultHeading(): string {
    return `${METRIC_INFO[this.metricId].label} over time`;
  }

  private shownYear(): number {
    return this.hoverYear || this.cursorYear;
  }

  /** What the live region says: the year, the active country's value and episode. */
  private describeFocus(): string {
    const year = this.cursorYear || this.toYear;
    const s = this.series.find((x) => x.id === this.activeCode);
    if (!s) return '';
    const episode = episodeText(this.episodes, year);
    return `${year}. ${this.wording.name(s.id)}: ${valueText(s, year, this.resolvedLang)}${episode ? `; ${episode}` : ''}.`;
  }

  protected override render(): TemplateResult {
    const info = METRIC_INFO[this.metricId];
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
      <ul class="legend" part="legend" aria-label="Legend">
        <li>
          <svg viewBox="0 0 14 14" aria-hidden="true">
            <defs>
              <pattern id="aut-hatch-key" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
              </pattern>
            </defs>
            <rect width="14" height="14" fill="url(#aut-hatch-key)"></rect></svg
          >Autocratization episode
        </li>
        <li>
          <svg viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" class="episode dem"></rect></svg>Democratization episode
        </li>
        <li>(ERT, of the country in bold)</li>
        ${info.hasInterval ? html`<li>Shaded band: 68% interval</li>` : nothing}
      </ul>
      <details class="summary" part="summary">
        <summary>Summary</summary>
        <p>${this.data ? trendSummary(this.series, this.wording) : ''}</p>
      </details>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.data ? renderFooter(sources, this.caveats()) : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private caveats(): string[] {
    const lines = [
      'V-Dem revises its whole history with every release; compare figures only within one version.',
      this.metricId === 'polyarchy'
        ? 'Bands show the 68% interval of the Electoral Democracy Index: where two bands overlap, the difference is uncertain.'
        : 'The Liberal Democracy Index (V-Dem v14) ships without uncertainty bounds.',
      'Episodes: Episodes of Regime Transformation (ERT v15), based on the Electoral Democracy Index. Averages: unweighted means of all countries V-Dem codes.',
    ];
    return lines;
  }

  private renderStage(): TemplateResult {
    if (this.loadError) return renderError(this.loadError, () => void this.load());
    if (!this.data || !this.layout) return html`<div class="loading" role="status">Loading chart…</div>`;
    return this.viewId === 'table' ? this.renderTable() : this.renderChart(this.layout);
  }

  private colorOf(id: string): string {
    return seriesColor(this.codes.indexOf(id));
  }

  private renderChart(layout: TrendLayout): TemplateResult {
    const f = layout.frame;
    const words = this.wording;
    const shown = this.shownYear();
    const index = layout.years.indexOf(shown);
    const cursorX = index >= 0 ? layout.xs[index]! : 0;
    const hasInterval = METRIC_INFO[this.metricId].hasInterval;
    // Countries share one style (names if all fit, else codes); each average fits on its own.
    const room = layout.labelChars - 3;
    const short = this.codes.some((code) => words.name(code).length > room);
    const labelOf = (id: string): string =>
      !this.codes.includes(id)
        ? fitLabel(words.name(id), this.shortName(id), room)
        : short
          ? fitLabel(this.shortName(id), this.shortName(id), room)
          : words.name(id);
    const ordered = [...layout.series].sort((a, b) => Number(a.id === this.activeCode) - Number(b.id === this.activeCode));
    return html`<svg
        class="plot"
        part="chart"
        viewBox="0 0 ${f.width} ${f.height}"
        role="application"
        aria-roledescription="line chart"
        tabindex="0"
        aria-label="${this.heading || this.defaultHeading()}: ${this.codes.map((c) => words.name(c)).join(', ')}. Left and right arrow keys move the year, up and down switch country."
        @pointermove=${this.onPointerMove}
        @pointerdown=${this.onPointerDown}
        @pointerleave=${this.onPointerLeave}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      >
        <defs>
          <pattern id="aut-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
          </pattern>
        </defs>
        ${layout.episodes.map((e) => svg`<rect class="episode ${e.kind}" x=${e.x} y=${f.top} width=${Math.max(1, e.width)} height=${f.bottom - f.top} aria-hidden="true"></rect>`)}
        <g class="axis" aria-hidden="true">
          ${layout.valueTicks.map(
            (t) => svg`<line class="grid" x1=${f.left} x2=${f.right} y1=${t.y} y2=${t.y}></line>
              <text x=${f.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${formatIndex(t.value, words.lang).replace(/0+$/, '').replace(/[.,]$/, '')}</text>`,
          )}
          ${layout.yearTicks.map(
            (t) => svg`<line x1=${t.x} x2=${t.x} y1=${f.bottom} y2=${f.bottom + 4}></line>
              <text x=${t.x} y=${f.bottom + 16} text-anchor=${t.x < f.left + 20 ? 'start' : 'middle'}>${t.year}</text>`,
          )}
        </g>
        ${hasInterval
          ? ordered.filter((m) => m.band).map((m) => svg`<path class="band-area" d=${m.band} fill=${this.colorOf(m.id)} aria-hidden="true"></path>`)
          : nothing}
        ${ordered.map((m) => {
          const average = !this.codes.includes(m.id);
          return svg`<path class="line ${average ? 'average' : ''} ${!average && m.id !== this.activeCode ? 'dim' : ''}" d=${m.line}
            stroke=${average ? nothing : this.colorOf(m.id)} stroke-dasharray=${average ? nothing : (seriesDash(this.codes.indexOf(m.id)) ?? nothing)}
            data-id=${m.id} aria-hidden="true"></path>`;
        })}
        ${layout.series.map((m) => {
          if (!m.label) return nothing;
          const average = !this.codes.includes(m.id);
          return svg`<g class="label ${m.id === this.activeCode ? 'active' : ''}" aria-hidden="true">
            <line x1=${f.right + 1} x2=${m.label.x + 8} y1=${m.label.anchorY} y2=${m.label.y} class="label-link"></line>
            <line x1=${m.label.x + 9} x2=${m.label.x + 16} y1=${m.label.y} y2=${m.label.y} stroke=${average ? 'currentColor' : this.colorOf(m.id)}
              stroke-dasharray=${average ? '3 2' : nothing}></line>
            <text x=${m.label.x + 19} y=${m.label.y} dy="0.32em">${labelOf(m.id)}</text>
          </g>`;
        })}
        ${index >= 0
          ? svg`<line class="cursor" x1=${cursorX} x2=${cursorX} y1=${f.top} y2=${f.bottom} aria-hidden="true"></line>
            ${layout.series.map((m) => {
              const y = m.ys[index];
              return y === null || y === undefined
                ? nothing
                : svg`<circle class="dot" cx=${cursorX} cy=${y} r=${m.id === this.activeCode ? 5 : 3.5}
                    fill=${this.codes.includes(m.id) ? this.colorOf(m.id) : 'currentColor'} aria-hidden="true"></circle>`;
            })}`
          : nothing}
      </svg>
      ${this.renderTooltip(shown)}`;
  }

  private renderTooltip(year: number): TemplateResult {
    const visible = year > 0 && (this.hoverYear > 0 || this.focused);
    const words = this.wording;
    const episode = episodeText(this.episodes, year);
    return html`<div class="tooltip" part="tooltip" ?hidden=${!visible} aria-hidden="true" ${ref(this.tooltipRef)}>
      ${visible
        ? html`<strong>${year}</strong>
            ${METRIC_INFO[this.metricId].hasInterval ? html`<p class="note">68% interval in brackets</p>` : nothing}
            <dl>
              ${crosshairLines(this.series, year, words).map(
                (line) => html`<dt>
                    <svg class="swatch" viewBox="0 0 10 3" aria-hidden="true">
                      <rect width="10" height="3" fill=${this.codes.includes(line.id) ? this.colorOf(line.id) : 'currentColor'}></rect></svg
                    >${line.id === this.activeCode ? html`<b>${line.label}</b>` : line.label}
                  </dt>
                  <dd>${line.value}</dd>`,
              )}
            </dl>
            ${episode ? html`<p class="note">${words.name(this.activeCode)} ${episode}.</p>` : nothing}`
        : nothing}
    </div>`;
  }

  private renderTable(): TemplateResult {
    const words = this.wording;
    const interval = METRIC_INFO[this.metricId].hasInterval ? ' (68% interval in brackets)' : '';
    const caption = `${METRIC_INFO[this.metricId].label}, ${this.fromYear}–${this.toYear}${interval}`;
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table: ${caption}">
      <table>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            ${this.series.map((s) => html`<th scope="col" class="number">${words.name(s.id)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${[...(this.layout?.years ?? [])].reverse().map(
            (year) => html`<tr>
              <th scope="row">${year}</th>
              ${this.series.map((s) => html`<td class="number">${valueText(s, year, words.lang)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** Places the readout beside the crosshair via CSSOM (CSP-safe: no style attribute). */
  private positionTooltip(): void {
    const tip = this.tooltipRef.value;
    const stage = this.stageRef.value;
    const index = this.layout?.years.indexOf(this.shownYear()) ?? -1;
    if (!tip || !stage || !this.layout || index < 0 || tip.hidden) return;
    const scale = stage.clientWidth / this.layout.frame.width;
    const x = this.layout.xs[index]! * scale;
    const left = x + 12 + tip.offsetWidth > stage.clientWidth ? Math.max(0, x - 12 - tip.offsetWidth) : x + 12;
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(this.layout.frame.top * scale)}px)`;
  }

  // — interaction —

  private yearAt(event: PointerEvent): number {
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    if (!this.layout || !box.width) return 0;
    const x = ((event.clientX - box.left) / box.width) * this.layout.frame.width;
    if (x > this.layout.frame.right + 4) return 0;
    return this.layout.years[nearestIndex(this.layout.xs, x)] ?? 0;
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
    else this.announcement = this.describeFocus();
  }

  private onBlur(): void {
    this.focused = false;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const current = this.cursorYear || this.toYear;
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageDown: -10, PageUp: 10 };
    event.stopPropagation();
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const i = this.codes.indexOf(this.activeCode);
      const next = this.codes[(i + (event.key === 'ArrowDown' ? 1 : -1) + this.codes.length) % this.codes.length];
      if (next && next !== this.activeCode) this.active = next;
      if (!this.cursorYear) this.year = current;
      return;
    }
    let year: number;
    if (event.key in steps) year = current + steps[event.key]!;
    else if (event.key === 'Home') year = this.fromYear;
    else if (event.key === 'End') year = this.toYear;
    else return;
    event.preventDefault();
    this.hoverYear = 0;
    this.moveCursor(clamp(year, this.fromYear, this.toYear));
  }

  private moveCursor(year: number): void {
    if (year === this.cursorYear) return;
    this.year = year;
    emit(this, 'rights-year-change', { year });
  }

  /** A followed map selected or deselected a country: add it to or remove it from the lines. */
  private readonly onPageSelect = (event: Event): void => {
    const followed = this.follow.split(/\s+/).filter(Boolean);
    const target = event.target as Element | null;
    if (!target?.id || !followed.includes(target.id)) return;
    const detail = (event as CustomEvent<{ code?: string; selected?: boolean }>).detail;
    const code = String(detail?.code ?? '').toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) return;
    const current = this.countries.split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase());
    const base = current.length ? current : [...this.codes];
    const next = detail.selected ? (base.includes(code) ? base : [...base, code]) : base.filter((c) => c !== code);
    if (next.join(' ') === base.join(' ') && current.length) return;
    this.countries = next.join(' ');
    if (detail.selected) this.active = code;
    emit(this, 'rights-countries-change', { countries: next });
  };

  private onMetricSelect(event: Event): void {
    this.metric = (event.target as HTMLSelectElement).value;
  }

  private toggleView(): void {
    this.view = this.viewId === 'table' ? 'chart' : 'table';
  }
}
