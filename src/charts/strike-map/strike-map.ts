import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
export type { StrikeSelectDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderError, renderFooter, renderNotices, safeUrl } from '../../core/chrome.js';
import { parseChoice, parseSwitch } from '../../core/parse.js';
import { Timeline, prefersReducedMotion } from '../../core/timeline.js';
import { CountryNames } from '../../core/country-names.js';
import { formatCount } from '../../core/format.js';
import { strikeLoaders, type TbijStrikes } from '../../data/strikes.js';
import { countryLoaders, type CountryRegistry } from '../../data/countries.js';
import { worldLoaders, type World } from '../../geo/world.js';
import { parseCountries } from '../../harm/countries.js';
import { civiliansReported, killedMax, parseDateBound, strikeRows, type Strike } from './strikes.js';
import { frameMap, type MapFrame } from './projection.js';
import { binRadius, binStrikes, separate, strikeRadius, type Bin, type PlacedStrike } from './bins.js';
import { IDENTITY, clampZoom, panBy, reveal, zoomAt, type ZoomState } from './zoom.js';
import { binLines, formatReported, mapSummary, strikeLines, strikeSentence, type Line } from './describe.js';
import { strikeMapStyles } from './strike-map.styles.js';

const DISPLAYS = ['map', 'table'] as const;
type Display = (typeof DISPLAYS)[number];

/** Grid cell (screen px) within which strikes merge into one cluster. */
const CELL = 28;
const TABLE_PAGE = 200;

