import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { markListStyles, xyStyles } from '../../core/xy-styles.js';
export type { DetaineeCountSelectDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderFooter, renderNotices } from '../../core/chrome.js';
import { renderToolbar } from '../../core/toolbar.js';
import { parseChoice } from '../../core/parse.js';
import { DataController } from '../../core/data-controller.js';
import { TooltipController } from '../../core/tooltip-controller.js';
import { MarkListController } from '../../core/mark-list.js';
import { nearestIndex } from '../../core/axes.js';
import { parseYearSpan, stagePlaceholder, stageWidth } from '../../core/xy-frame.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { messages } from '../../core/i18n.js';
import { loadedValue } from '../../data/load.js';
import { guantanamoLoaders, type GuantanamoDetainees } from '../../data/guantanamo.js';
import { countsIn, dataSpan, detaineeCounts, terms, validateDetainees, type DetaineeCount, type Term } from './counts.js';
import { layoutSteps, type StepLayout } from './step-layout.js';
import { countLine, defaultHeading, detaineeNotes, detaineeSummary, integer, presidentName } from './describe.js';
import { renderStepChart } from './chart.js';
import { renderCountReadout } from './readout.js';
import { renderDetaineeTable } from './table.js';
import { renderDetaineeLegend } from './legend.js';
import { detaineeDataTable } from './data-table.js';
import { guantanamoStyles } from './guantanamo.styles.js';

const msg = messages({
  'gtmo.loadFailure': 'The Guantánamo counts could not be loaded. Check the connection and try again.',
  'gtmo.caption': '{what}: dated counts, {span}',
  'gtmo.selected': 'Selected: {what}.',
});

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];

/** Before the data arrives: the years the chart opens on (the data's span replaces them). */
const FIRST = 2002;
const LAST = 2025;

