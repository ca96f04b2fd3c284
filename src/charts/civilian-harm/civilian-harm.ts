import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
export type { HarmSelectDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderError, renderFooter, renderNotices } from '../../core/chrome.js';
import { parseChoice, parseYear } from '../../core/parse.js';
import { parseCountries } from '../../harm/countries.js';
import { CountryNames } from '../../core/country-names.js';
import { formatCount } from '../../core/format.js';
import { civilianHarmLoaders, type CivcasTable, type TbijYearly, type UcdpConflictDeaths } from '../../data/civilian-harm.js';
import { countryLoaders, type CountryRegistry } from '../../data/countries.js';
import type { SourceMeta } from '../../data/types.js';
import { MEASURES, MEASURE_LABELS, cellsFor, totalOf, yearSpan, type Measure, type YearCell } from './annual.js';
import { layoutAnnual, type AnnualLayout } from './annual-layout.js';
import { compare, periodLabel, rowsOf, type ComparisonEntry, type ComparisonGroup } from './comparison.js';
import { cellLabel, cellLines, formatEstimate, totalSentence, type Line } from './describe.js';
import { harmStyles } from './civilian-harm.styles.js';
import { annualTable, comparisonTable } from './tables.js';
import { annualLegend, comparisonLegend } from './legend.js';

const VIEWS = ['annual', 'official-vs-independent'] as const;
type View = (typeof VIEWS)[number];
const DISPLAYS = ['chart', 'table'] as const;
type Display = (typeof DISPLAYS)[number];
const CONTEXTS = ['none', 'ucdp'] as const;
type Context = (typeof CONTEXTS)[number];

/** Layout size before the first measurement; the viewBox scales it to the box. */
const DEFAULT_WIDTH = 720;
const DEFAULT_HEIGHT = 420;

/** What the chart has loaded; the comparison table and UCDP come only when a view asks for them. */
interface HarmData {
  yearly: TbijYearly;
  registry: CountryRegistry;
  civcas?: CivcasTable;
  ucdp?: UcdpConflictDeaths;
}

const LOADERS: Record<keyof HarmData, () => Promise<unknown>> = {
  yearly: () => civilianHarmLoaders.tbijYearly(),
  registry: () => countryLoaders.registry(),
  civcas: () => civilianHarmLoaders.civcas(),
  ucdp: () => civilianHarmLoaders.ucdp(),
};

