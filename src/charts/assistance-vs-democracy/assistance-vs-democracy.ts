import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { formatCount } from '../../core/format.js';
import type { Point } from '../../core/tooltip-controller.js';
import { populationLoaders, type Population } from '../../data/population.js';
import { MEASURE_LABELS } from '../../assistance/measures.js';
import type { Recipient } from '../../assistance/ranking.js';
import { INDEX_NAMES, type IndexId, type RegimeFilter } from '../../assistance/regimes.js';
import { formatMillions, formatNumber, formatShare } from '../../assistance/amounts.js';
import { rankingSummary, recipientLines, whenLabel, type Line } from '../../assistance/describe.js';
import { AssistanceElement, type AssistanceSelectDetail } from '../../assistance/assistance-element.js';
import { assistanceStyles } from '../../assistance/styles.js';
import { tooltipBody } from '../../assistance/views.js';
import { INDEX_SPLIT, layoutScatter, type ScatterLayout } from './scatter-layout.js';
import { scatterLegend, scatterMarks } from './scatter-view.js';
import { scatterStyles } from './assistance-vs-democracy.styles.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { layoutWidth } from '../../core/size.js';
import { stageClientHeight, stageClientWidth } from '../../core/stage-width.js';
import { messages } from '../../core/i18n.js';
import { headingWhen, loadingChart, noMatch } from '../../assistance/assistance-element.js';
import { noData } from '../../assistance/describe.js';

const msg = messages({
  'scatter.failed': 'The chart data could not be loaded. Check the connection and try again.',
  'scatter.heading': '{measure} from the United States and the recipients’ democracy',
  'scatter.pop': 'Population {year}',
  'scatter.popPersons': 'Population {year} (persons)',
  'scatter.popM': 'Population {year}, millions',
  'scatter.quadrant': {
    other: '# of the {plotted} recipients plotted received at least the median amount while scoring below {split} on the {index} (shaded); together they got {share} of the plotted total.',
  },
  'scatter.units': '{note} Dot area shows population (World Bank, {year}). The vertical scale is logarithmic: each gridline is ten times the one below.',
  'scatter.help': 'Arrow keys step through recipients from largest to smallest; Enter selects.',
});

export type AssistanceScatterSelectDetail = AssistanceSelectDetail;

