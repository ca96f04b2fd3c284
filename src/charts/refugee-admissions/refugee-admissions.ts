import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { markListStyles, xyStyles } from '../../core/xy-styles.js';
export type { RefugeeYearSelectDetail } from '../../core/events.js';
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
import { refugeeAdmissionsLoaders, type RefugeeAdmissions } from '../../data/refugee-admissions.js';
import { dataSpan, fiscalYears, validateAdmissions, yearsIn, type FiscalYear } from './years.js';
import { layoutGap, type GapLayout } from './gap-layout.js';
import { admissionsNotes, admissionsSummary, defaultHeading, integer, yearLine } from './describe.js';
import { partialTick, renderGapChart } from './chart.js';
import { renderYearReadout } from './readout.js';
import { renderAdmissionsTable } from './table.js';
import { renderAdmissionsLegend } from './legend.js';
import { admissionsDataTable } from './data-table.js';
import { refugeeAdmissionsStyles } from './refugee-admissions.styles.js';

const msg = messages({
  'refugee.loadFailure': 'The refugee admissions could not be loaded. Check the connection and try again.',
  'refugee.caption': '{what}, fiscal years {span}',
  'refugee.selected': 'Selected: {what}',
});

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];

/**
 * How many refugees the United States admitted each fiscal year against the
 * ceiling the President set for it, since the Refugee Act of 1980: a column
 * of admissions per year under the ceiling's step line, the part of the
 * ceiling not used shaded, and the partial latest year hatched and labelled.
 *
 * @summary U.S. refugee ceilings against refugees admitted, by fiscal year, the gap shaded.
 * @tagname rights-refugee-admissions
 *
 * @fires rights-select - The reader chose a fiscal year (click, tap, Enter). `detail: { fiscalYear, ceiling, admitted, partial }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { from, to }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour; also the ceiling's line.
 * @cssprop [--rights-muted] - Axis labels and footer.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-surface] - Button background.
 * @cssprop [--rights-border] - Grid lines, control borders, table rules.
 * @cssprop [--rights-accent] - Links and the columns of refugees admitted.
 * @cssprop [--rights-gap=#d55e00] - The part of the ceiling not used (drawn at 30% opacity).
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The chart's SVG.
 * @csspart tooltip - The fiscal year's ceiling, admissions and gap, over its column.
 * @csspart legend - The legend.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, licence and notes.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsRefugeeAdmissions extends RightsElement {
  static override styles = [baseStyles, chartStyles, xyStyles, markListStyles, refugeeAdmissionsStyles];

  /** First fiscal year shown (default: the first with a ceiling, FY1980). */
  @property({ reflect: true }) from: string | number = '';

  /** Last fiscal year shown (default: the latest, partial, year). */
  @property({ reflect: true }) to: string | number = '';

  /** `chart` (default) or `table` (every fiscal year with its ceiling, admissions, difference and share of the ceiling). */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  private loaded?: RefugeeAdmissions;
  private viewId: View = 'chart';
  private fromYear = 0;
  private toYear = 0;
  private years: FiscalYear[] = [];
  private layout?: GapLayout;

  private readonly data = new DataController(this, {
    load: () => refugeeAdmissionsLoaders.admissions(),
    settled: () => loadedValue(refugeeAdmissionsLoaders.admissions),
    validate: validateAdmissions,
    failure: () => msg('refugee.loadFailure'),
    ready: () => (this.layout ? { from: this.fromYear, to: this.toYear } : undefined),
  });

  /** The tooltip sits over the fiscal year it describes (hovered, else focused). */
  private readonly tooltip: TooltipController = new TooltipController(this, () => {
    const mark = this.layout?.marks.find((m) => m.fy.year === this.marks.shown);
    if (!this.layout || !mark) return undefined;
    const scale = this.tooltip.scale(this.layout.frame.width);
    return { x: (mark.x + mark.width / 2) * scale, y: Math.min(mark.y, mark.ceilingY) * scale };
  });

  /** Pointer, arrow keys and focus over the fiscal years. */
  private readonly marks = new MarkListController<number>(
    this,
    {
      keys: () => this.years.map((y) => y.year),
      frame: () => this.layout?.frame,
      keyAt: (x, y) => this.yearAt(x, y),
      // Both run from event handlers, outside an update: in the chart's language explicitly.
      describe: (year) => this.inOwnLanguage(() => yearLine(this.find(year)!)),
      select: (year) => {
        const fy = this.find(year)!;
        emit(this, 'rights-select', { fiscalYear: fy.year, ceiling: fy.ceiling, admitted: fy.admitted, partial: fy.partial });
        return this.inOwnLanguage(() => msg('refugee.selected', { what: yearLine(fy) }));
      },
    },
    this.tooltip,
  );

  protected resolveSettings(): void {
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'chart', 'view'));
    const data = (this.loaded = this.data.value);
    if (!data) return;
    const all = fiscalYears(data);
    const { first, last } = dataSpan(all);
    const { from, to } = this.report(parseYearSpan(this.from, this.to, first, last));
    this.fromYear = from;
    this.toYear = to;
    this.years = yearsIn(all, from, to);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.loaded) return;
    this.layout = layoutGap(this.years, stageWidth(this.tooltip.stageRef.value, this, this.widthController.width), (v) => integer(v, true), partialTick());
  }

  /** Resolves to the fiscal years shown for download as CSV (or why they may not be passed on); null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    return this.inOwnLanguage(() => {
      const data = this.loaded;
      return data ? admissionsDataTable(this.heading || defaultHeading(), data, this.years) : null;
    });
  }

  protected override render(): TemplateResult {
    const data = this.loaded;
    return html`<div class="chart ${this.themeController.theme}" dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${this.heading || defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      ${renderToolbar([], { on: this.viewId === 'table', toggle: () => (this.view = this.viewId === 'table' ? 'chart' : 'table') })}
      <div class="stage ${this.viewId === 'table' && data ? 'table-view' : ''}" ${ref(this.tooltip.stageRef)}>${this.renderStage()}</div>
      ${renderAdmissionsLegend()}
      <p class="summary" part="summary">${data ? admissionsSummary(this.years) : ''}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.marks.announcement}</div>
      ${data ? renderFooter([data.meta], admissionsNotes(data)) : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private renderStage(): TemplateResult {
    if (this.data.error || !this.loaded || !this.layout) return stagePlaceholder(this.data);
    const heading = this.heading || defaultHeading();
    if (this.viewId === 'table') {
      const caption = msg('refugee.caption', { what: heading, span: `${integer(this.fromYear)}–${integer(this.toYear)}` });
      return renderAdmissionsTable(this.years, caption);
    }
    const shown = this.find(this.marks.shown);
    return html`${renderGapChart({ layout: this.layout, active: this.marks.active ?? -1, label: heading }, this.marks.on)}
      <div class="tooltip" part="tooltip" ?hidden=${!shown} aria-hidden="true" ${ref(this.tooltip.tipRef)}>${shown ? renderYearReadout(shown) : ''}</div>`;
  }

  private find(year: number | undefined): FiscalYear | undefined {
    return year === undefined ? undefined : this.years.find((y) => y.year === year);
  }

  /** The fiscal year whose cell holds a point of the layout; undefined outside the plot. */
  private yearAt(x: number, y: number): number | undefined {
    const layout = this.layout;
    if (!layout || y < layout.frame.top - 8 || y > layout.frame.bottom + 8) return undefined;
    return layout.marks.find((m) => x >= m.cellX && x < m.cellX + m.cellWidth)?.fy.year;
  }
}
