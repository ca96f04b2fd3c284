import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef } from 'lit/directives/ref.js';
import { RightsElement } from '../core/base-element.js';
import { emit, type CountrySelectDetail } from '../core/events.js';
import { renderNotices } from '../core/chrome.js';
import { parseChoice, parseCodes, parseSwitch } from '../core/parse.js';
import { Timeline } from '../core/timeline.js';
import { CountryNames } from '../core/country-names.js';
import { assistanceLoaders } from '../data/assistance.js';
import { democracyLoaders } from '../data/democracy.js';
import { countryLoaders, type CountryRegistry } from '../data/countries.js';
import { DATASET_OF, DOLLARS, FLOWS, MEASURES, MEASURE_LABELS, measureSource, type AssistanceData, type Dollars, type Flow, type Measure, type MeasureSource } from './measures.js';
import { parsePeriod, type Period } from './period.js';
import { rankRecipients, type Ranking } from './ranking.js';
import { INDEXES, REGIME_FILTERS, type Democracy, type IndexId, type RegimeFilter } from './regimes.js';
import type { Words } from './describe.js';

/** `detail` of `rights-select` on every assistance chart. */
export type AssistanceSelectDetail = CountrySelectDetail;

/** What `resolveRanking()` settled, for the chart to lay out. */
export interface Ranked {
  source: MeasureSource;
  democracy: Democracy;
  ranking: Ranking;
}

/**
 * What the U.S. security-assistance charts (ranking, map, scatter) share: the
 * attributes that choose the measure, years and recipients, and reading them;
 * loading V-Dem, the country registry and the measure's dataset; the heading
 * and toolbar; selecting a recipient. Each chart keeps its drawing, layout and
 * keyboard navigation, and declares the attributes whose meaning differs from
 * chart to chart, so its docs can say what they do there.
 */
export abstract class AssistanceElement extends RightsElement {
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

  /** Year slider (single-year mode): shown unless `"false"`. */
  @property({ reflect: true }) controls: string | null = null;

  // Read the same way by every chart but documented by each: what the index
  // labels, which recipients `regime` keeps, how `highlight` marks them, the
  // name and default of the drawn view.
  abstract index: string;
  abstract regime: string;
  abstract highlight: string;
  abstract selected: string;
  abstract view: string;

  @state() private data: AssistanceData = {};
  @state() protected democracy?: Democracy;
  @state() private registry?: CountryRegistry;
  @state() protected loadError = '';
  @state() protected activeCode = '';
  @state() protected pointerCode = '';
  @state() protected announcement = '';

  /** What `view` calls the drawn (non-table) view. */
  protected abstract readonly chartView: 'chart' | 'map';
  /** Shown in place of the chart when loading fails. */
  protected abstract readonly loadFailedMessage: string;

  protected measureId: Measure = 'arms';
  private flowId: Flow = 'obligations';
  private dollarsId: Dollars = 'constant';
  protected indexId: IndexId = 'polyarchy';
  protected filter: RegimeFilter = 'all';
  protected tableView = false;
  protected showTimeline = true;
  protected period: Period = { from: 0, to: 0 };
  protected highlighted: string[] = [];
  protected selectedCode = '';
  protected source?: MeasureSource;
  protected ranking?: Ranking;
  private names?: CountryNames;
  private namesLang = '';
  private loading = false;
  private readyFired = false;
  protected readonly timeline = new Timeline({ min: 1950, max: 2021, year: 2021 });
  protected readonly tooltipRef = createRef<HTMLDivElement>();
  protected readonly stageRef = createRef<HTMLDivElement>();

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

  /** Loads V-Dem, the registry and the current measure's dataset; other measures load when chosen. */
  protected async load(): Promise<void> {
    this.loadError = '';
    this.loading = true;
    const key = DATASET_OF[this.measureId];
    try {
      const [v15, v14, registry, keepOwnData, dataset] = await Promise.all([
        democracyLoaders.v15(),
        democracyLoaders.v14(),
        countryLoaders.registry(),
        this.loadOwnData(),
        assistanceLoaders[key](),
      ]);
      this.democracy = { v15, v14 };
      this.registry = registry;
      keepOwnData();
      this.data = { ...this.data, [key]: dataset };
      this.readyFired = false;
    } catch (error) {
      this.loadError = this.loadFailedMessage;
      this.logFailure('data load failed', error);
    } finally {
      this.loading = false;
    }
  }

