import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
export type { HarmSelectDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { stageWidth } from '../../core/xy-frame.js';
import { stageClientHeight } from '../../core/stage-width.js';
import { renderError, renderNotices } from '../../core/chrome.js';
import { renderToolbar } from '../../core/toolbar.js';
import { parseChoice } from '../../core/parse.js';
import { messages } from '../../core/i18n.js';
import { countryNames, type CountryNames } from '../../core/country-names.js';
import { DataController } from '../../core/data-controller.js';
import { TooltipController, type Point } from '../../core/tooltip-controller.js';
import { MEASURES, MEASURE_LABELS, cellAt, type Measure } from './annual.js';
import { layoutAnnual, type AnnualLayout } from './annual-layout.js';
import { annualChart } from './annual-view.js';
import { unitLabel } from './describe.js';
import type { ComparisonGroup } from './comparison.js';
import type { ComparisonAxis } from './comparison-layout.js';
import type { PeriodPairs } from './comparison-pairs.js';
import { loadHarm, settledHarm, validateHarm, type HarmDataKey } from './data.js';
import { annualKey, listKey, type KeyAction } from './keyboard.js';
import { annualSettings } from './settings.js';
import { annualSummary, harmFooter } from './sources.js';
import type { AnnualTableInput } from './tables.js';
import { annualLegend, comparisonLegend } from './legend.js';
import { renderTip as renderTooltip, tipSentence, type TipContent } from '../../harm/tooltip.js';
import { annualTipFor, barAnchor, rowAnchor } from './tooltip.js';
import { harmStyles } from '../../harm/styles.js';
import { civilianHarmStyles } from './civilian-harm.styles.js';
import type { DataTableResult } from '../../core/export/data-table.js';

const VIEWS = ['annual', 'official-vs-independent'] as const;
export type HarmView = (typeof VIEWS)[number];
const DISPLAYS = ['chart', 'table'] as const;
export type HarmDisplay = (typeof DISPLAYS)[number];
const CONTEXTS = ['none', 'ucdp'] as const;
export type HarmContext = (typeof CONTEXTS)[number];
export type { Measure as HarmMeasure };

const msg = messages({
  'civcas.fail': 'The civilian-harm data could not be loaded. Check the connection and try again.',
  'civcas.headC': 'Civilians killed by U.S. military operations: official counts vs independent estimates',
  'civcas.head': '{measure} in U.S. strikes per year (TBIJ reported ranges)',
  'civcas.loading': 'Loading chart…',
});

/** Layout height before the first measurement; the viewBox scales it to the box. */
const DEFAULT_HEIGHT = 420;

/**
 * Civilian harm in U.S. strikes: TBIJ's reported civilian deaths per year and
 * country as minimum–maximum ranges, or official admissions beside independent
 * estimates for the same period, each scope difference stated.
 *
 * @summary Civilian deaths in U.S. strikes: reported ranges, and official vs independent counts.
 * @tagname rights-civilian-harm
 *
 * @fires rights-select - The reader chose a bar or row (click, tap, Enter). `detail: { code, year }` or `{ row }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { view }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Secondary text (axes, footer, tooltip labels).
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-border] - Rules, gridlines and control borders.
 * @cssprop [--rights-accent] - Links and controls.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-range] - Fill of reported min–max ranges and of official figures.
 * @cssprop [--rights-independent] - Fill of independent estimates.
 * @cssprop [--rights-context] - Strike-count and UCDP context strips (keep 3:1 contrast with the background).
 * @cssprop [--rights-chart-height=520px] - Height of the annual chart and of the tables (600px with UCDP context; 600px and 700px in containers up to 540px wide). The comparison view is as tall as its content, reserved before data arrives.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The chart's SVG or comparison list.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The key.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences, caveats and citations.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsCivilianHarm extends RightsElement {
  static override styles = [baseStyles, chartStyles, harmStyles, civilianHarmStyles];

  /** `annual` (default): civilian deaths per year by country; `official-vs-independent`: official counts beside independent estimates. */
  @property({ reflect: true }) view: 'annual' | 'official-vs-independent' = 'annual';

  /** TBIJ countries to show (ISO alpha-3: `PAK YEM SOM AFG`, or an array); empty shows all four. */
  @property({ reflect: true }) countries: string | string[] = '';

  /** First year (2002–2018) of the annual view. */
  @property({ reflect: true }) from: number | string = '';

  /** Last year (2002–2018) of the annual view. */
  @property({ reflect: true }) to: number | string = '';

  /** `civilians` (default), `killed` (everyone), `children` or `injured`. */
  @property({ reflect: true }) measure: 'civilians' | 'killed' | 'children' | 'injured' = 'civilians';

  /** `ucdp` adds UCDP conflict deaths (all sides) for the same countries and years; `none` (default). */
  @property({ reflect: true }) context: 'none' | 'ucdp' = 'none';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) display: 'chart' | 'table' = 'chart';

  @state() private activeKey = '';
  @state() private pointerKey = '';
  @state() private announcement = '';

  private viewId: HarmView = 'annual';
  private displayId: HarmDisplay = 'chart';
  private contextId: HarmContext = 'none';
  private measureId: Measure = 'civilians';
  /** The annual view's settings and data; its `series` hold one row of cells per country. */
  private annual?: AnnualTableInput;
  private groups: ComparisonGroup[] = [];
  private periods: PeriodPairs[] = [];
  private axis?: ComparisonAxis;
  private layout?: AnnualLayout;
  private names?: CountryNames;

  private readonly data = new DataController(this, {
    key: (): HarmDataKey => this.dataKey(),
    load: loadHarm,
    settled: settledHarm,
    validate: validateHarm,
    failure: () => msg('civcas.fail'),
    ready: () => ({ view: this.viewId }),
  });

  private readonly tooltip = new TooltipController(this, () => this.anchor());
  /** The comparison view, the tables and the CSV's table (views.lazy.ts): loaded the first time one is shown. */
  private readonly views = this.lazyView(() => import('./views.lazy.js'));

  /** The datasets the current view needs (read straight from the attributes: this runs before the first update). */
  private dataKey(): HarmDataKey {
    if (parseChoice(this.view, VIEWS, 'annual', 'view').value === 'official-vs-independent') return 'comparison';
    return parseChoice(this.context, CONTEXTS, 'none', 'context').value === 'ucdp' ? 'ucdp' : 'annual';
  }

  protected resolveSettings(): void {
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'annual', 'view'));
    this.displayId = this.report(parseChoice(this.display, DISPLAYS, 'chart', 'display'));
    this.contextId = this.report(parseChoice(this.context, CONTEXTS, 'none', 'context'));
    this.measureId = this.report(parseChoice(this.measure, MEASURES, 'civilians', 'measure'));
    const data = this.data.value;
    if (!data) return;
    this.names = countryNames(data.registry, this.resolvedLang);
    const attributes = { countries: this.countries, from: this.from, to: this.to };
    const wording = { label: this.defaultHeading(), name: (code: string) => this.name(code), lang: this.resolvedLang };
    this.annual = annualSettings(data, { ...attributes, ...wording, measure: this.measureId, withUcdp: this.contextId === 'ucdp' }, (parsed) => this.report(parsed));
    // Only the comparison's data has official figures; its code loads with them.
    const comparison = data.civcas ? this.views.module : undefined;
    this.groups = comparison && data.civcas ? comparison.compare(comparison.rowsOf(data.civcas)) : [];
    this.periods = comparison?.pairsOf(this.groups) ?? [];
    this.axis = comparison?.comparisonAxis(this.groups);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const yearly = this.data.value?.yearly;
    if (!yearly || !this.annual || this.viewId !== 'annual') return;
    // The stage's own width (the host's less its padding), so the drawing is 1:1 and text keeps the size the layout measured it at.
    const stage = this.tooltip.stageRef.value;
    const width = stageWidth(stage, this, this.widthController.width);
    const height = stageClientHeight(stage) || DEFAULT_HEIGHT;
    const series = this.annual.series;
    const text = { unit: unitLabel(this.measureId), title: this.name(series[0]?.[0]?.code ?? '') };
    this.layout = layoutAnnual(series, width, height, this.contextId === 'ucdp', yearly.years?.provisionalYears ?? [], text);
  }

  private name(code: string): string {
    return this.names?.name(code) ?? code;
  }

  /** Resolves to the data shown (the table view of the view shown, raw numbers), for download as CSV, or why it is withheld; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    const { harmDataTable } = await this.views.get();
    const comparison = this.viewId === 'official-vs-independent';
    return this.inOwnLanguage(() => harmDataTable({ title: this.heading || this.defaultHeading(), data: this.data.value, comparison, annual: this.annual, groups: this.groups, lang: this.resolvedLang }));
  }

  private defaultHeading(): string {
    if (this.viewId === 'official-vs-independent') return msg('civcas.headC');
    // No years here: they are known only once data arrives, and the heading must not reflow then.
    return msg('civcas.head', { measure: MEASURE_LABELS[this.measureId] });
  }

  protected override render(): TemplateResult {
    const theme = this.themeController.theme;
    const comparison = this.viewId === 'official-vs-independent';
    return html`<div class="chart ${theme} ${this.viewId} ${this.contextId === 'ucdp' ? 'with-context' : ''}" dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${this.heading || this.defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      ${renderToolbar([], { on: this.displayId === 'table', toggle: this.toggleDisplay })}
      <div class="stage ${this.displayId === 'table' ? 'table-view' : ''}" ${ref(this.tooltip.stageRef)}>${this.renderStage()}</div>
      ${this.displayId === 'chart'
        ? comparison
          ? comparisonLegend()
          : annualLegend(this.layout?.maxStrikes, this.layout?.maxConflict, this.contextId === 'ucdp', this.resolvedLang)
        : nothing}
      <p class="summary" part="summary">${this.summaryText()}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${harmFooter(this.data.value, comparison, this.contextId === 'ucdp', this.groups, this.resolvedLang)}
    </div>`;
  }

  private renderStage(): TemplateResult {
    if (this.data.error) return renderError(this.data.error, () => this.data.retry());
    if (!this.data.value) return html`<div class="loading" role="status">${msg('civcas.loading')}</div>`;
    const lang = this.resolvedLang;
    if (this.viewId === 'official-vs-independent') {
      return this.views.render(({ comparisonChart, comparisonTable }) => {
        if (this.displayId === 'table') return comparisonTable(this.groups, lang);
        if (!this.axis) return html``;
        return html`${comparisonChart({ periods: this.periods, axis: this.axis, activeKey: this.activeKey, label: this.defaultHeading(), lang, on: this.handlers })}
          ${renderTooltip(this.tipContent(), this.tooltip.tipRef)}`;
      });
    }
    if (!this.annual) return html``;
    const annual = this.annual;
    if (this.displayId === 'table') return this.views.render(({ annualTable }) => annualTable(annual));
    if (!this.layout) return html``;
    return html`${annualChart({ ...this.annual, layout: this.layout, activeKey: this.activeKey, on: this.handlers })}
      ${renderTooltip(this.tipContent(), this.tooltip.tipRef)}`;
  }

  private summaryText(): string {
    if (!this.data.value) return '';
    if (this.viewId === 'official-vs-independent') return this.views.module?.comparisonSummary(this.periods, this.resolvedLang) ?? '';
    return this.annual ? annualSummary(this.annual) : '';
  }

  // — tooltip —

  private tipContent(): TipContent | undefined {
    const key = this.pointerKey || this.activeKey;
    if (!key || !this.data.value) return undefined;
    if (this.viewId === 'annual') return this.annual && annualTipFor(key, this.annual);
    return this.views.module?.comparisonTipFor(key, this.groups, this.resolvedLang);
  }

  /** Beside the bar or row the tooltip describes, in stage pixels. */
  private anchor(): Point | undefined {
    const key = this.pointerKey || this.activeKey;
    const stage = this.tooltip.stageRef.value;
    if (!key || !stage) return undefined;
    if (this.viewId === 'annual') return this.layout ? barAnchor(this.layout, key, this.tooltip.scale(this.layout.width)) : undefined;
    return rowAnchor(this.renderRoot.querySelector(`#r-${CSS.escape(key)}`), stage);
  }

  // — interaction —

  private readonly handlers = {
    pointermove: (event: PointerEvent): void => {
      const key = keyOf(event);
      if (key !== this.pointerKey) this.pointerKey = key;
    },
    pointerleave: (): void => {
      this.pointerKey = '';
    },
    click: (event: MouseEvent): void => {
      const key = keyOf(event);
      if (!key) return;
      this.activeKey = key;
      this.select(key);
    },
    keydown: (event: KeyboardEvent): void => {
      const action = this.viewId === 'annual'
        ? annualKey(event.key, this.activeKey, this.annual?.codes ?? [], this.annual?.from ?? 0, this.annual?.to ?? 0)
        : listKey(event.key, this.activeKey, this.groups.flatMap((g) => g.entries.map((e) => String(e.row.id))));
      this.act(action, event);
    },
    focus: (): void => {
      if (!this.activeKey) {
        const cells = this.annual?.series[0];
        const first = cells?.find((c) => c.covered) ?? cells?.[0];
        this.activeKey = this.viewId === 'annual' ? (first ? `${first.code}-${first.year}` : '') : String(this.groups[0]?.entries[0]?.row.id ?? '');
      }
      this.announce();
    },
    blur: (): void => {
      this.pointerKey = '';
      this.activeKey = '';
    },
  };

  private act(action: KeyAction, event: KeyboardEvent): void {
    if (!action) return;
    if ('escape' in action) {
      this.pointerKey = '';
      return;
    }
    event.preventDefault();
    if ('select' in action) {
      if (this.activeKey) this.select(this.activeKey);
    } else if (action.move !== this.activeKey) {
      this.activeKey = action.move;
      this.pointerKey = '';
      this.announce();
    }
    if (this.viewId !== 'annual' && this.activeKey) this.renderRoot.querySelector(`#r-${CSS.escape(this.activeKey)}`)?.scrollIntoView?.({ block: 'nearest' });
  }

  private select(key: string): void {
    if (this.viewId === 'annual') {
      const cell = cellAt(this.annual?.series ?? [], key);
      if (cell) emit(this, 'rights-select', { code: cell.code, year: cell.year });
    } else {
      emit(this, 'rights-select', { row: Number(key) });
    }
  }

  private announce(): void {
    // Also called from focus and key handlers, outside an update.
    this.announcement = this.inOwnLanguage(() => tipSentence(this.tipContent()));
  }

  private toggleDisplay(): void {
    this.display = this.displayId === 'table' ? 'chart' : 'table';
  }
}

/** The `data-key` of the mark under an event. */
function keyOf(event: Event): string {
  return (event.target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key') ?? '';
}
