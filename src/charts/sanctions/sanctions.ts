import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { xyStyles } from '../../core/xy-styles.js';
export type { SanctionsSelectDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderFooter, renderNotices } from '../../core/chrome.js';
import { renderToolbar } from '../../core/toolbar.js';
import { parseChoice } from '../../core/parse.js';
import { DataController } from '../../core/data-controller.js';
import { TooltipController } from '../../core/tooltip-controller.js';
import { parseYearSpan, stagePlaceholder, stageWidth } from '../../core/xy-frame.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { messages } from '../../core/i18n.js';
import { loadedValue } from '../../data/load.js';
import { sanctionsLoaders, type Glomag, type GlomagKind } from '../../data/sanctions.js';
import { KINDS, dataSpan, entriesOf, parseKinds, periods, periodsIn, validateGlomag, type Period } from './periods.js';
import { layoutColumns, periodKey, type ColumnLayout } from './column-layout.js';
import { columnLine, defaultHeading, integer, lede, periodTick, sanctionsNotes, sanctionsSummary } from './describe.js';
import { renderColumnChart } from './chart.js';
import { renderColumnReadout } from './readout.js';
import { renderSanctionsTable } from './table.js';
import { renderSanctionsLegend } from './legend.js';
import { sanctionsDataTable } from './data-table.js';
import { sanctionsStyles } from './sanctions.styles.js';

const msg = messages({
  'sanctions.loadFailure': 'The sanctions list counts could not be loaded. Check the connection and try again.',
  'sanctions.caption': '{what}, by year first seen and kind: {span}',
  'sanctions.selected': 'Selected: {what}.',
});

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];