  /**
   * Starts loading what only this chart needs (the map's world, the scatter's
   * population) alongside the rest. Resolves to a function that stores it,
   * called once everything has arrived, so a failed load keeps nothing.
   */
  protected loadOwnData(): Promise<() => void> {
    return Promise.resolve(() => {});
  }

  /** The attributes every chart reads alike, in the order their messages are shown. */
  protected resolveSharedAttributes(): void {
    this.measureId = this.report(parseChoice(this.measure, MEASURES, 'arms', 'measure'));
    this.flowId = this.report(parseChoice(this.flow, FLOWS, 'obligations', 'flow'));
    this.dollarsId = this.report(parseChoice(this.dollars, DOLLARS, 'constant', 'dollars'));
    this.indexId = this.report(parseChoice(this.index, INDEXES, 'polyarchy', 'index'));
    this.filter = this.report(parseChoice(this.regime, REGIME_FILTERS, 'all', 'regime'));
    this.tableView = this.report(parseChoice(this.view, [this.chartView, 'table'], this.chartView, 'view')) === 'table';
    this.showTimeline = this.report(parseSwitch(this.controls, 'controls'));
  }

  /**
   * The measure's source, the period, the highlighted and selected codes and
   * the ranking; undefined while data is on the way (a newly chosen measure
   * starts loading here).
   */
  protected resolveRanking(): Ranked | undefined {
    this.source = measureSource(this.measureId, this.data, { flow: this.flowId, dollars: this.dollarsId });
    if (!this.source && this.democracy && !this.loading && !this.loadError) void this.load();
    if (!this.source || !this.democracy || !this.registry) return undefined;

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
    return { source: this.source, democracy: this.democracy, ranking: this.ranking };
  }

  /** From the attributes alone, so the slider's room is decided before data arrives. */
  protected periodMode(): boolean {
    return [this.from, this.to].some((v) => v !== null && v !== undefined && String(v).trim() !== '');
  }

  protected get words(): Words {
    return { lang: this.resolvedLang, name: (code) => this.names?.name(code) ?? code };
  }

  /** Fires `rights-ready` once per successful load; call it when the data is drawn. */
  protected fireReady(): void {
    if (this.readyFired) return;
    this.readyFired = true;
    emit(this, 'rights-ready', { measure: this.measureId, ...this.period });
  }

  protected abstract defaultHeading(): string;

  /** Heading, notices, and the toolbar to switch measure and table view. */
  protected renderHeader(): TemplateResult {
    return html`<h2 part="heading">${this.heading || this.defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      <div class="toolbar">
        <label
          >Measure
          <select @change=${this.onMeasureSelect}>
            ${MEASURES.map((id) => html`<option value=${id} ?selected=${id === this.measureId}>${MEASURE_LABELS[id]}</option>`)}
          </select></label
        >
        <button type="button" @click=${this.toggleView} aria-pressed=${this.tableView ? 'true' : 'false'}>Table</button>
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
    this.view = this.tableView ? this.chartView : 'table';
  }

  protected tooltipCode(): string {
    return this.pointerCode || this.activeCode;
  }

  private codeFromEvent(event: Event): string {
    return (event.target as Element | null)?.getAttribute?.('data-code') ?? '';
  }

  protected onPointerMove(event: PointerEvent): void {
    const code = this.codeFromEvent(event);
    if (code !== this.pointerCode) this.pointerCode = code;
  }

  protected onPointerLeave(): void {
    this.pointerCode = '';
  }

  protected onClick(event: MouseEvent): void {
    const code = this.codeFromEvent(event);
    if (!code) return;
    this.activeCode = code;
    this.toggleSelect(code);
  }

  protected onBlur(): void {
    this.pointerCode = '';
    this.activeCode = '';
  }

  /** Enter or Space toggles the active recipient, Escape clears the selection; false for any other key. */
  protected selectByKey(key: string): boolean {
    if (key === 'Enter' || key === ' ') {
      if (this.activeCode) this.toggleSelect(this.activeCode);
    } else if (key === 'Escape') {
      this.pointerCode = '';
      if (this.selectedCode) this.toggleSelect(this.selectedCode);
    } else return false;
    return true;
  }

  private toggleSelect(code: string): void {
    const selected = this.selectedCode !== code;
    this.selected = selected ? code : '';
    emit(this, 'rights-select', { code, name: this.words.name(code), selected });
  }
}
