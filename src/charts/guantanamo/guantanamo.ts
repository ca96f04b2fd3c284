import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { xyStyles } from '../../core/xy-styles.js';
export type { DetaineeCountSelectDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderFooter, renderNotices } from '../../core/chrome.js';
import { renderToolbar } from '../../core/toolbar.js';
import { parseChoice } from '../../core/parse.js';
import { DataController } from '../../core/data-controller.js';
import { TooltipController } from '../../core/tooltip-controller.js';
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
  static override styles = [baseStyles, chartStyles, xyStyles, guantanamoStyles];

  /** First year shown (default 2002, the prison's first year). */
  @property({ reflect: true }) from: string | number = '';

  /** Last year shown (default: the year of the latest count). */
  @property({ reflect: true }) to: string | number = '';

  /** `chart` (default) or `table` (every count with a link to its source, and the transfers per term). */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  @state() private activeIndex = -1;
  @state() private pointerIndex = -1;
  @state() private announcement = '';

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
    const point = this.layout?.points.find((p) => p.count.index === this.shownIndex);
    if (!this.layout || !point) return undefined;
    const scale = this.tooltip.scale(this.layout.frame.width);
    return { x: point.x * scale, y: point.y * scale };
  });

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
    if (!this.counts.some((c) => c.index === this.activeIndex)) this.activeIndex = -1;
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

  private get shownIndex(): number {
    return this.pointerIndex >= 0 ? this.pointerIndex : this.activeIndex;
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
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
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
    const shown = this.find(this.shownIndex);
    return html`${renderStepChart({ layout: this.layout, active: this.activeIndex, label: this.heading || defaultHeading() }, this.handlers)}
      <div class="tooltip" part="tooltip" ?hidden=${!shown} aria-hidden="true" ${ref(this.tooltip.tipRef)}>${shown ? renderCountReadout(shown) : ''}</div>`;
  }

  private find(index: number): DetaineeCount | undefined {
    return index >= 0 ? this.counts.find((c) => c.index === index) : undefined;
  }

  // — interaction —

  /** The count nearest the pointer along the time axis, within a finger's width; -1 for none. */
  private indexAt(event: PointerEvent | MouseEvent): number {
    const layout = this.layout;
    const box = (event.currentTarget as Element | null)?.getBoundingClientRect();
    if (!layout || !box?.width || !layout.points.length) return -1;
    const x = ((event.clientX - box.left) / box.width) * layout.frame.width;
    const y = ((event.clientY - box.top) / box.height) * layout.frame.height;
    const point = layout.points[nearestIndex(layout.points.map((p) => p.x), x)]!;
    return Math.abs(point.x - x) <= 24 && y >= layout.frame.top - 8 && y <= layout.frame.bottom + 8 ? point.count.index : -1;
  }

  private readonly handlers = {
    pointermove: (event: PointerEvent): void => {
      this.tooltip.track(event);
      const index = this.indexAt(event);
      if (index !== this.pointerIndex) this.pointerIndex = index;
    },
    pointerleave: (): void => {
      this.tooltip.leave();
      this.pointerIndex = -1;
    },
    click: (event: MouseEvent): void => {
      const index = this.indexAt(event);
      if (index < 0) return;
      this.activeIndex = index;
      this.select(index);
    },
    keydown: (event: KeyboardEvent): void => this.onKeyDown(event),
    focus: (): void => {
      if (this.activeIndex < 0) this.activeIndex = this.counts[0]?.index ?? -1;
      this.announceActive();
    },
    blur: (): void => {
      this.activeIndex = -1;
    },
  };

  // Both run from event handlers, outside an update: in the chart's language explicitly.
  private select(index: number): void {
    const count = this.find(index);
    if (!count) return;
    emit(this, 'rights-select', { date: count.date, until: count.until, held: count.held, source: count.source, url: count.url });
    this.announcement = this.inOwnLanguage(() => msg('gtmo.selected', { what: countLine(count) }));
  }

  private announceActive(): void {
    const count = this.find(this.activeIndex);
    if (count) this.announcement = this.inOwnLanguage(() => countLine(count));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const counts = this.counts;
    const i = counts.findIndex((c) => c.index === this.activeIndex);
    let next: DetaineeCount | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = counts[Math.min(counts.length - 1, i + 1)];
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = counts[Math.max(0, i - 1)];
    else if (event.key === 'Home') next = counts[0];
    else if (event.key === 'End') next = counts[counts.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (this.activeIndex >= 0) this.select(this.activeIndex);
      return;
    } else return;
    event.preventDefault();
    if (next && next.index !== this.activeIndex) {
      this.activeIndex = next.index;
      this.pointerIndex = -1;
      this.announceActive();
    }
  }
}