/**
 * TBIJ-recorded U.S. strikes in Pakistan, Yemen, Somalia and Afghanistan on a
 * map framed on the chosen countries: dots sized by people killed, filled when
 * civilians were reported killed; dense areas merge into clusters that open on
 * zoom or focus.
 *
 * @summary Map of U.S. strikes (TBIJ) with reported casualty ranges.
 * @tagname rights-strike-map
 *
 * @fires rights-select - The reader chose a strike (click, tap, Enter). `detail: { id, date, country }`.
 * @fires rights-year-change - The timeline moved (slider or playback). `detail: { year }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { strikes }`.
 *
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Secondary text.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-ocean] - Sea and background of the map.
 * @cssprop [--rights-land] - Fill of the framed countries.
 * @cssprop [--rights-civilian] - Strikes with civilian deaths reported (filled).
 * @cssprop [--rights-strike] - Strikes without civilian deaths reported (ring).
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart map - The map's SVG.
 * @csspart zoom - Zoom buttons.
 * @csspart tooltip - The tooltip.
 * @csspart timeline - Play button and year slider.
 * @csspart legend - The key.
 * @csspart caveats - Caveats shown under the map.
 * @csspart summary - The generated text summary.
 * @csspart table - The table of filtered strikes.
 * @csspart footer - Source, version, licence and citation.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsStrikeMap extends RightsElement {
  static override styles = [baseStyles, chartStyles, strikeMapStyles];

  /** Countries to frame (ISO alpha-3: `PAK`, `YEM`, `SOM`, `AFG`, several, or `all`, the default). */
  @property({ reflect: true }) country = '';

  /** First date shown: a year (`2009`) or ISO date (`2009-01-20`). */
  @property({ reflect: true }) from: string | number = '';

  /** Last date shown: a year or ISO date. */
  @property({ reflect: true }) to: string | number = '';

  /** Timeline (play button and year slider): shown unless `"false"`. */
  @property({ reflect: true }) controls: string | null = null;

  /** `map` (default) or `table`. */
  @property({ reflect: true }) display = 'map';

  @state() private data?: TbijStrikes;
  @state() private world?: World;
  @state() private registry?: CountryRegistry;
  @state() private loadError = '';
  @state() private zoom: ZoomState = IDENTITY;
  @state() private activeId = '';
  @state() private pointerKey = '';
  @state() private playing = false;
  @state() private announcement = '';
  @state() private year = 0;
  /** Table rows drawn so far: ~1,700 rows at once take seconds on a phone, so they come in pages. */
  @state() private tableRows = TABLE_PAGE;

  private rows: Strike[] = [];
  private codes: string[] = [];
  private fromDate = '';
  private toDate = '';
  private displayId: Display = 'map';
  private showTimeline = true;
  private names?: CountryNames;
  private namesLang = '';
  private frame?: MapFrame;
  private frameKey = '';
  private shown: Strike[] = [];
  private placed: PlacedStrike[] = [];
  private bins: Bin[] = [];
  private binsKey = '';
  private readyFired = false;
  private readonly timeline = new Timeline({ min: 2002, max: 2018, year: 2018 });
  private readonly tooltipRef = createRef<HTMLDivElement>();
  private readonly stageRef = createRef<HTMLDivElement>();
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private dragged = false;

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

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.data && !this.loadError) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.timeline.pause();
  }

  private async load(): Promise<void> {
    this.loadError = '';
    try {
      const [data, world, registry] = await Promise.all([strikeLoaders.tbij(), worldLoaders.world110m(), countryLoaders.registry()]);
      this.rows = strikeRows(data);
      this.world = world;
      this.registry = registry;
      this.data = data;
      this.readyFired = false;
    } catch (error) {
      this.loadError = 'The strike data could not be loaded. Check the connection and try again.';
      this.logFailure('data load failed', error);
    }
  }

  protected resolveSettings(): void {
    this.displayId = this.report(parseChoice(this.display, DISPLAYS, 'map', 'display'));
    this.showTimeline = this.report(parseSwitch(this.controls, 'controls'));
    if (!this.data || !this.registry) return;
    if (!this.names || this.namesLang !== this.resolvedLang) {
      this.names = new CountryNames(this.registry, this.resolvedLang);
      this.namesLang = this.resolvedLang;
    }
    const covered = [...new Set(this.rows.map((r) => r.country))].sort();
    const codes = this.report(parseCountries(this.country, covered, (c) => this.name(c)));
    this.codes = codes.length ? codes : covered;
    // Dates default to and are clamped within the chosen countries' own records (Afghanistan starts in 2015).
    const selected = this.rows.filter((r) => this.codes.includes(r.country));
    const first = selected[0]!.date;
    const last = selected[selected.length - 1]!.date;
    let from = this.report(parseDateBound(this.from, 'start', first, last, 'from'));
    let to = this.report(parseDateBound(this.to, 'end', first, last, 'to'));
    if (from > to) {
      // Read the two bounds the other way round, so from="2010" to="2008" means all of 2008–2010.
      from = parseDateBound(this.to, 'start', first, last, 'to').value;
      to = parseDateBound(this.from, 'end', first, last, 'from').value;
      this.problems.push(`"from" is after "to"; showing ${from} to ${to}.`);
    }
    const rangeChanged = from !== this.fromDate || to !== this.toDate;
    this.fromDate = from;
    this.toDate = to;
    const firstYear = Number(from.slice(0, 4));
    const lastYear = Number(to.slice(0, 4));
    this.timeline.setRange(firstYear, lastYear);
    if (rangeChanged || !this.year) {
      this.timeline.pause();
      this.timeline.year = lastYear;
      this.year = lastYear;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Wait for the first measurement: projecting for a guessed width would be thrown away a frame later.
    if (!this.data || !this.world || !this.widthController.width) return;
    const width = this.widthController.width;
    const height = this.stageRef.value?.clientHeight || Math.round(width * 0.625);
    const frameKey = `${this.codes.join()}|${width}|${height}`;
    if (frameKey !== this.frameKey) {
      const previous = this.frame;
      this.frame = frameMap(this.world.countries, this.codes, width, height);
      // A resize (a scrollbar appearing, a rotated phone) keeps the reader's zoom; other countries start afresh.
      const sameCountries = this.frameKey.split('|')[0] === this.codes.join();
      this.zoom = previous && sameCountries
        ? clampZoom({ k: this.zoom.k, x: (this.zoom.x * width) / previous.width, y: (this.zoom.y * height) / previous.height }, width, height)
        : IDENTITY;
      this.frameKey = frameKey;
      this.binsKey = '';
    }
    const end = this.year && this.year < Number(this.toDate.slice(0, 4)) ? `${this.year}-12-31` : this.toDate;
    const wanted = new Set(this.codes);
    const shown = this.rows.filter((r) => wanted.has(r.country) && r.date >= this.fromDate && r.date <= end);
    const binsKey = `${frameKey}|${this.fromDate}|${end}|${this.zoom.k}|${this.activeId}`;
    if (binsKey !== this.binsKey) {
      this.shown = shown;
      const projection = this.frame!.projection;
      this.placed = shown.flatMap((strike) => {
        if (strike.lat === null || strike.lon === null) return [];
        const point = projection([strike.lon, strike.lat]);
        return point ? [{ strike, x: point[0], y: point[1] }] : [];
      });
      // The focused strike is drawn on its own, so a cluster "opens" for it.
      this.bins = separate(binStrikes(this.placed.filter((p) => p.strike.id !== this.activeId), this.zoom.k, CELL), this.zoom.k);
      this.binsKey = binsKey;
    }
    if (this.activeId && !this.shown.some((s) => s.id === this.activeId)) this.activeId = '';
  }

  protected override updated(): void {
    this.positionTooltip();
    if (this.data && this.frame && !this.readyFired) {
      this.readyFired = true;
      emit(this, 'rights-ready', { strikes: this.shown.length });
    }
  }

  private name(code: string): string {
    return this.names?.name(code) ?? code;
  }

  private where(): string {
    const names = this.codes.map((c) => this.name(c));
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
  }

  protected override render(): TemplateResult {
    const theme = this.themeController.theme;
    return html`<div class="chart ${theme}">
      <h2 part="heading">${this.heading || 'U.S. strikes recorded by the Bureau of Investigative Journalism'}</h2>
      ${renderNotices(this.problems)}
      <div class="toolbar">
        <div class="zoom" part="zoom" role="group" aria-label="Zoom">
          <button type="button" @click=${() => this.zoomBy(2)} ?disabled=${!this.frame || this.displayId === 'table'} aria-label="Zoom in">+</button>
          <button type="button" @click=${() => this.zoomBy(0.5)} ?disabled=${!this.frame || this.displayId === 'table'} aria-label="Zoom out">−</button>
          <button type="button" @click=${this.resetZoom} ?disabled=${!this.frame || this.displayId === 'table'}>Reset</button>
        </div>
        <button type="button" @click=${this.toggleDisplay} aria-pressed=${this.displayId === 'table' ? 'true' : 'false'}>Table</button>
      </div>
      <div class="stage ${this.displayId === 'table' ? 'table-view' : ''}" ${ref(this.stageRef)}>${this.renderStage()}</div>
      ${this.showTimeline ? this.renderTimeline() : nothing}
      ${this.renderLegend()}
      <p class="caveats" part="caveats">${this.caveatText()}</p>
      <p class="summary" part="summary">${this.data ? mapSummary(this.shown, this.shown.length - this.placed.length, this.where(), this.resolvedLang) : ''}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${renderFooter(this.data ? [this.data.meta] : [], this.data ? this.data.meta.caveats.slice(4, 5) : [])}
    </div>`;
  }

  private caveatText(): string {
    if (!this.data) return '';
    const last = this.rows[this.rows.length - 1]!.date;
    const [ranges, , coordinates] = this.data.meta.caveats;
    return `${ranges} ${coordinates} Coverage ends ${last}.`;
  }

  private renderStage(): TemplateResult {
    if (this.loadError) return renderError(this.loadError, () => void this.load());
    if (!this.data || !this.frame) return html`<div class="loading" role="status">Loading map…</div>`;
    return this.displayId === 'table' ? this.renderTable() : this.renderMap(this.frame);
  }

  private renderMap(frame: MapFrame): TemplateResult {
    const { k, x, y } = this.zoom;
    const active = this.placed.find((p) => p.strike.id === this.activeId);
    const position = active ? this.shown.indexOf(active.strike) + 1 : 0;
    return html`<svg
        class="map ${k > 1 ? 'zoomed' : ''}"
        part="map"
        viewBox="0 0 ${frame.width} ${frame.height}"
        role="application"
        aria-roledescription="map"
        tabindex="0"
        aria-label="Map of ${formatCount(this.shown.length, this.resolvedLang)} strikes in ${this.where()}. Arrow keys step through strikes in time order; plus and minus zoom; shift and arrows pan; Enter selects."
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @pointerleave=${this.onPointerLeave}
        @wheel=${this.onWheel}
        @click=${this.onClick}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      >
        <rect class="sea" width=${frame.width} height=${frame.height}></rect>
        <g transform="translate(${x} ${y}) scale(${k})">
          <g aria-hidden="true">
            ${frame.shapes.map((s) => svg`<path class="land ${s.focus ? 'focus-country' : ''}" d=${s.d} vector-effect="non-scaling-stroke"></path>`)}
          </g>
          <g class="marks" aria-hidden="true">
            ${this.bins.map((bin) => this.renderBin(bin, k))}
            ${active ? this.renderSingle(active, k, 'active') : nothing}
          </g>
          ${active
            ? svg`<circle class="focus-ring" cx=${active.x} cy=${active.y} r=${(strikeRadius(killedMax(active.strike)) + 4) / k} vector-effect="non-scaling-stroke" aria-hidden="true"></circle>`
            : nothing}
        </g>
      </svg>
      ${active ? html`<span class="visually-hidden">${strikeSentence(active.strike, position, this.shown.length, this.resolvedLang)}</span>` : nothing}
      ${this.renderTooltip()}`;
  }

  private renderSingle(point: { strike: Strike; x: number; y: number }, k: number, extra = ''): TemplateResult {
    const civilian = civiliansReported(point.strike);
    return svg`<circle class="strike ${civilian ? 'civilian' : 'none'} ${extra}" data-key=${point.strike.id}
      cx=${point.x} cy=${point.y} r=${strikeRadius(killedMax(point.strike)) / k} vector-effect="non-scaling-stroke"></circle>`;
  }

  private renderBin(bin: Bin, k: number): TemplateResult {
    if (bin.members.length === 1) return this.renderSingle(bin.members[0]!, k);
    const r = binRadius(bin) / k;
    const inner = r * Math.sqrt(bin.withCivilians / bin.members.length);
    return svg`<g class="cluster" data-key=${bin.key}>
      <circle class="cluster-ring" data-key=${bin.key} cx=${bin.x} cy=${bin.y} r=${r} vector-effect="non-scaling-stroke"></circle>
      ${inner > 0 ? svg`<circle class="cluster-civilian" data-key=${bin.key} cx=${bin.x} cy=${bin.y} r=${inner}></circle>` : nothing}
      ${r * k >= 9 ? svg`<text class="cluster-count" data-key=${bin.key} x=${bin.x} y=${bin.y} dy="0.35em" font-size=${10 / k} text-anchor="middle">${bin.members.length}</text>` : nothing}
    </g>`;
  }

  private tooltipContent(): { title: string; lines: Line[]; at: { x: number; y: number } } | undefined {
    const key = this.pointerKey || this.activeId;
    if (!key) return undefined;
    const lang = this.resolvedLang;
    const single = key === this.activeId && !this.pointerKey ? this.placed.find((p) => p.strike.id === key) : undefined;
    const bin = single ? undefined : this.bins.find((b) => b.key === key);
    const lone = bin?.members.length === 1 ? { strike: bin.members[0]!.strike, x: bin.x, y: bin.y } : undefined;
    const point = single ?? lone ?? (key === this.activeId ? this.placed.find((p) => p.strike.id === key) : undefined);
    if (point) return { title: `${this.name(point.strike.country)}, ${point.strike.date}`, lines: strikeLines(point.strike, lang), at: point };
    if (bin) return { title: `${formatCount(bin.members.length, lang)} strikes near here`, lines: binLines(bin, lang), at: bin };
    return undefined;
  }

  private renderTooltip(): TemplateResult {
    const content = this.tooltipContent();
    return html`<div class="tooltip" part="tooltip" ?hidden=${!content} aria-hidden="true" ${ref(this.tooltipRef)}>
      ${content
        ? html`<strong>${content.title}</strong>
            <dl>${content.lines.map((line) => html`<dt>${line.label}</dt><dd>${line.value}</dd>`)}</dl>`
        : nothing}
    </div>`;
  }

  /** Places the tooltip beside the mark via CSSOM (CSP-safe: no style attribute). */
  private positionTooltip(): void {
    const tip = this.tooltipRef.value;
    const stage = this.stageRef.value;
    const content = this.tooltipContent();
    if (!tip || !stage || !content || !this.frame) return;
    const scale = stage.clientWidth / this.frame.width;
    const x = (content.at.x * this.zoom.k + this.zoom.x) * scale;
    const y = (content.at.y * this.zoom.k + this.zoom.y) * scale;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    let left = x + 14;
    let top = Math.max(0, Math.min(y - h / 2, stage.clientHeight - h));
    if (left + w > stage.clientWidth) {
      left = x - 14 - w;
      if (left < 0) {
        // Too narrow for either side (a phone): above or below the mark instead, never over it.
        left = Math.max(0, Math.min(x - w / 2, stage.clientWidth - w));
        top = y + 16 + h <= stage.clientHeight ? y + 16 : Math.max(0, y - 16 - h);
      }
    }
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private renderTable(): TemplateResult {
    const lang = this.resolvedLang;
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label="Table of the strikes shown">
      <table>
        <caption>${formatCount(this.shown.length, lang)} strikes in ${this.where()}, ${this.fromDate} to ${this.shown[this.shown.length - 1]?.date ?? this.toDate} (TBIJ reported ranges)</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Location</th>
            <th scope="col" class="number">Killed</th>
            <th scope="col" class="number">Civilians</th>
            <th scope="col" class="number">Children</th>
            <th scope="col" class="number">Injured</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          ${this.shown.slice(0, this.tableRows).map(
            (s) => html`<tr>
              <td>${s.date}</td>
              <th scope="row">${s.location}</th>
              <td class="number">${formatReported(s.killed, lang)}</td>
              <td class="number">${formatReported(s.civilians, lang)}</td>
              <td class="number">${formatReported(s.children, lang)}</td>
              <td class="number">${formatReported(s.injured, lang)}</td>
              <td>${s.source ? html`<a href=${safeUrl(/^https?:/i.test(s.source) ? s.source : `https://${s.source}`)} target="_blank" rel="noopener noreferrer">${s.id}</a>` : s.id}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${this.shown.length > this.tableRows
        ? html`<button type="button" class="more" @click=${this.showMoreRows}>
            Show ${formatCount(Math.min(TABLE_PAGE, this.shown.length - this.tableRows), lang)} more (${formatCount(this.tableRows, lang)} of ${formatCount(this.shown.length, lang)} shown)
          </button>`
        : nothing}
    </div>`;
  }

  private showMoreRows(): void {
    this.tableRows += TABLE_PAGE;
  }

  private renderTimeline(): TemplateResult {
    const { min, max } = this.timeline;
    const disabled = !this.data || min === max;
    return html`<div class="timeline" part="timeline">
      <button type="button" @click=${this.togglePlay} ?disabled=${disabled} aria-label=${this.playing ? 'Pause' : 'Play through the years'}>
        ${this.playing ? '❚❚' : '▶'}
      </button>
      <input type="range" min=${min} max=${max} step="1" .value=${String(this.year || max)} ?disabled=${disabled} aria-label="Show strikes up to year" @input=${this.onSlider} />
      <output aria-hidden="true">${this.data ? `${this.fromDate.slice(0, 4)}–${this.year || max}` : ''}</output>
    </div>`;
  }

  private renderLegend(): TemplateResult {
    return html`<ul class="legend" part="legend" aria-label="Key">
      <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle class="strike civilian" cx="8" cy="8" r="5"></circle></svg>Civilians reported killed (filled)</li>
      <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle class="strike none" cx="8" cy="8" r="5"></circle></svg>No civilian deaths reported (ring)</li>
      <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle class="cluster-ring" cx="8" cy="8" r="7"></circle><circle class="cluster-civilian" cx="8" cy="8" r="4"></circle></svg>Several strikes (inner disc: share with civilian deaths)</li>
      <li>Size: people killed (reported maximum)</li>
    </ul>`;
  }

  // — interaction —

  private keyFromEvent(event: Event): string {
    return (event.target as Element | null)?.getAttribute?.('data-key') ?? '';
  }

  private stagePoint(event: { clientX: number; clientY: number }): [number, number] {
    const box = (this.renderRoot.querySelector('svg.map') as SVGSVGElement).getBoundingClientRect();
    const scale = this.frame!.width / box.width;
    return [(event.clientX - box.left) * scale, (event.clientY - box.top) * scale];
  }

  private onPointerDown(event: PointerEvent): void {
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this.dragged = false;
  }

  private onPointerMove(event: PointerEvent): void {
    const before = this.pointers.get(event.pointerId);
    if (before && this.frame) {
      const { width, height } = this.frame;
      const scale = width / (this.renderRoot.querySelector('svg.map') as SVGSVGElement).getBoundingClientRect().width;
      if (this.pointers.size === 2) {
        const [a, b] = [...this.pointers.values()];
        const other = a === before ? b! : a!;
        const distance = (p: { x: number; y: number }): number => Math.hypot(p.x - other.x, p.y - other.y) || 1;
        const factor = distance({ x: event.clientX, y: event.clientY }) / distance(before);
        const [px, py] = this.stagePoint({ clientX: (event.clientX + other.x) / 2, clientY: (event.clientY + other.y) / 2 });
        this.zoom = zoomAt(this.zoom, factor, px, py, width, height);
        this.dragged = true;
      } else if (Math.abs(event.clientX - before.x) + Math.abs(event.clientY - before.y) > 2 || this.dragged) {
        this.zoom = panBy(this.zoom, (event.clientX - before.x) * scale, (event.clientY - before.y) * scale, width, height);
        this.dragged = true;
      }
      this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (this.dragged) return;
    }
    const key = this.keyFromEvent(event);
    if (key !== this.pointerKey) this.pointerKey = key;
  }

  private onPointerUp(event: PointerEvent): void {
    this.pointers.delete(event.pointerId);
  }

  private onPointerLeave(event: PointerEvent): void {
    this.pointers.delete(event.pointerId);
    this.pointerKey = '';
  }

  /** The wheel zooms only once the reader is in the map (focused, or Ctrl/⌘ held), so page scrolling is not hijacked. */
  private onWheel(event: WheelEvent): void {
    if (!this.frame) return;
    const focused = this.shadowRoot?.activeElement === event.currentTarget;
    if (!focused && !event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const [px, py] = this.stagePoint(event);
    this.zoom = zoomAt(this.zoom, Math.exp(-event.deltaY * 0.002), px, py, this.frame.width, this.frame.height);
  }

  private onClick(event: MouseEvent): void {
    if (this.dragged) {
      this.dragged = false;
      return;
    }
    const key = this.keyFromEvent(event);
    if (!key || !this.frame) return;
    const bin = this.bins.find((b) => b.key === key);
    if (bin && bin.members.length > 1) {
      const [px, py] = [bin.x * this.zoom.k + this.zoom.x, bin.y * this.zoom.k + this.zoom.y];
      this.zoom = zoomAt(this.zoom, 3, px, py, this.frame.width, this.frame.height);
      return;
    }
    this.activate(key);
    this.select();
  }

  private select(): void {
    const strike = this.shown.find((s) => s.id === this.activeId);
    if (strike) emit(this, 'rights-select', { id: strike.id, date: strike.date, country: strike.country });
  }

  private activate(id: string): void {
    this.activeId = id;
    this.pointerKey = '';
    const point = this.placed.find((p) => p.strike.id === id);
    if (point && this.frame) this.zoom = reveal(this.zoom, point.x, point.y, this.frame.width, this.frame.height);
    const strike = this.shown.find((s) => s.id === id);
    const position = strike ? this.shown.indexOf(strike) + 1 : 0;
    this.announcement = strike
      ? `${strikeSentence(strike, position, this.shown.length, this.resolvedLang)}${point ? '' : ' No coordinates: not on the map.'}`
      : '';
  }

  private onFocus(): void {
    if (!this.activeId && this.shown.length) this.activate(this.shown[0]!.id);
  }

  private onBlur(): void {
    this.pointerKey = '';
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.frame) return;
    const { width, height } = this.frame;
    const at = this.shown.findIndex((s) => s.id === this.activeId);
    const step = (by: number): void => {
      const next = this.shown[Math.min(this.shown.length - 1, Math.max(0, at + by))];
      if (next) this.activate(next.id);
    };
    const pan = width / 8;
    if (event.shiftKey && event.key.startsWith('Arrow')) {
      const [dx, dy] = { ArrowLeft: [pan, 0], ArrowRight: [-pan, 0], ArrowUp: [0, pan], ArrowDown: [0, -pan] }[event.key] ?? [0, 0];
      this.zoom = panBy(this.zoom, dx!, dy!, width, height);
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') step(1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') step(-1);
    else if (event.key === 'PageDown') step(10);
    else if (event.key === 'PageUp') step(-10);
    else if (event.key === 'Home') step(-this.shown.length);
    else if (event.key === 'End') step(this.shown.length);
    else if (event.key === '+' || event.key === '=') this.zoomBy(2);
    else if (event.key === '-' || event.key === '_') this.zoomBy(0.5);
    else if (event.key === '0') this.resetZoom();
    else if (event.key === 'Enter' || event.key === ' ') this.select();
    else if (event.key === 'Escape') this.pointerKey = '';
    else return;
    event.preventDefault();
  }

  /** Zooms around the focused strike, else the centre. */
  private zoomBy(factor: number): void {
    if (!this.frame) return;
    const point = this.placed.find((p) => p.strike.id === this.activeId);
    const [px, py] = point
      ? [point.x * this.zoom.k + this.zoom.x, point.y * this.zoom.k + this.zoom.y]
      : [this.frame.width / 2, this.frame.height / 2];
    this.zoom = zoomAt(this.zoom, factor, px, py, this.frame.width, this.frame.height);
  }

  private resetZoom(): void {
    this.zoom = IDENTITY;
  }

  private onSlider(event: Event): void {
    this.timeline.pause();
    this.timeline.set(Number((event.target as HTMLInputElement).value));
  }

  private togglePlay(): void {
    this.timeline.interval = prefersReducedMotion() ? 1500 : 700;
    this.timeline.toggle();
  }

  private toggleDisplay(): void {
    this.display = this.displayId === 'table' ? 'map' : 'table';
  }
}
