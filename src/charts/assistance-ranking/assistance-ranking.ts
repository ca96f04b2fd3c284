import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import type { Point } from '../../core/tooltip-controller.js';
import { MEASURE_LABELS, type Dollars, type Flow } from '../../assistance/measures.js';
import type { IndexId, RegimeFilter } from '../../assistance/regimes.js';
import { plotText, rankingSummary, recipientLines, whenLabel } from '../../assistance/describe.js';
import { AssistanceElement, type TableCode } from '../../assistance/assistance-element.js';
import { assistanceStyles } from '../../assistance/styles.js';
import { tooltipBody } from '../../assistance/views.js';
import { layoutBars, layoutHeight, ROW_HEIGHT, type BarLayout } from './bar-layout.js';
import { barMarks, regimeLegend } from './bars.js';
import { rankingStyles } from './assistance-ranking.styles.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { layoutWidth } from '../../core/size.js';
import { stageClientWidth } from '../../core/stage-width.js';
import { formatIndex } from '../../core/format.js';
import { formatShort } from '../../assistance/amounts.js';
import { messages } from '../../core/i18n.js';
import { headingWhen, loadingChart, noMatch } from '../../assistance/assistance-element.js';

const msg = messages({
  'ranking.failed': 'The assistance data could not be loaded. Check the connection and try again.',
  'ranking.notWhole': 'limit {value} is not a whole number; showing {fallback}.',
  'ranking.range': 'limit must be 1–{max}; showing {limit}.',
  'ranking.h.all': '{measure} from the United States: top recipients',
  'ranking.h.autocracy': '{measure} from the United States: top autocracies',
  'ranking.h.democracy': '{measure} from the United States: top democracies',
  'ranking.help': 'Use arrow keys to move between recipients, Enter to select.',
});

export type { AssistanceSelectDetail } from '../../assistance/assistance-element.js';

const DEFAULT_WIDTH = 640;
const MAX_LIMIT = 40;

