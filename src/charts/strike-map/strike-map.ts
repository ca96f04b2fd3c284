import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
export type { StrikeSelectDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderError, renderFooter, renderNotices } from '../../core/chrome.js';
import { parseChoice, parseSwitch, parseYear } from '../../core/parse.js';
import { messages } from '../../core/i18n.js';
import { countryNames } from '../../core/country-names.js';
import { DataController } from '../../core/data-controller.js';
import { TimelineController } from '../../core/timeline-controller.js';
import { TooltipController, type Point } from '../../core/tooltip-controller.js';
import { isoDate, isPartial } from '../../harm/wording.js';
import { lastCallPer } from './memo.js';
import { mapLabels } from './country-labels.js';
import { MapScene } from './scene.js';
import { IDENTITY, panBy, reveal, type ZoomState } from '../../geo/zoom.js';
import { caveatLine, listNames, mapSummary, recordsAndStrikes, strikesMsg } from './describe.js';
import { loadStrikeMap, settledStrikeMap, validateStrikeMap } from './data.js';
import { strikeMap } from './map-view.js';
import { OutlineLayers } from './outlines.js';
import { mapToolbar, strikeLegend } from './legend.js';
import type { MapTip } from './tooltip.js';
import type { Gestures } from '../../geo/gestures.js';
import { zoomStyles } from '../../geo/map-zoom.js';
import { NO_RANGE, strikeRange, type StrikeRange } from './settings.js';
import { harmStyles } from '../../harm/styles.js';
import { strikeMapStyles } from './strike-map.styles.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { stageClientHeight } from '../../core/stage-width.js';

const msg = messages({
  'strikes.fail': 'The strike data could not be loaded. Check the connection and try again.',
  'strikes.head': 'U.S. strikes recorded by the Bureau of Investigative Journalism',
  'strikes.dtCap': 'TBIJ records in {where}, {from} to {to}',
  'strikes.upTo': 'Up to {year}',
  'strikes.upToP': 'Up to {year} (partial)',
  'strikes.slider': 'Up to year',
  'strikes.loading': 'Loading map…',
  'strikes.in': '{what} in {where}',
  'strikes.cap': '{summary}, {from} to {to}',
});

/** What interaction.lazy.ts gives. */
type Interaction = typeof import('./interaction.lazy.js');

const DISPLAYS = ['map', 'table'] as const;
export type StrikeMapDisplay = (typeof DISPLAYS)[number];

const TABLE_PAGE = 200;

