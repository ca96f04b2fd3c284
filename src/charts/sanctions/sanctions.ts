import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { markListStyles, xyStyles } from '../../core/xy-styles.js';
export type { SanctionsSelectDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderFooter, renderNotices } from '../../core/chrome.js';
import { renderToolbar } from '../../core/toolbar.js';
import { parseChoice } from '../../core/parse.js';
import { DataController } from '../../core/data-controller.js';
import { TooltipController } from '../../core/tooltip-controller.js';
import { MarkListController } from '../../core/mark-list.js';
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
  static override styles = [baseStyles, chartStyles, xyStyles, markListStyles, sanctionsStyles];

  /** First year shown (default: the first year of the record). The undated column is shown when the span starts there. */
  @property({ reflect: true }) from: string | number = '';

  /** Last year shown (default: the last year of the record). */
  @property({ reflect: true }) to: string | number = '';

  /** Kinds of entry shown: `all` (default), or any of `individual`, `entity`, `vessel` (a list, or an array as a property). */
  @property({ reflect: true }) kind: string | string[] = 'all';

  /** `chart` (default) or `table` (years × kinds, the undated entries first). */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';


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
    const column = this.layout?.columns.find((c) => c.key === this.marks.shown);
    if (!this.layout || !column) return undefined;
    const scale = this.tooltip.scale(this.layout.frame.width);
    return { x: (column.x + column.width / 2) * scale, y: Math.min(column.top, this.layout.frame.bottom) * scale };
  });

  /** Pointer, arrow keys and focus over the columns. */
  private readonly marks = new MarkListController<string>(
    this,
    {
      keys: () => this.shown.map(periodKey),
      frame: () => this.layout?.frame,
      keyAt: (x, y) => this.keyAt(x, y),
      // Both run from event handlers, outside an update: in the chart's language explicitly.
      describe: (key) => this.inOwnLanguage(() => columnLine(this.find(key)!, this.kinds, this.loaded!)),
      select: (key) => {
        const period = this.find(key)!;
        const [individual, entity, vessel] = period.counts;
        emit(this, 'rights-select', { year: period.year, kinds: [...this.kinds], entries: entriesOf(period, this.kinds), individual, entity, vessel });
        return this.inOwnLanguage(() => msg('sanctions.selected', { what: columnLine(period, this.kinds, this.loaded!) }));
      },
    },
    this.tooltip,
  );

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
      <div class="visually-hidden" role="status" aria-live="polite">${this.marks.announcement}</div>
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
    const shown = this.find(this.marks.shown);
    return html`${renderColumnChart({ layout: this.layout, kinds: this.kinds, record: data, active: this.marks.active ?? null, label: this.heading || defaultHeading() }, this.marks.on)}
      <div class="tooltip" part="tooltip" ?hidden=${!shown} aria-hidden="true" ${ref(this.tooltip.tipRef)}>${shown ? renderColumnReadout(shown, this.kinds, data) : ''}</div>`;
  }

  private find(key: string | undefined): Period | undefined {
    return key === undefined ? undefined : this.shown.find((p) => periodKey(p) === key);
  }

  /** The column at a point of the plot, or within half a gap of it. */
  private keyAt(x: number, y: number): string | undefined {
    const layout = this.layout;
    if (!layout || y < layout.frame.top - 8 || y > layout.frame.bottom + 30) return undefined;
    return layout.columns.find((c) => x >= c.x - 6 && x <= c.x + c.width + 6)?.key;
  }
}