/**
 * Each recipient of U.S. arms or aid as a dot: democracy index across,
 * assistance up (log scale), dot area by population. The quadrant of large
 * recipients with low democracy scores is shaded and counted in the summary.
 *
 * @summary Scatter of U.S. assistance against recipients' democracy index.
 * @tagname rights-assistance-vs-democracy
 *
 * @fires rights-year-change - The reader changed the year with the slider. `detail: { year }`.
 * @fires rights-select - The reader selected or deselected a recipient (click, Enter). `detail: { code, name, selected }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { measure, from, to }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Axis and secondary text colour.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-surface] - Button background; the shaded quadrant.
 * @cssprop [--rights-border] - Gridlines and table rules.
 * @cssprop [--rights-accent] - Links, slider and the selected dot's outline.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The scatter's SVG.
 * @csspart tooltip - The tooltip.
 * @csspart timeline - Play button and year slider (single-year mode).
 * @csspart legend - Regime symbols and colours, and the dot-size key.
 * @csspart note - The sentence that changes how the numbers read (military aid is a floor), beside them.
 * @csspart units - The explanation of units and years.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences and citations.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsAssistanceVsDemocracy extends AssistanceElement<Population> {
  static override styles = [baseStyles, chartStyles, assistanceStyles, scatterStyles];

  /** x axis: `polyarchy` (Electoral Democracy Index, V-Dem v15, default) or `libdem` (Liberal Democracy Index, v14, to 2023). */
  @property({ reflect: true }) index: IndexId = 'polyarchy';

  /** `all` (default), `autocracy` or `democracy`: which recipients to plot, by regime in the last year. */
  @property({ reflect: true }) regime: RegimeFilter = 'all';

  /** ISO alpha-3 codes whose dots are labelled by name (first, before the largest recipients, which are named too where there is room). */
  @property({ reflect: true }) highlight: string | string[] = '';

  /** The selected recipient (ISO alpha-3). */
  @property({ reflect: true }) selected = '';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  protected readonly chartView = 'chart';
  protected get loadFailedMessage(): string {
    return msg('scatter.failed');
  }
  /** Recipients with an index value: the plotted dots, in rank order. */
  private plotted: Recipient[] = [];
  private population?: Population;
  private populationYear = 0;
  private layout?: ScatterLayout;

  protected override ownLoader(): () => Promise<Population> {
    return populationLoaders.population;
  }

  protected override validateOwn(population: Population): void {
    if (typeof population?.countries !== 'object' || typeof population.first !== 'number') throw new TypeError('wrong-shaped population data');
  }

  protected resolveSettings(): void {
    this.resolveSharedAttributes();
    const ranked = this.resolveRanking();
    if (!ranked) return;
    const population = (this.population = ranked.own);
    this.plotted = ranked.ranking.rows.filter((r) => r.index !== null);
    // World Bank population starts in 1960; earlier years use 1960's, as stated under the chart.
    this.populationYear = Math.min(population.last, Math.max(population.first, this.period.to));
    const stage = this.tooltip.stageRef.value;
    const width = layoutWidth(stageClientWidth(stage) || this.widthController.width || 640);
    const height = stageClientHeight(stage) || Math.max(240, Math.round(width * 0.6));
    this.layout = layoutScatter(
      this.plotted.map((r) => ({ code: r.code, index: r.index!, amount: r.total, population: this.populationOf(r.code) })),
      width,
      height,
    );
  }

  private populationOf(code: string): number | null {
    const s = this.population?.countries[code];
    return s ? (s.pop[this.populationYear - s.start] ?? null) : null;
  }

  private populationText(code: string, millions = false): string {
    const pop = this.populationOf(code);
    return pop === null ? noData() : millions ? formatMillions(pop, this.resolvedLang) : formatCount(pop, this.resolvedLang);
  }

  protected override isDrawn(): boolean {
    return !!this.ranking && !!this.layout;
  }

  protected focusCodes(): string[] {
    return this.plotted.map((r) => r.code); // rank order (largest recipient first), not by position
  }

  protected anchorOf(code: string): Point | undefined {
    const dot = this.layout?.dots.find((d) => d.code === code);
    if (!dot || !this.layout) return undefined;
    const scale = this.tooltip.scale(this.layout.width);
    return { x: (dot.cx + dot.r) * scale, y: dot.cy * scale };
  }

  /** Resolves to the data shown (the table view's rows, raw amounts), for download as CSV, or why it is withheld; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    const { source, ranking, democracy } = this;
    if (!source || !ranking || !democracy) return null;
    const { assistanceDataTable } = await this.tables.get();
    return this.inOwnLanguage(() => assistanceDataTable({ title: this.heading || this.defaultHeading(), source, period: this.period, ranking, democracy, index: this.indexId, filter: this.filter, words: this.words, extra: this.population && { name: msg('scatter.popPersons', { year: this.populationYear }), value: (code) => this.populationOf(code), meta: this.population.meta } }));
  }

  protected defaultHeading(): string {
    const heading = msg('scatter.heading', { measure: MEASURE_LABELS[this.measureId] });
    return this.source ? headingWhen(heading, whenLabel(this.source, this.period)) : heading;
  }

  /** Recipients in the shaded quadrant and their share of the plotted total. */
  private quadrantFacts(): { count: number; share: number } {
    const split = this.layout?.quadrant.amountSplit ?? 0;
    const inside = this.plotted.filter((r) => r.index! < INDEX_SPLIT && r.total >= split);
    const all = this.plotted.reduce((a, r) => a + r.total, 0);
    return { count: inside.length, share: all ? inside.reduce((a, r) => a + r.total, 0) / all : 0 };
  }

  private summaryText(): string {
    if (!this.source || !this.ranking) return '';
    const base = rankingSummary(this.source, this.period, this.ranking, this.words);
    if (!this.plotted.length) return base;
    const { count, share } = this.quadrantFacts();
    const lang = this.resolvedLang;
    const quadrant = msg('scatter.quadrant', {
      count,
      plotted: this.plotted.length,
      split: formatNumber(INDEX_SPLIT, lang),
      index: INDEX_NAMES[this.indexId],
      share: formatShare(share, lang),
    });
    return `${base} ${quadrant}`;
  }

  protected override render(): TemplateResult {
    const { source, democracy, ranking, population } = this;
    return this.renderFrame({
      stage: this.renderStage(
        loadingChart(),
        !!(ranking && this.layout && source),
        ({ renderRankingTable }) =>
          renderRankingTable(
            source!,
            this.period,
            ranking!.rows,
            this.indexId,
            this.words,
            this.selectedCode,
            // In millions, so the column fits a phone; the tooltip gives the full count.
            { header: msg('scatter.popM', { year: this.populationYear }), cell: (r) => this.populationText(r.code, true) },
            ranking!.notReported,
          ),
        () => this.renderScatter(),
      ),
      legend: scatterLegend(),
      units: source ? msg('scatter.units', { note: source.unitNote, year: this.populationYear }) : '',
      summary: this.summaryText(),
      sources: source && democracy && population ? [source.meta, this.indexId === 'libdem' && democracy.v14 ? democracy.v14.meta : democracy.v15.meta, population.meta] : [],
    });
  }

  private renderScatter(): TemplateResult {
    const layout = this.layout!;
    if (!layout.dots.length) return html`<p class="empty">${noMatch()}</p>`;
    const rows = new Map(this.plotted.map((r) => [r.code, r]));
    const view = { source: this.source!, period: this.period, index: this.indexId, words: this.words, rows, highlighted: this.highlighted, selectedCode: this.selectedCode, activeCode: this.nav.active };
    const tip = rows.get(this.nav.tipCode);
    const lines = (r: Recipient): Line[] => [
      ...recipientLines(this.source!, this.period, r, this.indexId, this.words),
      { label: msg('scatter.pop', { year: this.populationYear }), value: this.populationText(r.code) },
    ];
    return this.renderListbox({
      cls: 'scatter',
      part: 'chart',
      width: layout.width,
      height: layout.height,
      help: msg('scatter.help'),
      idPrefix: 'd-',
      marks: scatterMarks(layout, view),
      tip: tip ? tooltipBody(this.words.name(tip.code), lines(tip)) : nothing,
    });
  }
}