/**
 * TBIJ-recorded U.S. strikes in Pakistan, Yemen, Somalia and Afghanistan on a
 * map framed on the chosen countries: one dot per TBIJ record (a record can
 * stand for several strikes), sized by people killed, filled when civilians
 * were reported killed; dense areas merge into clusters that open on zoom or
 * focus.
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
  static override styles = [baseStyles, chartStyles, harmStyles, strikeMapStyles, zoomStyles];

  /** Countries to frame (ISO alpha-3: `PAK`, `YEM`, `SOM`, `AFG`, several as a string or array, or `all`, the default). */
  @property({ reflect: true }) country: string | string[] = '';

  /** First date shown: a year (`2009`) or ISO date (`2009-01-20`). */
  @property({ reflect: true }) from: number | string = '';

  /** Last date shown: a year or ISO date. */
  @property({ reflect: true }) to: number | string = '';

  /** Timeline (play button and year slider): shown unless `"false"` (or `false`). */
  @property({ reflect: true }) controls: boolean | string | null = null;

  /** `map` (default) or `table`. */
  @property({ reflect: true }) display: 'map' | 'table' = 'map';

  /** The timeline's year: the map shows every record from `from` to the end of this year (default: the last year). Set by the slider and playback; back to the default when the dates change. */
  @property({ reflect: true }) year: number | string = '';

  @state() private zoom: ZoomState = IDENTITY;
  @state() private activeId = '';
  @state() private pointerKey = '';
  @state() private announcement = '';
  /** The timeline's year as read from `year` (0 before the data arrives). */
  private upTo = 0;
  /** Table rows drawn so far: ~1,700 rows at once take seconds on a phone, so they come in pages. */
  @state() private tableRows = TABLE_PAGE;

  /** The countries framed and the dates shown. */
  private range: StrikeRange = NO_RANGE;
  private displayId: StrikeMapDisplay = 'map';
  private showTimeline = true;
  private readonly scene = new MapScene();
  private readonly outlines = new OutlineLayers();
  // Texts over every record shown, rebuilt only when the records (or the words) change, not on a pan, zoom or hover.
  private readonly summaryText = lastCallPer(mapSummary);
  private readonly totalsText = lastCallPer(recordsAndStrikes);
  private gestures?: Gestures;

  /** The table view and the CSV's table (views.lazy.ts): loaded the first time either is asked for. */
  private readonly views = this.lazyView(() => import('./views.lazy.js'));
  /** Drag, pinch, wheel, keys, tooltips (interaction.lazy.ts): fetched while the map is first drawn; the map answers once it is here. */
  private readonly interaction = this.lazyView(() => import('./interaction.lazy.js'));
  private readonly data = new DataController(this, {
    load: loadStrikeMap,
    settled: settledStrikeMap,
    validate: validateStrikeMap,
    failure: () => msg('strikes.fail'),
    ready: () => (this.scene.frame ? { strikes: this.scene.shown.length } : undefined),
  });

  private readonly timeline = new TimelineController(
    this,
    (year) => {
      this.year = year;
      emit(this, 'rights-year-change', { year });
    },
    { min: 2002, max: 2018 },
    700,
  );

  private readonly tooltip: TooltipController = new TooltipController(this, (): Point | undefined => {
    const tip = this.tip();
    return tip && this.scene.frame ? this.input?.onStage(tip.at, this.zoom, this.tooltip.scale(this.scene.frame.width)) : undefined;
  });

  /** The interaction code once it is here (asking for it if not), with the map's gestures. */
  private get input(): Interaction | undefined {
    const code = this.interaction.module;
    if (code && !this.gestures) this.gestures = new code.Gestures({ svg: () => this.renderRoot.querySelector('svg.map'), size: () => this.scene.frame });
    return code;
  }

  protected resolveSettings(changed: PropertyValues<this>): void {
    this.displayId = this.report(parseChoice(this.display, DISPLAYS, 'map', 'display'));
    this.showTimeline = this.report(parseSwitch(this.controls, 'controls'));
    const data = this.data.value;
    if (!data) return;
    const range = strikeRange(data.rows, this, (c) => this.name(c), (parsed) => this.report(parsed));
    const rangeChanged = this.range !== NO_RANGE && (range.from !== this.range.from || range.to !== this.range.to);
    this.range = range;
    if (rangeChanged) {
      this.timeline.pause();
      if (!changed.has('year')) this.year = '';
    }
    this.upTo = this.report(parseYear(this.year, range.firstYear, range.lastYear, range.lastYear));
    this.timeline.sync(range.firstYear, range.lastYear, this.upTo);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.data.value;
    // Wait for the first measurement: projecting for a guessed width would be thrown away a frame later.
    if (!data || !this.widthController.width) return;
    const width = this.widthController.width;
    const height = stageClientHeight(this.tooltip.stageRef.value) || Math.round(width * 0.625);
    const end = this.upTo && this.upTo < this.range.lastYear ? `${this.upTo}-12-31` : this.range.to;
    const input = { world: data.world, rows: data.rows, codes: this.range.codes, width, height, from: this.range.from, end };
    this.zoom = this.scene.update({ ...input, zoom: this.zoom, activeId: this.activeId });
    if (this.activeId && !this.scene.shown.some((s) => s.id === this.activeId)) this.activeId = '';
  }

  private name(code: string): string {
    const registry = this.data.value?.registry;
    return registry ? countryNames(registry, this.resolvedLang).name(code) : code;
  }

  private where(): string {
    return listNames(this.range.codes.map((c) => this.name(c)));
  }

  /** Resolves to the records shown (the table view's rows), for download as CSV, or why they are withheld; null until the map is drawn. */
  async dataTable(): Promise<DataTableResult> {
    const data = this.data.value;
    if (!data || !this.scene.frame) return null;
    const { strikeDataTable } = await this.views.get();
    return this.inOwnLanguage(() => {
      const lang = this.resolvedLang;
      const caption = msg('strikes.dtCap', { where: this.where(), from: isoDate(this.range.from, lang), to: isoDate(this.range.to, lang) });
      return strikeDataTable(this.heading || msg('strikes.head'), this.scene.shown, caption, data.strikes.meta, (c) => this.name(c));
    });
  }

  protected override render(): TemplateResult {
    const data = this.data.value;
    const disabled = !this.scene.frame || this.displayId === 'table';
    const year = this.upTo || this.timeline.timeline.max;
    return html`<div class="chart ${this.themeController.theme}" dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${this.heading || msg('strikes.head')}</h2>
      ${renderNotices(this.problems)}
      ${mapToolbar({ disabled, table: this.displayId === 'table', zoom: (factor) => this.zoomBy(factor), reset: this.resetZoom, toggle: this.toggleDisplay })}
      <div class="stage ${this.displayId === 'table' ? 'table-view' : ''}" ${ref(this.tooltip.stageRef)}>${this.renderStage()}</div>
      ${this.showTimeline
        ? this.timeline.render({
            year: this.upTo,
            // One thumb: the map shows every record from the start up to the end of this year.
            label: data ? msg(isPartial(year, data.years) ? 'strikes.upToP' : 'strikes.upTo', { year }) : '',
            disabled: !data || this.timeline.timeline.min === this.timeline.timeline.max,
            sliderLabel: msg('strikes.slider'),
          })
        : ''}
      ${strikeLegend()}
      <p class="caveats" part="caveats">${data ? caveatLine(data.rows, this.resolvedLang) : ''}</p>
      <p class="summary" part="summary">${data && this.scene.frame ? this.summaryText(this.scene.shown, this.scene.shown.length - this.scene.placed.length, this.where(), this.resolvedLang, data.years) : ''}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${renderFooter(data ? [data.strikes.meta] : [], data ? [strikesMsg('strikes.cavSum')] : [])}
    </div>`;
  }

  private renderStage(): TemplateResult {
    if (this.data.error) return renderError(this.data.error, () => this.data.retry());
    if (!this.data.value || !this.scene.frame) return html`<div class="loading" role="status">${msg('strikes.loading')}</div>`;
    const lang = this.resolvedLang;
    const summary = msg('strikes.in', { what: this.totalsText(this.scene.shown, lang), where: this.where() });
    if (this.displayId === 'table') {
      const caption = msg('strikes.cap', { summary, from: isoDate(this.range.from, lang), to: isoDate(this.scene.shown[this.scene.shown.length - 1]?.date ?? this.range.to, lang) });
      return this.views.render(({ strikeTable }) => strikeTable({ shown: this.scene.shown, rows: this.tableRows, page: TABLE_PAGE, caption, lang, more: this.showMoreRows }));
    }
    const active = this.scene.placed.find((p) => p.strike.id === this.activeId);
    const position = active ? this.scene.shown.indexOf(active.strike) + 1 : 0;
    const labels = mapLabels(this.scene.bins, this.scene.frame, this.zoom.k, this.range.codes.join(), countryNames(this.data.value.registry, lang));
    const map = strikeMap({ frame: this.scene.frame, outlines: this.outlines.for(this.scene.frame), zoom: this.zoom, bins: this.scene.bins, labels, active, position, total: this.scene.shown.length, label: summary, lang, on: this.handlers });
    const input = this.input;
    return html`${map}${input ? input.renderTip(this.tip(), this.tooltip.tipRef) : nothing}`;
  }

  private tip(): MapTip | undefined {
    return this.input?.mapTip(this.pointerKey, this.activeId, this.scene.placed, this.scene.bins, (code) => this.name(code), this.resolvedLang);
  }

  // — interaction —

  // Until interaction.lazy.ts is here (a moment after the first drawing), the map ignores the pointer and keys.
  private readonly handlers = {
    pointerdown: (event: PointerEvent): void => {
      if (this.input) this.gestures!.down(event);
    },
    pointerup: (event: PointerEvent): void => {
      if (this.input) this.gestures!.up(event);
    },
    pointermove: (event: PointerEvent): void => {
      const input = this.input;
      if (!input) return;
      const zoom = this.gestures!.move(event, this.zoom);
      if (zoom) this.zoom = zoom;
      else if (input.keyOf(event) !== this.pointerKey) this.pointerKey = input.keyOf(event);
    },
    pointerleave: (event: PointerEvent): void => {
      if (this.input) this.gestures!.up(event);
      this.pointerKey = '';
    },
    wheel: (event: WheelEvent): void => {
      if (this.input) this.zoom = this.gestures!.wheel(event, this.zoom, this.shadowRoot?.activeElement === event.currentTarget) ?? this.zoom;
    },
    click: (event: MouseEvent): void => {
      const input = this.input;
      if (!input || this.gestures!.consumeDrag()) return;
      const key = input.keyOf(event);
      if (!key || !this.scene.frame) return;
      const bin = this.scene.bins.find((b) => b.key === key);
      if (bin && bin.members.length > 1) {
        this.zoom = input.zoomToward(this.zoom, 3, bin, this.scene.frame);
        return;
      }
      this.activate(key, input);
      this.select();
    },
    keydown: (event: KeyboardEvent): void => {
      const input = this.input;
      if (input) this.onKeyDown(event, input);
    },
    focus: (): void => {
      const input = this.input;
      if (!input) {
        // Focused before the code arrived: focus the first record once it has.
        void this.interaction.get().then(() => this.shadowRoot?.activeElement?.matches('svg.map') && this.handlers.focus(), () => undefined);
        return;
      }
      if (!this.activeId && this.scene.shown.length) this.activate(this.scene.shown[0]!.id, input);
    },
    blur: (): void => {
      this.pointerKey = '';
    },
  };

  private select(): void {
    const strike = this.scene.shown.find((s) => s.id === this.activeId);
    if (strike) emit(this, 'rights-select', { id: strike.id, date: strike.date, country: strike.country });
  }

  private activate(id: string, input: Interaction): void {
    this.activeId = id;
    this.pointerKey = '';
    const point = this.scene.placed.find((p) => p.strike.id === id);
    if (point && this.scene.frame) this.zoom = reveal(this.zoom, point.x, point.y, this.scene.frame.width, this.scene.frame.height);
    // From click, key and focus handlers, outside an update: placeOf and the list of names read the chart's language.
    this.announcement = this.inOwnLanguage(() => input.focusSentence(this.scene.shown, id, !!point, this.resolvedLang));
  }

  private onKeyDown(event: KeyboardEvent, input: Interaction): void {
    if (!this.scene.frame) return;
    const action = input.mapKey(event, this.scene.frame.width);
    if (!action) return;
    event.preventDefault();
    if ('step' in action) {
      const next = input.stepFrom(this.scene.shown, this.activeId, action.step);
      if (next) this.activate(next.id, input);
    } else if ('pan' in action) this.zoom = panBy(this.zoom, action.pan[0], action.pan[1], this.scene.frame.width, this.scene.frame.height);
    else if ('zoom' in action) this.zoomBy(action.zoom);
    else if ('reset' in action) this.resetZoom();
    else if ('select' in action) this.select();
    else this.pointerKey = '';
  }

  /** Zooms around the focused record, else the centre (the zoom buttons wait for the code if it is still on its way). */
  private zoomBy(factor: number): void {
    const input = this.input;
    if (!input) {
      void this.interaction.get().then(() => this.zoomBy(factor), () => undefined);
      return;
    }
    if (!this.scene.frame) return;
    const point = this.scene.placed.find((p) => p.strike.id === this.activeId);
    this.zoom = input.zoomToward(this.zoom, factor, point, this.scene.frame);
  }

  private readonly resetZoom = (): void => {
    this.zoom = IDENTITY;
  };

  private readonly showMoreRows = (): void => {
    this.tableRows += TABLE_PAGE;
  };

  private readonly toggleDisplay = (): void => {
    this.display = this.displayId === 'table' ? 'map' : 'table';
  };
}