/**
 * Civilian harm in U.S. strikes: TBIJ's reported civilian deaths per year and
 * country as minimum–maximum ranges, or official admissions beside independent
 * estimates for the same period, each scope difference stated.
 *
 * @summary Civilian deaths in U.S. strikes: reported ranges, and official vs independent counts.
 * @tagname rights-civilian-harm
 *
 * @fires rights-select - The reader chose a bar or row (click, tap, Enter). `detail: { code, year }` or `{ row }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { view }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Secondary text (axes, footer, tooltip labels).
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-border] - Rules, gridlines and control borders.
 * @cssprop [--rights-accent] - Links and controls.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-range] - Fill of reported min–max ranges and of official figures.
 * @cssprop [--rights-independent] - Fill of independent estimates.
 * @cssprop [--rights-context] - Strike-count and UCDP context bars.
 * @cssprop [--rights-chart-height=420px] - Height of the chart area (reserved before data arrives).
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The chart's SVG or comparison list.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The key.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences, caveats and citations.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsCivilianHarm extends RightsElement {
  static override styles = [baseStyles, chartStyles, harmStyles];

  /** `annual` (default): civilian deaths per year by country; `official-vs-independent`: official counts beside independent estimates. */
  @property({ reflect: true }) view = 'annual';

  /** TBIJ countries to show (ISO alpha-3: `PAK YEM SOM AFG`); empty shows all four. */
  @property({ reflect: true }) countries = '';

  /** First year (2002–2018) of the annual view. */
  @property({ reflect: true }) from: string | number = '';

  /** Last year (2002–2018) of the annual view. */
  @property({ reflect: true }) to: string | number = '';

  /** `civilians` (default), `killed` (everyone), `children` or `injured`. */
  @property({ reflect: true }) measure = 'civilians';

  /** `ucdp` adds UCDP conflict deaths (all sides) for the same countries and years; `none` (default). */
  @property({ reflect: true }) context = 'none';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) display = 'chart';

  @state() private pieces: Partial<HarmData> = {};
  @state() private loadError = '';
  @state() private activeKey = '';
  @state() private pointerKey = '';
  @state() private announcement = '';

  private viewId: View = 'annual';
  private displayId: Display = 'chart';
  private contextId: Context = 'none';
  private measureId: Measure = 'civilians';
  private codes: string[] = [];
  private fromYear = 0;
  private toYear = 0;
  private series: YearCell[][] = [];
  private groups: ComparisonGroup[] = [];
  private layout?: AnnualLayout;
  private names?: CountryNames;
  private namesLang = '';
  private readyFired = false;
  private readonly tooltipRef = createRef<HTMLDivElement>();
  private readonly stageRef = createRef<HTMLDivElement>();

  private loading = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.data && !this.loadError) void this.load();
  }

  /** The datasets the current view needs (read straight from the attributes: this runs before the first update). */
  private needed(): (keyof HarmData)[] {
    const keys: (keyof HarmData)[] = ['yearly', 'registry'];
    if (parseChoice(this.view, VIEWS, 'annual', 'view').value === 'official-vs-independent') keys.push('civcas');
    else if (parseChoice(this.context, CONTEXTS, 'none', 'context').value === 'ucdp') keys.push('ucdp');
    return keys;
  }

  /** Everything the view needs, once all of it has loaded. */
  private get data(): HarmData | undefined {
    return this.needed().every((key) => this.pieces[key]) ? (this.pieces as HarmData) : undefined;
  }

  private async load(): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    if (this.loadError) this.loadError = '';
    try {
      const missing = this.needed().filter((key) => !this.pieces[key]);
      const values = await Promise.all(missing.map((key) => LOADERS[key]()));
      const next: Partial<HarmData> = { ...this.pieces };
      missing.forEach((key, i) => Object.assign(next, { [key]: values[i] }));
      this.pieces = next;
      this.readyFired = false;
    } catch (error) {
      this.loadError = 'The civilian-harm data could not be loaded. Check the connection and try again.';
      this.logFailure('data load failed', error);
    } finally {
      this.loading = false;
    }
    // The view may have changed while loading.
    if (!this.loadError && !this.data) void this.load();
  }

  protected resolveSettings(): void {
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'annual', 'view'));
    this.displayId = this.report(parseChoice(this.display, DISPLAYS, 'chart', 'display'));
    this.contextId = this.report(parseChoice(this.context, CONTEXTS, 'none', 'context'));
    this.measureId = this.report(parseChoice(this.measure, MEASURES, 'civilians', 'measure'));
    const data = this.data;
    if (!data) {
      if (this.isConnected && !this.loading && !this.loadError) void this.load();
      return;
    }
    const { yearly, civcas, ucdp, registry } = data;
    if (!this.names || this.namesLang !== this.resolvedLang) {
      this.names = new CountryNames(registry, this.resolvedLang);
      this.namesLang = this.resolvedLang;
    }
    const covered = Object.keys(yearly.countries);
    this.codes = this.report(parseCountries(this.countries, covered, (code) => this.name(code)));
    if (!this.codes.length) this.codes = covered;
    const span = yearSpan(yearly);
    let from = this.report(parseYear(this.from, span.first, span.last, span.first));
    let to = this.report(parseYear(this.to, span.first, span.last, span.last));
    if (from > to) {
      this.problems.push(`"from" (${from}) is after "to" (${to}); showing ${to}–${from}.`);
      [from, to] = [to, from];
    }
    this.fromYear = from;
    this.toYear = to;
    const context = this.contextId === 'ucdp' ? ucdp : undefined;
    this.series = this.codes.map((code) => cellsFor(yearly, code, from, to, this.measureId, context));
    this.groups = civcas ? compare(rowsOf(civcas)) : [];
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never);
    if (!this.data || this.viewId !== 'annual') return;
    const width = this.widthController.width || DEFAULT_WIDTH;
    const height = this.stageRef.value?.clientHeight || DEFAULT_HEIGHT;
    this.layout = layoutAnnual(this.series, width, height, this.contextId === 'ucdp');
  }

  protected override updated(): void {
    this.positionTooltip();
    if (this.data && !this.readyFired) {
      this.readyFired = true;
      emit(this, 'rights-ready', { view: this.viewId });
    }
  }

  private name(code: string): string {
    return this.names?.name(code) ?? code;
  }

  private defaultHeading(): string {
    if (this.viewId === 'official-vs-independent') return 'Civilians killed by U.S. military operations: official counts vs independent estimates';
    // No years here: they are known only once data arrives, and the heading must not reflow then.
    return `${MEASURE_LABELS[this.measureId]} in U.S. strikes per year (TBIJ reported ranges)`;
  }

  protected override render(): TemplateResult {
    const theme = this.themeController.theme;
    return html`<div class="chart ${theme} ${this.viewId} ${this.contextId === 'ucdp' ? 'with-context' : ''}">
      <h2 part="heading">${this.heading || this.defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      <div class="toolbar">
        <button type="button" @click=${this.toggleDisplay} aria-pressed=${this.displayId === 'table' ? 'true' : 'false'}>Table</button>
      </div>
      <div class="stage ${this.displayId === 'table' ? 'table-view' : ''}" ${ref(this.stageRef)}>${this.renderStage()}</div>
      ${this.displayId === 'chart'
        ? this.viewId === 'official-vs-independent'
          ? comparisonLegend()
          : annualLegend(this.layout?.maxStrikes, this.layout?.maxConflict, this.contextId === 'ucdp', this.resolvedLang)
        : nothing}
      <p class="summary" part="summary">${this.summaryText()}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderSources()}
    </div>`;
  }

  private renderStage(): TemplateResult {
    if (this.loadError) return renderError(this.loadError, () => void this.load());
    if (!this.data) return html`<div class="loading" role="status">Loading chart…</div>`;
    if (this.viewId === 'official-vs-independent') {
      return this.displayId === 'table' ? comparisonTable(this.groups, this.resolvedLang) : this.renderComparison();
    }
    if (this.displayId === 'table') {
      return annualTable({
        series: this.series,
        codes: this.codes,
        measure: this.measureId,
        from: this.fromYear,
        to: this.toYear,
        withContext: this.contextId === 'ucdp',
        label: this.defaultHeading(),
        name: (code) => this.name(code),
        lang: this.resolvedLang,
      });
    }
    return this.layout ? this.renderAnnual(this.layout) : html``;
  }

  // — annual view —

  private renderAnnual(layout: AnnualLayout): TemplateResult {
    const lang = this.resolvedLang;
    const withContext = this.contextId === 'ucdp';
    const active = layout.panels.flatMap((p) => p.bars).find((b) => b.key === this.activeKey);
    return html`<svg
        class="plot"
        part="chart"
        viewBox="0 0 ${layout.width} ${layout.height}"
        role="listbox"
        tabindex="0"
        aria-label="${this.defaultHeading()}. Left and right arrows move between years, up and down between countries."
        aria-activedescendant=${this.activeKey ? `b-${this.activeKey}` : nothing}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
        @keydown=${this.onAnnualKey}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      >
        <defs>
          <pattern id="not-covered" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
          </pattern>
        </defs>
        <g aria-hidden="true">
          ${layout.panels.map(
            (panel) => svg`
              <text class="panel-title" x=${layout.left} y=${panel.top + 13}>${this.name(panel.code)}</text>
              ${panel.gaps.map((gap) => svg`<rect class="gap" x=${gap.x} y=${panel.ceiling} width=${gap.width} height=${panel.baseline - panel.ceiling} fill="url(#not-covered)"></rect>`)}
              ${layout.yTicks.map(
                (tick) => svg`<line class="grid" x1=${layout.left} x2=${layout.width - layout.right} y1=${panel.ceiling + tick.y} y2=${panel.ceiling + tick.y}></line>
                  <text class="tick" x=${layout.left - 4} y=${panel.ceiling + tick.y + 4} text-anchor="end">${formatCount(tick.value, lang)}</text>`,
              )}
              <text class="strip-label" x=${layout.left - 4} y=${panel.strikeBottom} text-anchor="end">strikes</text>
              ${withContext ? svg`<text class="strip-label" x=${layout.left - 4} y=${panel.conflictBottom} text-anchor="end">UCDP</text>` : nothing}
              ${panel.bars.map(
                (bar) => svg`
                  ${bar.cell.covered ? svg`<rect class="strike" x=${bar.x} y=${bar.strikeY} width=${bar.width} height=${bar.strikeHeight}></rect>` : nothing}
                  ${withContext && bar.conflictHeight > 0 ? svg`<rect class="conflict" x=${bar.x} y=${bar.conflictY} width=${bar.width} height=${bar.conflictHeight}></rect>` : nothing}
                  ${bar.cell.covered ? svg`<rect class="range" x=${bar.x} y=${bar.yMax} width=${bar.width} height=${Math.max(0, bar.yMin - bar.yMax)}></rect>
                    <line class="end max" x1=${bar.x} x2=${bar.x + bar.width} y1=${bar.yMax} y2=${bar.yMax}></line>
                    <line class="end min" x1=${bar.x} x2=${bar.x + bar.width} y1=${bar.yMin} y2=${bar.yMin}></line>` : nothing}`,
              )}`,
          )}
          ${layout.xTicks.map((tick) => svg`<text class="tick" x=${tick.x} y=${layout.height - 6} text-anchor="middle">${tick.year}</text>`)}
        </g>
        ${layout.panels.flatMap((panel) =>
          panel.bars.map(
            (bar) => svg`<rect
              id="b-${bar.key}"
              class="hit"
              role="option"
              aria-selected=${bar.key === this.activeKey ? 'true' : 'false'}
              aria-label=${cellLabel(bar.cell, this.name(bar.cell.code), this.measureId, lang)}
              data-key=${bar.key}
              x=${bar.x - 1}
              y=${panel.ceiling}
              width=${bar.width + 2}
              height=${(withContext ? panel.conflictBottom : panel.strikeBottom) - panel.ceiling}
            ></rect>`,
          ),
        )}
        ${active
          ? svg`<rect class="focus-ring" aria-hidden="true" x=${active.x - 2} y=${Math.min(active.yMax, active.yMin - 2) - 2} width=${active.width + 4} height=${Math.max(6, active.yMin - active.yMax) + 4}></rect>`
          : nothing}
      </svg>
      ${this.renderTooltip()}`;
  }

  private cellByKey(key: string): YearCell | undefined {
    return this.series.flat().find((c) => `${c.code}-${c.year}` === key);
  }

  // — official vs independent —

  private renderComparison(): TemplateResult {
    const lang = this.resolvedLang;
    const max = Math.max(1, ...this.groups.flatMap((g) => g.entries.map((e) => e.row.high ?? e.row.low)));
    const width = Math.max(120, (this.widthController.width || DEFAULT_WIDTH) - 24);
    const scale = (v: number): number => (v / max) * (width - 8);
    return html`<ul
        class="comparison"
        part="chart"
        role="listbox"
        tabindex="0"
        aria-label="${this.defaultHeading()}. Up and down arrows move between figures."
        aria-activedescendant=${this.activeKey ? `r-${this.activeKey}` : nothing}
        @keydown=${this.onComparisonKey}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
      >
        ${this.groups.map(
          (group) => html`<li role="presentation" class="period">
            <h3 aria-hidden="true">${periodLabel(group.start, group.end, lang)}</h3>
            <ul role="group" aria-label=${periodLabel(group.start, group.end, lang)}>
              ${group.entries.map((entry) => this.renderEntry(entry, scale, width))}
            </ul>
          </li>`,
        )}
      </ul>
      ${this.renderTooltip()}`;
  }

  private renderEntry(entry: ComparisonEntry, scale: (v: number) => number, width: number): TemplateResult {
    const { row } = entry;
    const lang = this.resolvedLang;
    const key = String(row.id);
    const x0 = 4 + scale(row.low);
    const x1 = 4 + scale(row.high ?? row.low);
    return html`<li
      id="r-${key}"
      role="option"
      data-key=${key}
      class="entry ${row.estimateType} ${key === this.activeKey ? 'active' : ''}"
      aria-selected=${key === this.activeKey ? 'true' : 'false'}
    >
      <div class="entry-text">
        <span class="kind">${row.estimateType === 'official' ? 'Official' : 'Independent'}${row.handTranscribed ? '†' : ''}</span>
        ${row.sourceOrg} · ${row.theatre}: <strong>${formatEstimate(row, lang)}</strong>
      </div>
      <svg class="bar" viewBox="0 0 ${width} 14" aria-hidden="true">
        <line class="axis" x1="4" x2=${width - 4} y1="7" y2="7"></line>
        ${row.estimateType === 'official'
          ? svg`<rect class="official-mark" x=${x0 - 1} y="2" width=${Math.max(3, x1 - x0 + 2)} height="10"></rect>`
          : svg`<rect class="independent-mark" x=${x0 - 1} y="3" width=${Math.max(3, x1 - x0 + 2)} height="8"></rect>
              ${row.high === null ? svg`<path class="open-end" d="M${x1 + 2},2 l8,5 l-8,5 z"></path>` : nothing}`}
      </svg>
      ${entry.scope.length
        ? html`<div class="scope">${entry.scope.map((s) => html`<p>${s}</p>`)}</div>`
        : nothing}
    </li>`;
  }

  // — tooltip, legend, summary, footer —

  private tooltipKey(): string {
    return this.pointerKey || this.activeKey;
  }

  private tooltipContent(): { title: string; lines: Line[] } | undefined {
    const key = this.tooltipKey();
    if (!key || !this.data) return undefined;
    const lang = this.resolvedLang;
    if (this.viewId === 'annual') {
      const cell = this.cellByKey(key);
      return cell ? { title: `${this.name(cell.code)}, ${cell.year}`, lines: cellLines(cell, lang, this.contextId === 'ucdp') } : undefined;
    }
    const entry = this.groups.flatMap((g) => g.entries).find((e) => String(e.row.id) === key);
    if (!entry) return undefined;
    const { row } = entry;
    const lines: Line[] = [
      { label: 'Period', value: periodLabel(row.periodStart, row.periodEnd, lang) },
      { label: 'Civilians killed', value: formatEstimate(row, lang) },
    ];
    if (row.injured !== null) lines.push({ label: 'Injured', value: formatCount(row.injured, lang) });
    if (row.strikes !== null) lines.push({ label: 'Strikes', value: formatCount(row.strikes, lang) });
    lines.push({ label: 'Document', value: row.document });
    if (row.handTranscribed) lines.push({ label: 'Note', value: 'hand-transcribed' });
    return { title: `${row.estimateType === 'official' ? 'Official' : 'Independent'}: ${row.sourceOrg}`, lines };
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
    const key = this.tooltipKey();
    if (!tip || !stage || !key || tip.hidden) return;
    const mark = this.renderRoot.querySelector(this.viewId === 'annual' ? `#b-${CSS.escape(key)}` : `#r-${CSS.escape(key)}`);
    if (!mark) return;
    const box = mark.getBoundingClientRect();
    const frame = stage.getBoundingClientRect();
    const x = box.right - frame.left;
    const y = box.top - frame.top;
    const fitsRight = x + 8 + tip.offsetWidth <= stage.clientWidth;
    const left = fitsRight ? x + 8 : Math.max(0, box.left - frame.left - 8 - tip.offsetWidth);
    const top = Math.max(0, Math.min(y, stage.clientHeight - tip.offsetHeight));
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private summaryText(): string {
    if (!this.data) return '';
    const lang = this.resolvedLang;
    if (this.viewId === 'official-vs-independent') {
      const pairs = this.groups.flatMap((g) => g.entries.filter((e) => e.against));
      const higher = pairs.filter((e) => e.row.low > (e.against!.high ?? e.against!.low)).length;
      return `In ${formatCount(higher, lang)} of ${formatCount(pairs.length, lang)} pairings the independent estimate's lowest figure is above the official count; scopes differ, so the gap is not a simple undercount.`;
    }
    const sentences = this.series
      .map((cells) => totalOf(cells, this.measureId))
      .filter((t) => t !== null)
      .map((t) => totalSentence(t!, this.name(t!.code), this.measureId, lang));
    return `${sentences.join(' ')} Ranges are TBIJ's reported minimum and maximum, not verified counts.`;
  }

  private renderSources(): TemplateResult {
    if (!this.data) return renderFooter([]);
    const { yearly, civcas, ucdp } = this.data;
    if (this.viewId === 'official-vs-independent' && civcas) {
      const flagged = this.groups.flatMap((g) => g.entries).filter((e) => e.row.handTranscribed).length;
      return renderFooter([civcas.meta], [
        `† ${formatCount(flagged, this.resolvedLang)} of the rows shown are hand-transcribed from government releases and press reports.`,
        ...civcas.meta.caveats.slice(1, 3),
      ]);
    }
    const sources: SourceMeta[] = ucdp && this.contextId === 'ucdp' ? [yearly.meta, ucdp.meta] : [yearly.meta];
    const caveats = [yearly.meta.caveats[0]!, ...yearly.meta.caveats.slice(-1)];
    if (ucdp && this.contextId === 'ucdp') caveats.push(ucdp.meta.caveats[0]!);
    return renderFooter(sources, caveats.filter(Boolean));
  }

  // — interaction —

  private keyFromEvent(event: Event): string {
    const target = (event.target as Element | null)?.closest?.('[data-key]');
    return target?.getAttribute('data-key') ?? '';
  }

  private onPointerMove(event: PointerEvent): void {
    const key = this.keyFromEvent(event);
    if (key !== this.pointerKey) this.pointerKey = key;
  }

  private onPointerLeave(): void {
    this.pointerKey = '';
  }

  private onClick(event: MouseEvent): void {
    const key = this.keyFromEvent(event);
    if (!key) return;
    this.activeKey = key;
    this.select(key);
  }

  private select(key: string): void {
    if (this.viewId === 'annual') {
      const cell = this.cellByKey(key);
      if (cell) emit(this, 'rights-select', { code: cell.code, year: cell.year });
    } else {
      emit(this, 'rights-select', { row: Number(key) });
    }
  }

  private onFocus(): void {
    if (!this.activeKey) {
      if (this.viewId === 'annual') {
        const first = this.series[0]?.find((c) => c.covered) ?? this.series[0]?.[0];
        this.activeKey = first ? `${first.code}-${first.year}` : '';
      } else {
        this.activeKey = String(this.groups[0]?.entries[0]?.row.id ?? '');
      }
    }
    this.announce();
  }

  private onBlur(): void {
    this.pointerKey = '';
    this.activeKey = '';
  }

  private announce(): void {
    const content = this.tooltipContent();
    this.announcement = content ? `${content.title}. ${content.lines.map((l) => `${l.label} ${l.value}`).join('; ')}` : '';
  }

  private moveTo(next: string | undefined, event: KeyboardEvent): void {
    event.preventDefault();
    if (next && next !== this.activeKey) {
      this.activeKey = next;
      this.pointerKey = '';
      this.announce();
    }
  }

  private onAnnualKey(event: KeyboardEvent): void {
    const [code, yearText] = splitKey(this.activeKey);
    let row = Math.max(0, this.codes.indexOf(code));
    let year = Number(yearText) || this.fromYear;
    switch (event.key) {
      case 'ArrowLeft': year = Math.max(this.fromYear, year - 1); break;
      case 'ArrowRight': year = Math.min(this.toYear, year + 1); break;
      case 'ArrowUp': row = Math.max(0, row - 1); break;
      case 'ArrowDown': row = Math.min(this.codes.length - 1, row + 1); break;
      case 'Home': year = this.fromYear; break;
      case 'End': year = this.toYear; break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (this.activeKey) this.select(this.activeKey);
        return;
      case 'Escape':
        this.pointerKey = '';
        return;
      default:
        return;
    }
    this.moveTo(`${this.codes[row]}-${year}`, event);
  }

  private onComparisonKey(event: KeyboardEvent): void {
    const keys = this.groups.flatMap((g) => g.entries.map((e) => String(e.row.id)));
    const at = keys.indexOf(this.activeKey);
    switch (event.key) {
      case 'ArrowUp':
      case 'ArrowLeft': this.moveTo(keys[Math.max(0, at - 1)], event); break;
      case 'ArrowDown':
      case 'ArrowRight': this.moveTo(keys[Math.min(keys.length - 1, at + 1)], event); break;
      case 'Home': this.moveTo(keys[0], event); break;
      case 'End': this.moveTo(keys[keys.length - 1], event); break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (this.activeKey) this.select(this.activeKey);
        break;
      default:
    }
    if (this.activeKey) this.renderRoot.querySelector(`#r-${CSS.escape(this.activeKey)}`)?.scrollIntoView?.({ block: 'nearest' });
  }

  private toggleDisplay(): void {
    this.display = this.displayId === 'table' ? 'chart' : 'table';
  }
}


function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf('-');
  return at < 0 ? ['', ''] : [key.slice(0, at), key.slice(at + 1)];
}
