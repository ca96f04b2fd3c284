import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
export type { StateSelectDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderFooter, renderNotices } from '../../core/chrome.js';
import { menu, renderToolbar } from '../../core/toolbar.js';
import { describeValue, parseChoice, textOf, type Parsed } from '../../core/parse.js';
import { DataController } from '../../core/data-controller.js';
import { TooltipController } from '../../core/tooltip-controller.js';
import { stagePlaceholder, stageWidth } from '../../core/xy-frame.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { messages } from '../../core/i18n.js';
import { loadedValue } from '../../data/load.js';
import { policeEquipmentLoaders, type Leso1033 } from '../../data/police-equipment.js';
import { usStatesLoaders, type UsStates } from '../../data/us-states.js';
import { MEASURES, PERS, classBreaks, shipYears as shipYearsOf, stateRows, validateLeso, type Measure, type Per, type StateRow } from './equipment.js';
import { layoutStates, type MapLayout } from './map-layout.js';
import { renderMapLegend, renderRankedList, renderStateMap } from './map-view.js';
import { defaultHeading, equipmentNotes, equipmentSummary, footerNotes, measureLabel, perLabel, rowLine } from './describe.js';
import { policeEquipmentStyles } from './police-equipment.styles.js';

const msg = messages({
  'police.loadFailure': 'The 1033 data or the state map could not be loaded. Check the connection and try again.',
  'police.menuMeasure': 'Show',
  'police.menuPer': 'Count',
  'police.menuView': 'View',
  'police.viewMap': 'Map',
  'police.viewYears': 'By ship year',
  'police.selected': 'Selected: {what}.',
  'police.unselected': '{name} deselected.',
  'police.unknownState': 'Unknown state code {value}: no state selected.',
  'police.caption': '{heading}; ranked {per}',
  'police.rankedTotal': 'by total',
  'police.rankedRate': 'per 100,000 residents',
});

const VIEWS = ['map', 'years', 'table'] as const;
type View = (typeof VIEWS)[number];

interface Loaded {
  data: Leso1033;
  outlines: UsStates;
}