/**
 * Targeted human-rights sanctions: entries of the Global Magnitsky program on
 * the U.S. Treasury's sanctions list (OFAC's SDN list), as stacked columns by
 * the year each entry was first seen on an archived copy of the list, one
 * segment per kind (individuals, entities, vessels). Entries already listed
 * when the archived copies begin are one undated column, set apart, not spread
 * over years. Counts are list entries, not sanction actions.
 *
 * @summary Stacked columns of Global Magnitsky entries on the U.S. sanctions list, by year first seen and kind.
 * @tagname rights-sanctions
 *
 * @fires rights-select - The reader chose a column (click, tap, Enter). `detail: { year, kinds, entries, individual, entity, vessel }` (`year` null for the undated column).
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { from, to }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour; also the undated column's outline.
 * @cssprop [--rights-muted] - Axis labels, the note under the heading and footer.
 * @cssprop [--rights-bg] - Background colour; the rules between segments.
 * @cssprop [--rights-surface] - Button background.
 * @cssprop [--rights-border] - Grid lines, the rule before the years, control borders, table rules.
 * @cssprop [--rights-accent] - Links.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 * @cssprop [--rights-sanctions-individual=#0072b2] - Individuals' segments.
 * @cssprop [--rights-sanctions-entity=#d55e00] - Entities' segments.
 * @cssprop [--rights-sanctions-vessel=#009e73] - Vessels' segments.
 *
 * @csspart heading - The heading.
 * @csspart lede - The note under the heading: counts are list entries, not sanction actions.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The chart's SVG.
 * @csspart tooltip - The column's period, entries and kinds, next to it.
 * @csspart legend - The legend.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, licence and notes.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsSanctions extends RightsElement {
  static override styles = [baseStyles, chartStyles, xyStyles, sanctionsStyles];

  /** First year shown (default: the first year of the record). The undated column is shown when the span starts there. */
  @property({ reflect: true }) from: string | number = '';

  /** Last year shown (default: the last year of the record). */
  @property({ reflect: true }) to: string | number = '';

  /** Kinds of entry shown: `all` (default), or any of `individual`, `entity`, `vessel` (a list, or an array as a property). */
  @property({ reflect: true }) kind: string | string[] = 'all';

  /** `chart` (default) or `table` (years × kinds, the undated entries first). */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  @state() private activeKey: string | null = null;
  @state() private pointerKey: string | null = null;
  @state() private announcement = '';

  private loaded?: Glomag;
  private viewId: View = 'chart';
  private kinds: GlomagKind[] = [...KINDS];
  private fromYear = 0;
  private toYear = 0;
  private shown: Period[] = [];
  private layout?: ColumnLayout;

  private readonly data = new DataController(this, {
    load: () => sanctionsLoaders.glomag(),
    settled: () => loadedValue(sanctionsLoaders.glomag),
    validate: validateGlomag,
    failure: () => msg('sanctions.loadFailure'),
    ready: () => (this.layout ? { from: this.fromYear, to: this.toYear } : undefined),
  });

  /** The tooltip sits above the column it describes (hovered, else focused). */
  private readonly tooltip: TooltipController = new TooltipController(this, () => {
    const column = this.layout?.columns.find((c) => c.key === this.shownKey);
    if (!this.layout || !column) return undefined;
    const scale = this.tooltip.scale(this.layout.frame.width);
    return { x: (column.x + column.width / 2) * scale, y: Math.min(column.top, this.layout.frame.bottom) * scale };
  });

  protected resolveSettings(): void {
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'chart', 'view'));
    this.kinds = this.report(parseKinds(this.kind));
    const data = (this.loaded = this.data.value);
    if (!data) return;
    const { first, last } = dataSpan(data);
    const { from, to } = this.report(parseYearSpan(this.from, this.to, first, last));
    this.fromYear = from;
    this.toYear = to;
    this.shown = periodsIn(periods(data), from, to, first);
    if (!this.shown.some((p) => periodKey(p) === this.activeKey)) this.activeKey = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.loaded;
    if (!data) return;
    this.layout = layoutColumns(
      {
        periods: this.shown,
        kinds: this.kinds,
        ticks: this.shown.map((p) => periodTick(p, data)),
        numbers: this.shown.map((p) => integer(entriesOf(p, this.kinds))),
      },
      stageWidth(this.tooltip.stageRef.value, this, this.widthController.width),
    );
  }

  private get shownKey(): string | null {
    return this.pointerKey ?? this.activeKey;
  }

  /** Resolves to the columns shown (years × kinds, undated first) for download as CSV; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    return this.inOwnLanguage(() => {
      const data = this.loaded;
      return data ? sanctionsDataTable(this.heading || defaultHeading(), data, this.shown, this.kinds) : null;
    });
  }

  protected override render(): TemplateResult {
    const data = this.loaded;
    return html`<div class="chart ${this.themeController.theme}" dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${this.heading || defaultHeading()}</h2>
      <p class="lede" part="lede">${lede()}</p>
      ${renderNotices(this.problems)}
      ${renderToolbar([], { on: this.viewId === 'table', toggle: () => (this.view = this.viewId === 'table' ? 'chart' : 'table') })}
      <div class="stage ${this.viewId === 'table' && data ? 'table-view' : ''}" ${ref(this.tooltip.stageRef)}>${this.renderStage()}</div>
      ${renderSanctionsLegend(this.kinds)}
      <p class="summary" part="summary">${data ? sanctionsSummary(data, this.shown, this.kinds, this.fromYear, this.toYear) : ''}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${data ? renderFooter([data.meta], sanctionsNotes(data)) : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private renderStage(): TemplateResult {
    const data = this.loaded;
    if (this.data.error || !data || !this.layout) return stagePlaceholder(this.data);
    if (this.viewId === 'table') {
      const caption = msg('sanctions.caption', { what: defaultHeading(), span: `${integer(this.fromYear)}–${integer(this.toYear)}` });
      return renderSanctionsTable(this.shown, this.kinds, data, caption);
    }
    const shown = this.find(this.shownKey);
    return html`${renderColumnChart({ layout: this.layout, kinds: this.kinds, record: data, active: this.activeKey, label: this.heading || defaultHeading() }, this.handlers)}
      <div class="tooltip" part="tooltip" ?hidden=${!shown} aria-hidden="true" ${ref(this.tooltip.tipRef)}>${shown ? renderColumnReadout(shown, this.kinds, data) : ''}</div>`;
  }

  private find(key: string | null): Period | undefined {
    return key === null ? undefined : this.shown.find((p) => periodKey(p) === key);
  }

  // — interaction —

  /** The column under the pointer, or within half a gap of it; null for none. */
  private keyAt(event: PointerEvent | MouseEvent): string | null {
    const layout = this.layout;
    const box = (event.currentTarget as Element | null)?.getBoundingClientRect();
    if (!layout || !box?.width) return null;
    const x = ((event.clientX - box.left) / box.width) * layout.frame.width;
    const y = ((event.clientY - box.top) / box.height) * layout.frame.height;
    if (y < layout.frame.top - 8 || y > layout.frame.bottom + 30) return null;
    const column = layout.columns.find((c) => x >= c.x - 6 && x <= c.x + c.width + 6);
    return column?.key ?? null;
  }

  private readonly handlers = {
    pointermove: (event: PointerEvent): void => {
      this.tooltip.track(event);
      const key = this.keyAt(event);
      if (key !== this.pointerKey) this.pointerKey = key;
    },
    pointerleave: (): void => {
      this.tooltip.leave();
      this.pointerKey = null;
    },
    click: (event: MouseEvent): void => {
      const key = this.keyAt(event);
      if (key === null) return;
      this.activeKey = key;
      this.select(key);
    },
    keydown: (event: KeyboardEvent): void => this.onKeyDown(event),
    focus: (): void => {
      if (this.activeKey === null) this.activeKey = this.shown[0] ? periodKey(this.shown[0]) : null;
      this.announceActive();
    },
    blur: (): void => {
      this.activeKey = null;
    },
  };

  // Both run from event handlers, outside an update: in the chart's language explicitly.
  private select(key: string): void {
    const period = this.find(key);
    const data = this.loaded;
    if (!period || !data) return;
    const [individual, entity, vessel] = period.counts;
    emit(this, 'rights-select', { year: period.year, kinds: [...this.kinds], entries: entriesOf(period, this.kinds), individual, entity, vessel });
    this.announcement = this.inOwnLanguage(() => msg('sanctions.selected', { what: columnLine(period, this.kinds, data) }));
  }

  private announceActive(): void {
    const period = this.find(this.activeKey);
    const data = this.loaded;
    if (period && data) this.announcement = this.inOwnLanguage(() => columnLine(period, this.kinds, data));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const list = this.shown;
    const i = list.findIndex((p) => periodKey(p) === this.activeKey);
    let next: Period | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = list[Math.min(list.length - 1, i + 1)];
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = list[Math.max(0, i - 1)];
    else if (event.key === 'Home') next = list[0];
    else if (event.key === 'End') next = list[list.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (this.activeKey !== null) this.select(this.activeKey);
      return;
    } else return;
    event.preventDefault();
    if (next && periodKey(next) !== this.activeKey) {
      this.activeKey = periodKey(next);
      this.pointerKey = null;
      this.announceActive();
    }
  }
}
