import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { RightsElement } from '../core/base-element.js';
import { emit, type CountrySelectDetail } from '../core/events.js';
import { renderError } from '../core/chrome.js';
import { parseChoice, parseCodes, parseSwitch } from '../core/parse.js';
import { countryNames, type CountryNames } from '../core/country-names.js';
import { DataController } from '../core/data-controller.js';
import { TimelineController } from '../core/timeline-controller.js';
import type { Point } from '../core/tooltip-controller.js';
import { DOLLARS, FLOWS, MEASURES, measureSource, type Dollars, type Flow, type Measure, type MeasureSource } from './measures.js';
import { isPeriodMode, parsePeriod, type Period } from './period.js';
import { rankingFor, type Ranking } from './ranking.js';
import { INDEXES, REGIME_FILTERS, type Democracy, type IndexId, type RegimeFilter } from './regimes.js';
import { recipientLabel, whenLabel, type Words } from './describe.js';
import { RecipientFocus, type FocusChart } from './recipient-focus.js';
import { firstFocus, stepInList } from './keyboard.js';
import { assistanceFrame, recipientListbox, type ListboxWiring, type FrameParts, type ListboxParts } from './frame.js';
import { loadAssistance, loadKey, settledAssistance, type LoadKey, type Loaded } from './load.js';
import { messages } from '../core/i18n.js';

/** What table.lazy.ts gives: the table view and the CSV's table. */
export type TableCode = typeof import('./table.lazy.js');

const msg = messages({
  'aid.hWhen': '{heading}, {when}',
  'aid.loading': 'Loading chart…',
  'aid.noMatch': 'No recipient matches these settings.',
});

/** A default heading with the period shown: "Military aid from the United States: top recipients, FY2013". */
export const headingWhen = (heading: string, when: string): string => msg('aid.hWhen', { heading, when });
export const loadingChart = (): string => msg('aid.loading');
export const noMatch = (): string => msg('aid.noMatch');

/** `detail` of `rights-select` on every assistance chart. */
export type AssistanceSelectDetail = CountrySelectDetail;

/** What `resolveRanking()` settled, for the chart to lay out. */
export interface Ranked<Own> {
  source: MeasureSource;
  democracy: Democracy;
  ranking: Ranking;
  own: Own;
}

/**
 * What the U.S. security-assistance charts (ranking, map, scatter) share: the
 * attributes that choose the measure, years and recipients, and reading them;
 * loading V-Dem, the country registry and the measure's dataset (with a
 * DataController); the heading, reader note and toolbar; the year timeline;
 * the tooltip and the selection of a recipient (pointer, keys and focus are
 * `RecipientFocus`'s). Each chart
 * keeps its drawing and layout, and declares the attributes whose meaning
 * differs from chart to chart, so its docs can say what they do there.
 */
export abstract class AssistanceElement<Own = undefined> extends RightsElement {
  /** `arms` (SIPRI TIV, 1950–2021, default), `aid` (ForeignAssistance.gov, FY1946–2024) or `military-aid` (FY2002–2015). */
  @property({ reflect: true }) measure: Measure = 'arms';

  /** A single year; defaults to the measure's latest complete year (for aid FY2023: FY2024 is provisional). Ignored when `from` or `to` is set. */
  @property({ reflect: true }) year: number | string = '';

  /** First year of a period (inclusive). */
  @property({ reflect: true }) from: number | string = '';

  /** Last year of a period (inclusive); defaults to the latest complete year when only `from` is set. */
  @property({ reflect: true }) to: number | string = '';

  /** For `measure="aid"`: `obligations` (default) or `disbursements`. */
  @property({ reflect: true }) flow: Flow = 'obligations';

  /** For `measure="aid"`: `constant` (FY2022 dollars, default) or `current`. */
  @property({ reflect: true }) dollars: Dollars = 'constant';

  /** Year slider (single-year mode): shown unless `"false"`. */
  @property({ reflect: true }) controls: boolean | string | null = null;

  // Read the same way by every chart but documented by each: what the index
  // labels, which recipients `regime` keeps, how `highlight` marks them, the
  // name and default of the drawn view.
  abstract index: IndexId;
  abstract regime: RegimeFilter;
  abstract highlight: string | string[];
  abstract selected: string;
  abstract view: string;

  /** What `view` calls the drawn (non-table) view. */
  protected abstract readonly chartView: 'chart' | 'map';
  /** Shown in place of the chart when loading fails (read at render time, in the chart's language). */
  protected abstract get loadFailedMessage(): string;

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
  protected democracy?: Democracy;
  protected ranking?: Ranking;
  protected names?: CountryNames;

  protected readonly data = new DataController<Loaded<Own>, LoadKey>(this, {
    key: () => loadKey(this.measureId, this.indexId),
    load: (key) => loadAssistance(key, this.ownLoader()),
    settled: (key) => settledAssistance(key, this.ownLoader()),
    validate: (value) => this.validateOwn(value.own),
    failure: () => this.loadFailedMessage,
    ready: () => (this.isDrawn() ? { measure: this.measureId, ...this.period } : undefined),
  });

  protected readonly timeline = TimelineController.forYear(this, { min: 1950, max: 2021 });

  /** Pointer, keyboard and focus over the recipients, and the tooltip; the chart says their order and how keys move (`focusChart`). */
  protected readonly nav = new RecipientFocus(this, this.focusChart());
  protected readonly tooltip = this.nav.tooltip;
  /** The table view and the CSV's table (table.lazy.ts): loaded the first time either is asked for. */
  protected readonly tables = this.lazyView(() => import('./table.lazy.js'));