/**
 * The largest recipients of U.S. arms or aid in a year or period, as bars
 * marked by each recipient's regime type, with its democracy index beside it.
 *
 * @summary Top recipients of U.S. security assistance, by regime type.
 * @tagname rights-assistance-ranking
 *
 * @fires rights-year-change - The reader changed the year with the slider. `detail: { year }`.
 * @fires rights-select - The reader selected or deselected a recipient (click, Enter). `detail: { code, name, selected }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { measure, from, to }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Secondary text colour.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-surface] - Button and control background.
 * @cssprop [--rights-border] - Borders and table rules.
 * @cssprop [--rights-accent] - Links, slider and the selected bar's outline.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The bar chart's SVG.
 * @csspart tooltip - The tooltip.
 * @csspart timeline - Play button and year slider (single-year mode).
 * @csspart legend - Regime symbols and colours.
 * @csspart note - The sentence that changes how the numbers read (military aid is a floor), beside them.
 * @csspart units - The explanation of units and years.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences and citations.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsAssistanceRanking extends AssistanceElement {
  static override styles = [baseStyles, chartStyles, assistanceStyles, rankingStyles];

  /** How many recipients to show, 1–40 (default 15). */
  @property({ reflect: true }) limit: number | string = 15;

  // Declared again only for this chart's longer docs (with each flow's years).
  /** For `measure="aid"`: `obligations` (default, FY1946–2024) or `disbursements` (FY2001–2024); FY2024 is provisional. */
  @property({ reflect: true }) override flow: Flow = 'obligations';

  /** For `measure="aid"`: `constant` (FY2022 dollars, default) or `current` dollars. */
  @property({ reflect: true }) override dollars: Dollars = 'constant';

  /** Democracy index shown beside each bar: `polyarchy` (EDI, V-Dem v15, default) or `libdem` (LDI, V-Dem v14, to 2023). */
  @property({ reflect: true }) index: IndexId = 'polyarchy';

  /** `all` (default), `autocracy` or `democracy`: which recipients to list, by regime in the last year. */
  @property({ reflect: true }) regime: RegimeFilter = 'all';

  /** ISO alpha-3 codes whose bars are outlined and named in bold. */
  @property({ reflect: true }) highlight: string | string[] = '';

  /** The selected recipient (ISO alpha-3); set by clicking a bar. */
  @property({ reflect: true }) selected = '';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  protected readonly chartView = 'chart';
  protected get loadFailedMessage(): string {
    return msg('ranking.failed');
  }
  private limitValue = 15;
  private layout?: BarLayout;

  protected resolveSettings(): void {
    this.resolveSharedAttributes();
    this.limitValue = this.parseLimit();
    const ranked = this.resolveRanking();
    if (!ranked) return;
    // The stage's own width (inside the padding), so the SVG draws at scale 1 and fills its reserved height.
    const width = layoutWidth(stageClientWidth(this.tooltip.stageRef.value) || this.widthController.width || DEFAULT_WIDTH);
    const words = this.words;
    const rows = ranked.ranking.rows.slice(0, this.limitValue).map((r) => {
      return {
        code: r.code,
        total: r.total,
        name: words.name(r.code),
        value: plotText(formatShort(ranked.source.unit, r.total, words.lang)),
        // The column head names the unit ("TIV, millions"), so a narrow chart may drop it from every bar.
        shortValue: plotText(formatShort(ranked.source.unit, r.total, words.lang, false)),
        index: r.index === null ? '–' : formatIndex(r.index, words.lang),
        bold: this.highlighted.includes(r.code),
      };
    });
    this.layout = layoutBars(rows, width, this.limitValue);
  }

  private parseLimit(): number {
    const text = typeof this.limit === 'number' || typeof this.limit === 'string' ? String(this.limit).trim() : '[object]';
    if (text === '') return 15;
    const n = Number(text);
    if (!Number.isInteger(n)) {
      this.problems.push(msg('ranking.notWhole', { value: JSON.stringify(text.slice(0, 40)), fallback: 15 }));
      return 15;
    }
    if (n < 1 || n > MAX_LIMIT) {
      const clamped = Math.min(MAX_LIMIT, Math.max(1, n));
      this.problems.push(msg('ranking.range', { max: MAX_LIMIT, limit: clamped }));
      return clamped;
    }
    return n;
  }

  protected override updated(): void {
    const stage = this.tooltip.stageRef.value;
    // Height reserved from `limit` alone, so nothing moves when data lands (CSSOM: CSP-safe).
    if (stage) stage.style.height = this.tableView ? '' : `${layoutHeight(this.limitValue)}px`;
  }

  protected override isDrawn(): boolean {
    return !!this.ranking && !!this.layout;
  }

  protected focusCodes(): string[] {
    return this.layout?.bars.map((b) => b.code) ?? [];
  }

  protected anchorOf(code: string): Point | undefined {
    const bar = this.layout?.bars.find((b) => b.code === code);
    if (!bar || !this.layout) return undefined;
    const scale = this.tooltip.scale(this.layout.width);
    return { x: (this.layout.barX + bar.width) * scale, y: (bar.y + ROW_HEIGHT / 2) * scale };
  }

  /** Resolves to the data shown (the table view's rows, raw amounts), for download as CSV, or why it is withheld; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    const { source, ranking, democracy } = this;
    if (!source || !ranking || !democracy) return null;
    const { assistanceDataTable } = await this.tables.get();
    return this.inOwnLanguage(() => assistanceDataTable({ title: this.heading || this.defaultHeading(), source, period: this.period, ranking, democracy, index: this.indexId, filter: this.filter, words: this.words }));
  }

  protected defaultHeading(): string {
    const heading = msg(`ranking.h.${this.filter}`, { measure: MEASURE_LABELS[this.measureId] });
    return this.source ? headingWhen(heading, whenLabel(this.source, this.period)) : heading;
  }

  protected override render(): TemplateResult {
    const { source, democracy, ranking } = this;
    return this.renderFrame({
      stage: this.renderStage(loadingChart(), !!(ranking && this.layout && source), (code) => this.renderTable(code), () => this.renderBars()),
      legend: regimeLegend(),
      units: source?.unitNote ?? '',
      summary: source && ranking ? rankingSummary(source, this.period, ranking, this.words) : '',
      sources: source && democracy ? [source.meta, democracy.v15.meta, ...(this.indexId === 'libdem' && democracy.v14 ? [democracy.v14.meta] : [])] : [],
    });
  }

  private renderTable({ renderRankingTable }: TableCode): TemplateResult {
    const ranking = this.ranking!;
    return renderRankingTable(this.source!, this.period, ranking.rows, this.indexId, this.words, this.selectedCode, undefined, ranking.notReported);
  }

  private renderBars(): TemplateResult {
    const [source, ranking, layout] = [this.source!, this.ranking!, this.layout!];
    if (!layout.bars.length) return html`<p class="empty">${noMatch()}</p>`;
    const rows = new Map(ranking.rows.map((r) => [r.code, r]));
    const view = { source, period: this.period, index: this.indexId, words: this.words, rows, highlighted: this.highlighted, selectedCode: this.selectedCode, activeCode: this.nav.active };
    const tip = rows.get(this.nav.tipCode);
    return this.renderListbox({
      cls: 'bars',
      part: 'chart',
      width: layout.width,
      height: layout.height,
      help: msg('ranking.help'),
      idPrefix: 'r-',
      marks: barMarks(layout, view),
      tip: tip ? tooltipBody(this.words.name(tip.code), recipientLines(source, this.period, tip, this.indexId, this.words)) : nothing,
    });
  }
}