/**
 * Military surplus from the Pentagon's "1033" program held by U.S. state and
 * local law enforcement on 31 March 2020, by state: a map coloured by the
 * measure (value, controlled items, rifles, MRAPs, aircraft), as a total or
 * per 100,000 residents, with the ten states that hold the most beside it, a
 * view of the holdings by the year they were shipped, and a table. These are
 * holdings on hand in 2020, not yearly transfers; per 100,000 residents, the
 * territories (populations as small as 47,329) are not ranked or coloured.
 *
 * @summary State map of Pentagon surplus held by U.S. police (1033 program), totals or per 100,000 residents.
 * @tagname rights-police-equipment
 *
 * @fires rights-select - The reader selected or deselected a state (click, tap, Enter). `detail: { code, name, selected, measure, per, value }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { measure, per }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour; also the selected state's outline.
 * @cssprop [--rights-muted] - Secondary text colour.
 * @cssprop [--rights-bg] - Background colour; also the borders between states.
 * @cssprop [--rights-surface] - Button background; states with none.
 * @cssprop [--rights-border] - Control borders, table rules, states without data.
 * @cssprop [--rights-accent] - Links and the bars of the list and the ship-year view.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart note - The sentences that change how the numbers read (holdings not transfers; territories), beside the map.
 * @csspart map - The map's SVG.
 * @csspart chart - The ship-year view's SVG.
 * @csspart tooltip - The state's figure, next to it.
 * @csspart legend - The colour classes, each with its range.
 * @csspart list - The ten places that hold the most.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, licence and notes.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsPoliceEquipment extends RightsElement {
  static override styles = [baseStyles, chartStyles, policeEquipmentStyles];

  /** `value` (default; dollars the Defense Department paid), `controlled` (controlled military items), `rifles`, `mraps` or `aircraft`. */
  @property({ reflect: true }) measure: Measure = 'value';

  /** `total` (default) or `100k` (per 100,000 residents, 2020 Census; territories are not ranked). */
  @property({ reflect: true }) per: Per = 'total';

  /** `map` (default; with the ten places that hold the most), `years` (holdings by ship year) or `table`. */
  @property({ reflect: true }) view: 'map' | 'years' | 'table' = 'map';

  /** The selected state (USPS code, e.g. `TN`); the ship-year view shows its holdings. */
  @property({ reflect: true }) selected = '';

  @state() private activeFips = '';
  @state() private pointerFips = '';
  @state() private announcement = '';

  private loaded?: Loaded;
  private measureId: Measure = 'value';
  private perId: Per = 'total';
  private viewId: View = 'map';
  private selectedCode = '';
  private rows: StateRow[] = [];
  private byFips = new Map<string, StateRow>();
  private breaks: number[] = [];
  private labels = new Map<string, string>();
  private layout?: MapLayout;
  private drawnFips = new Set<string>();

  private readonly data = new DataController<Loaded>(this, {
    load: async () => {
      const [data, outlines] = await Promise.all([policeEquipmentLoaders.leso1033(), usStatesLoaders.albers()]);
      return { data, outlines };
    },
    settled: () => {
      const data = loadedValue(policeEquipmentLoaders.leso1033);
      const outlines = loadedValue(usStatesLoaders.albers);
      return data && outlines ? { data, outlines } : undefined;
    },
    validate: ({ data, outlines }) => {
      validateLeso(data);
      if (!Array.isArray(outlines?.states)) throw new TypeError('wrong-shaped state outlines');
    },
    failure: () => msg('police.loadFailure'),
    ready: () => (this.rows.length ? { measure: this.measureId, per: this.perId } : undefined),
  });

  /** The table, the ship-year view and the Download menu's table (views.lazy.ts). */
  private readonly views = this.lazyView(() => import('./views.lazy.js'));
  /** Arrow and letter keys over the map (interaction.lazy.ts), fetched while the map is first drawn. */
  private readonly interaction = this.lazyView(() => import('./interaction.lazy.js'));

  /** The tooltip sits beside the state it describes (hovered, else focused). */
  private readonly tooltip: TooltipController = new TooltipController(this, (pointer) => {
    if (pointer && this.pointerFips) return pointer;
    const shape = this.layout?.shapes.find((s) => s.fips === this.shownFips);
    if (!this.layout || !shape) return undefined;
    const scale = this.tooltip.scale(this.layout.width);
    return { x: shape.x * scale, y: shape.y * scale };
  });

  protected resolveSettings(): void {
    this.measureId = this.report(parseChoice(this.measure, MEASURES, 'value', 'measure'));
    this.perId = this.report(parseChoice(this.per, PERS, 'total', 'per'));
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'map', 'view'));
    const loaded = (this.loaded = this.data.value);
    if (!loaded) return;
    this.selectedCode = this.report(this.parseSelected(loaded.data));
    this.rows = stateRows(loaded.data, this.measureId, this.perId);
    this.byFips = new Map(this.rows.map((r) => [r.fips, r]));
    this.drawnFips = new Set(loaded.outlines.states.map((s) => s.fips));
    // Classes over the states drawn and ranked: a territory's rate never sets a colour.
    this.breaks = classBreaks(this.rows.filter((r) => r.status === 'ranked' && this.drawnFips.has(r.fips)).map((r) => r.value!));
    const ranked = this.rows.filter((r) => r.status === 'ranked').length;
    this.labels = new Map(this.rows.map((r) => [r.fips, rowLine(r, this.measureId, this.perId, ranked)]));
  }

  private parseSelected(data: Leso1033): Parsed<string> {
    const raw: unknown = this.selected;
    const text = textOf(raw);
    if (text === undefined) return raw === null || raw === undefined ? { value: '' } : { value: '', problem: msg('police.unknownState', { value: describeValue(raw) }) };
    const code = text.trim().toUpperCase();
    if (!code) return { value: '' };
    if (data.states.code.includes(code)) return { value: code };
    return { value: '', problem: msg('police.unknownState', { value: describeValue(text) }) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.loaded) return;
    this.layout = layoutStates(this.loaded.outlines, stageWidth(this.tooltip.stageRef.value, this, this.widthController.width));
  }

  private get shownFips(): string {
    return this.pointerFips || this.activeFips;
  }

  private get headingText(): string {
    return this.heading || defaultHeading(this.measureId, this.perId);
  }

  /** Resolves to every place with the measure's total, rate and population, for download as CSV; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    const loaded = this.loaded;
    if (!loaded || !this.rows.length) return null;
    const { equipmentDataTable } = await this.views.get();
    return this.inOwnLanguage(() => equipmentDataTable(this.headingText, loaded.data, this.rows, this.measureId, this.perId, this.drawnFips));
  }

  protected override render(): TemplateResult {
    const loaded = this.loaded;
    const ready = !!(loaded && this.rows.length);
    return html`<div class="chart ${this.themeController.theme}" data-per=${this.perId} data-view=${this.viewId} dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${this.headingText}</h2>
      ${renderNotices(this.problems)}
      ${renderToolbar(
        [
          menu(msg('police.menuMeasure'), MEASURES, measureLabel, this.measureId, (id) => (this.measure = id)),
          menu(msg('police.menuPer'), PERS, perLabel, this.perId, (id) => (this.per = id)),
          menu(msg('police.menuView'), ['map', 'years'] as const, (id) => msg(id === 'map' ? 'police.viewMap' : 'police.viewYears'), this.viewId === 'years' ? 'years' : 'map', (id) => (this.view = id)),
        ],
        { on: this.viewId === 'table', toggle: () => (this.view = this.viewId === 'table' ? 'map' : 'table'), disabled: !ready },
      )}
      <div class="notes" part="note">${ready ? equipmentNotes(this.rows, this.perId, this.drawnFips).map((n) => html`<p>${n}</p>`) : ''}</div>
      <div class="stage ${this.viewId === 'table' && ready ? 'table-view' : ''}" ${ref(this.tooltip.stageRef)}>${this.renderStage()}</div>
      ${this.viewId === 'map' ? renderMapLegend(this.measureId, ready ? this.breaks : undefined, this.rows.some((r) => r.status === 'ranked' && r.value === 0)) : nothing}
      ${this.viewId === 'map' ? (ready ? renderRankedList(this.rows, this.measureId, this.perId) : html`<div class="ranking" part="list"></div>`) : nothing}
      <p class="summary" part="summary">${ready ? equipmentSummary(loaded.data, this.rows, this.measureId, this.perId) : ''}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${ready ? renderFooter([loaded.data.meta, loaded.outlines.meta], footerNotes()) : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private renderStage(): TemplateResult {
    const loaded = this.loaded;
    if (this.data.error || !loaded || !this.layout || !this.rows.length) return stagePlaceholder(this.data);
    if (this.viewId === 'table') {
      const caption = msg('police.caption', { heading: this.headingText, per: msg(this.perId === '100k' ? 'police.rankedRate' : 'police.rankedTotal') });
      const values = new Map(loaded.data.states.code.map((code, i) => [code, { total: loaded.data.states[this.measureId][i] ?? null, rate: loaded.data.per100k[this.measureId][i] ?? null }]));
      return this.views.render((v) => v.renderEquipmentTable(this.rows, values, this.measureId, this.perId, caption));
    }
    if (this.viewId === 'years') {
      const place = this.rows.find((r) => r.code === this.selectedCode);
      return this.views.render((v) => v.renderShipYears(shipYearsOf(loaded.data, this.measureId, this.perId, place?.code), this.layout!.width, this.measureId, this.perId, place?.name));
    }
    // Drawn: the key code comes now, not on the reader's first key press.
    this.interaction.prefetch();
    const shown = this.byFips.get(this.shownFips);
    const selected = this.rows.find((r) => r.code === this.selectedCode);
    return html`${renderStateMap(
        { layout: this.layout, rows: this.byFips, breaks: this.breaks, labels: this.labels, active: this.activeFips, selected: selected?.fips ?? '', label: this.headingText },
        this.handlers,
      )}
      <div class="tooltip" part="tooltip" ?hidden=${!shown} aria-hidden="true" ${ref(this.tooltip.tipRef)}>${shown ? this.labels.get(shown.fips) : ''}</div>`;
  }

  // — interaction —

  private fipsAt(event: Event): string {
    const target = event.target as Element | null;
    return target?.getAttribute?.('data-fips') ?? '';
  }

  private readonly handlers = {
    pointermove: (event: PointerEvent): void => {
      this.tooltip.track(event);
      const fips = this.fipsAt(event);
      if (fips !== this.pointerFips) this.pointerFips = fips;
      else this.tooltip.place();
    },
    pointerleave: (): void => {
      this.tooltip.leave();
      this.pointerFips = '';
    },
    click: (event: MouseEvent): void => {
      const fips = this.fipsAt(event);
      if (fips) this.toggle(fips);
    },
    keydown: (event: KeyboardEvent): void => this.onKeyDown(event),
    focus: (): void => {
      if (!this.activeFips) this.activeFips = this.rows.find((r) => r.code === this.selectedCode && this.drawnFips.has(r.fips))?.fips ?? this.rankedFips()[0] ?? '';
      this.announceActive();
    },
    blur: (): void => {
      this.activeFips = '';
    },
  };

  /** The states drawn, in rank order (those without a rank last). */
  private rankedFips(): string[] {
    return this.rows.filter((r) => this.drawnFips.has(r.fips)).map((r) => r.fips);
  }

  // These run from event handlers, outside an update: in the chart's language explicitly.
  private toggle(fips: string): void {
    const row = this.byFips.get(fips);
    if (!row) return;
    const selected = this.selectedCode !== row.code;
    this.selected = selected ? row.code : '';
    emit(this, 'rights-select', { code: row.code, name: row.name, selected, measure: this.measureId, per: this.perId, value: row.value });
    this.announcement = this.inOwnLanguage(() => (selected ? msg('police.selected', { what: this.labels.get(fips) ?? row.name }) : msg('police.unselected', { name: row.name })));
  }

  private announceActive(): void {
    const label = this.labels.get(this.activeFips);
    if (label) this.announcement = label;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (this.activeFips) this.toggle(this.activeFips);
      return;
    }
    const keys = this.interaction.module;
    if (!keys || !this.layout || event.ctrlKey || event.metaKey || event.altKey) return;
    const places = this.layout.shapes.map((s) => ({ fips: s.fips, name: this.byFips.get(s.fips)?.name ?? s.fips, x: s.x, y: s.y }));
    const next = keys.stateForKey(event.key, places, this.activeFips, this.rankedFips(), this.resolvedLang);
    if (next === undefined) return;
    event.preventDefault();
    if (next && next !== this.activeFips) {
      this.activeFips = next;
      this.pointerFips = '';
      this.announcement = this.inOwnLanguage(() => this.labels.get(next) ?? '');
    }
  }
}