/**
 * How many people the United States held at Guantánamo Bay, from dated counts
 * copied by hand from the pages each one cites: a step chart with the
 * presidential terms behind it, the year the most were held (which no source
 * gives a number for) marked without a number, and everyone ever held in the
 * summary.
 *
 * @summary Step chart of the detainees held at Guantánamo Bay, each count with its source.
 * @tagname rights-guantanamo
 *
 * @fires rights-select - The reader chose a count (click, tap, Enter). `detail: { date, until, held, source, url }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { from, to }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour; also the steps and dots.
 * @cssprop [--rights-muted] - Axis labels, term names and footer.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-surface] - Button background; the shaded presidential terms.
 * @cssprop [--rights-border] - Grid lines, term edges, control borders, table rules.
 * @cssprop [--rights-accent] - Links and the peak year's column.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The chart's SVG.
 * @csspart tooltip - The count's date, number and source, next to its dot.
 * @csspart legend - The legend.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, licence and notes.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsGuantanamo extends RightsElement {
  static override styles = [baseStyles, chartStyles, xyStyles, markListStyles, guantanamoStyles];

  /** First year shown (default 2002, the prison's first year). */
  @property({ reflect: true }) from: string | number = '';

  /** Last year shown (default: the year of the latest count). */
  @property({ reflect: true }) to: string | number = '';

  /** `chart` (default) or `table` (every count with a link to its source, and the transfers per term). */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';


  private loaded?: GuantanamoDetainees;
  private viewId: View = 'chart';
  private fromYear = FIRST;
  private toYear = LAST;
  private all: DetaineeCount[] = [];
  private counts: DetaineeCount[] = [];
  private terms: Term[] = [];
  private layout?: StepLayout;

  private readonly data = new DataController(this, {
    load: () => guantanamoLoaders.detainees(),
    settled: () => loadedValue(guantanamoLoaders.detainees),
    validate: validateDetainees,
    failure: () => msg('gtmo.loadFailure'),
    ready: () => (this.layout ? { from: this.fromYear, to: this.toYear } : undefined),
  });

  /** The tooltip sits beside the count it describes (hovered, else focused). */
  private readonly tooltip: TooltipController = new TooltipController(this, () => {
    const point = this.layout?.points.find((p) => p.count.index === this.marks.shown);
    if (!this.layout || !point) return undefined;
    const scale = this.tooltip.scale(this.layout.frame.width);
    return { x: point.x * scale, y: point.y * scale };
  });

  /** Pointer, arrow keys and focus over the dated counts. */
  private readonly marks = new MarkListController<number>(
    this,
    {
      keys: () => this.counts.map((c) => c.index),
      frame: () => this.layout?.frame,
      keyAt: (x, y) => this.indexAt(x, y),
      // Both run from event handlers, outside an update: in the chart's language explicitly.
      describe: (index) => this.inOwnLanguage(() => countLine(this.find(index)!)),
      select: (index) => {
        const count = this.find(index)!;
        emit(this, 'rights-select', { date: count.date, until: count.until, held: count.held, source: count.source, url: count.url });
        return this.inOwnLanguage(() => msg('gtmo.selected', { what: countLine(count) }));
      },
    },
    this.tooltip,
  );

  protected resolveSettings(): void {
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'chart', 'view'));
    const data = (this.loaded = this.data.value);
    if (!data) return;
    const { first, last } = dataSpan(data);
    const { from, to } = this.report(parseYearSpan(this.from, this.to, first, last));
    this.fromYear = from;
    this.toYear = to;
    this.all = detaineeCounts(data);
    this.counts = countsIn(this.all, from, to);
    this.terms = terms(data);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.loaded) return;
    this.layout = layoutSteps(
      {
        counts: this.counts,
        all: this.all,
        terms: this.terms,
        termNames: this.terms.map((t) => presidentName(t.president)),
        peakYear: this.loaded.peak.year,
        from: this.fromYear,
        to: this.toYear,
        numbers: this.counts.map((c) => integer(c.held)),
      },
      stageWidth(this.tooltip.stageRef.value, this, this.widthController.width),
    );
  }

  /** Resolves to the counts shown, with their sources, for download as CSV; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    return this.inOwnLanguage(() => {
      const data = this.loaded;
      return data ? detaineeDataTable(this.heading || defaultHeading(), data, this.counts, this.terms) : null;
    });
  }

  protected override render(): TemplateResult {
    const data = this.loaded;
    return html`<div class="chart ${this.themeController.theme}" dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${this.heading || defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      ${renderToolbar([], { on: this.viewId === 'table', toggle: () => (this.view = this.viewId === 'table' ? 'chart' : 'table') })}
      <div class="stage ${this.viewId === 'table' && data ? 'table-view' : ''}" ${ref(this.tooltip.stageRef)}>${this.renderStage()}</div>
      ${renderDetaineeLegend()}
      <p class="summary" part="summary">${data ? detaineeSummary(data, this.counts, this.fromYear, this.toYear) : ''}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.marks.announcement}</div>
      ${data ? renderFooter([data.meta], detaineeNotes(data, this.all, this.terms)) : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private renderStage(): TemplateResult {
    const data = this.loaded;
    if (this.data.error || !data || !this.layout) return stagePlaceholder(this.data);
    if (this.viewId === 'table') {
      const caption = msg('gtmo.caption', { what: defaultHeading(), span: `${integer(this.fromYear)}–${integer(this.toYear)}` });
      return renderDetaineeTable(data, this.counts, this.terms, caption, this.fromYear, this.toYear);
    }
    const shown = this.find(this.marks.shown);
    return html`${renderStepChart({ layout: this.layout, active: this.marks.active ?? -1, label: this.heading || defaultHeading() }, this.marks.on)}
      <div class="tooltip" part="tooltip" ?hidden=${!shown} aria-hidden="true" ${ref(this.tooltip.tipRef)}>${shown ? renderCountReadout(shown) : ''}</div>`;
  }

  private find(index: number | undefined): DetaineeCount | undefined {
    return index === undefined ? undefined : this.counts.find((c) => c.index === index);
  }

  /** The count nearest a point of the plot along the time axis, within a finger's width. */
  private indexAt(x: number, y: number): number | undefined {
    const layout = this.layout;
    if (!layout?.points.length) return undefined;
    const point = layout.points[nearestIndex(layout.points.map((p) => p.x), x)]!;
    return Math.abs(point.x - x) <= 24 && y >= layout.frame.top - 8 && y <= layout.frame.bottom + 8 ? point.count.index : undefined;
  }
}