  /** The loader of what only this chart needs (the map's world, the scatter's population); read at load time. */
  protected ownLoader(): (() => Promise<Own>) | undefined {
    return undefined;
  }

  /** Throws when the chart's own data has the wrong shape. */
  protected validateOwn(_own: Own): void {}

  /** True once the loaded data is drawn (fires `rights-ready`). */
  protected isDrawn(): boolean {
    return !!this.ranking;
  }

  /** Where the tooltip of `code` points when it is not under the pointer, in stage pixels. */
  protected abstract anchorOf(code: string): Point | undefined;

  /** The recipients the arrow keys step through, in order. */
  protected abstract focusCodes(): string[];

  /** What the focus controller asks of the chart; a chart overrides it to start focus or move by keys its own way. */
  protected focusChart(): FocusChart {
    return {
      codes: () => this.focusCodes(),
      // The selection, else a highlighted recipient, else the first; arrows step through the list.
      start: (codes) => firstFocus(codes, [this.selectedCode, ...this.highlighted]),
      next: (key, codes, active) => stepInList(codes, active, key),
      // Asked from focus and key handlers, outside an update.
      describe: (code) => this.inOwnLanguage(() => this.describeCode(code)),
      anchor: (code) => this.anchorOf(code),
      toggle: (code) => this.toggleSelect(code),
    };
  }

  protected abstract defaultHeading(): string;

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
  protected resolveRanking(): Ranked<Own> | undefined {
    const loaded = this.data.value;
    this.source = loaded && measureSource(this.measureId, loaded.data, { flow: this.flowId, dollars: this.dollarsId });
    if (!loaded || !this.source) {
      this.ranking = undefined;
      return undefined;
    }
    const source = this.source;
    this.democracy = loaded.democracy;
    this.names = countryNames(loaded.registry, this.resolvedLang);
    const parsed = parsePeriod(this.year, this.from, this.to, source.first, source.last, source.latest);
    this.problems.push(...parsed.problems);
    this.period = parsed.value;
    this.timeline.sync(source.first, source.last, this.period.to);
    const names = this.names;
    const known = (code: string): boolean => names.has(code);
    this.highlighted = this.report(parseCodes(this.highlight, known));
    this.selectedCode = this.report(parseCodes(this.selected, known))[0] ?? '';
    this.ranking = rankingFor(source, this.period, loaded.democracy, this.indexId, this.filter);
    return { source, democracy: loaded.democracy, ranking: this.ranking, own: loaded.own };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A polite announcement of every year change (slider, playback, page), with the active recipient.
    if (changed.has('year') && changed.get('year') !== undefined && this.source && this.hasUpdated) {
      const active = this.nav.active;
      this.nav.announcement = `${whenLabel(this.source, this.period)}. ${active ? this.describeCode(active) : ''}`.trim();
    }
  }

  /** From the attributes alone, so the slider's room is decided before data arrives. */
  protected periodMode(): boolean {
    return isPeriodMode(this.from, this.to);
  }

  protected get words(): Words {
    const names = this.names;
    return { lang: this.resolvedLang, name: (code) => names?.name(code) ?? code };
  }

  /** What a reader hears for a recipient (focus, arrow keys). */
  protected describeCode(code: string): string {
    const r = this.ranking?.rows.find((row) => row.code === code);
    return r && this.source ? recipientLabel(this.source, this.period, r, this.indexId, this.words) : '';
  }

  // — views —

  /** The chart's frame, the same for all three (`assistanceFrame`): the chart's parts in the shared heading, toolbar, timeline and footer. */
  protected renderFrame(parts: FrameParts): TemplateResult {
    const source = this.source;
    return assistanceFrame(parts, {
      theme: this.themeController.theme,
      dir: this.textDirection,
      lang: this.textLang,
      heading: this.heading || this.defaultHeading(),
      problems: this.problems,
      measure: this.measureId,
      source,
      chooseMeasure: this.chooseMeasure,
      table: { on: this.tableView, toggle: () => (this.view = this.tableView ? this.chartView : 'table') },
      stageRef: this.tooltip.stageRef,
      timeline: this.showTimeline && !this.periodMode() ? this.timeline.render({ year: this.period.to, label: source && whenLabel(source, this.period), disabled: !this.ranking }) : nothing,
      announcement: this.nav.announcement,
    });
  }

  /** The stage: the load error with its retry, the placeholder, the table or the drawn view. */
  protected renderStage(loading: string, ready: boolean, table: (code: TableCode) => TemplateResult, drawn: () => TemplateResult): TemplateResult {
    if (this.data.error) return renderError(this.loadFailedMessage, () => this.data.retry());
    if (!ready) return html`<div class="loading" role="status">${loading}</div>`;
    return this.tableView ? this.tables.render(table) : drawn();
  }

  /** The drawn view (`recipientListbox`): one tab stop, a listbox of the recipients wired to the shared handlers, then the tooltip. */
  protected renderListbox(parts: ListboxParts, on: ListboxWiring['on'] = this.nav.on): TemplateResult {
    return recipientListbox(parts, { label: this.defaultHeading(), activeCode: this.nav.active, on, tipRef: this.tooltip.tipRef });
  }

  // — interaction —

  private readonly chooseMeasure = (measure: Measure): void => {
    this.measure = measure;
    this.year = '';
    this.from = '';
    this.to = '';
  };

  /** Selects or deselects `code`; '' clears the selection (Escape). */
  private toggleSelect(code: string): void {
    code ||= this.selectedCode;
    if (!code) return;
    const selected = this.selectedCode !== code;
    this.selected = selected ? code : '';
    emit(this, 'rights-select', { code, name: this.words.name(code), selected });
  }
}
