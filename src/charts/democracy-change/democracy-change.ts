import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { xyStyles } from '../../core/xy-styles.js';
import { emit, type CountrySelectDetail } from '../../core/events.js';
import { renderFooter, renderNotices } from '../../core/chrome.js';
import { parseChoice, parseYear } from '../../core/parse.js';
import { countryNames } from '../../core/country-names.js';
import { DataController } from '../../core/data-controller.js';
import { TooltipController } from '../../core/tooltip-controller.js';
import { SERIES_COLORS } from '../../core/series-palette.js';
import { stageWidth, stagePlaceholder } from '../../core/xy-frame.js';
import { renderMetricToolbar } from '../../democracy/metric-toolbar.js';
import { METRIC_INFO, TREND_METRICS, metricSource, regionName, type TrendData, type TrendMetric } from '../../democracy/trend-data.js';
import {
  INDEX_LOAD_FAILURE,
  indexSources,
  indexWithEdition,
  loadIndexData,
  metricEdition,
  settledIndexData,
  validateIndexData,
} from '../../democracy/index-source.js';
import { DEFAULT_LIMIT, changes, parseLimit, ranked, type CountryChange } from './change-data.js';
import { changeHeight, layoutChanges, type ChangeLayout } from './change-layout.js';
import { changeCaveats, changeSummary, describeChange, type ChangeWording } from './describe.js';
import { renderChangeChart } from './chart.js';
import { renderChangeReadout } from './readout.js';
import { renderChangeTable } from './table.js';
import { renderChangeLegend } from './legend.js';
import { changeStyles } from './democracy-change.styles.js';
import { changeDataTable } from './data-table.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'change.spanReversed': '"from" ({from}) must be before "to" ({to}); showing {fallback}–{to}.',
  'change.noRegion': 'no region',
  'change.heading': 'Biggest changes in the {index}',
  'change.summaryTitle': 'Summary',
  'change.selected': '{name} selected.',
});

export { parseLimit } from './change-data.js';
export type SelectDetail = CountrySelectDetail;

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];
const DEFAULT_SPAN = 14;
const NO_REGION = '#8a929c';

/**
 * The countries whose democracy index fell or rose most between two years,
 * with V-Dem's uncertainty for both years and ERT autocratization episodes marked.
 *
 * @summary Ranked dot chart of the biggest declines and advances in a democracy index (V-Dem).
 * @tagname rights-democracy-change
 *
 * @fires rights-select - The reader chose a country (click, tap, Enter); a trend chart with `follow` adds it. `detail: { code, name, selected }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { metric, from, to }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Axis labels, connectors and footer.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-surface] - Row highlight and control background.
 * @cssprop [--rights-border] - Grid lines, control borders, table rules.
 * @cssprop [--rights-accent] - Links.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The chart's SVG.
 * @csspart tooltip - Details of the focused or hovered country.
 * @csspart legend - Region colours and symbols.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences and caveats.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsDemocracyChange extends RightsElement {
  static override styles = [baseStyles, chartStyles, xyStyles, changeStyles];

  /** `polyarchy` (Electoral Democracy Index with its 68% interval, V-Dem v15, default) or `libdem` (Liberal Democracy Index, V-Dem v14). */
  @property({ reflect: true }) metric: 'polyarchy' | 'libdem' = 'polyarchy';

  /** Start year (default: 14 years before `to`). */
  @property({ reflect: true }) from: string | number = '';

  /** End year (default: the metric's latest year). */
  @property({ reflect: true }) to: string | number = '';

  /** How many countries to show in each list, 1–40 (default 10). */
  @property({ reflect: true }) limit: string | number = '';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  @state() private activeCode = '';
  @state() private pointerCode = '';
  @state() private announcement = '';

  private loaded?: TrendData;
  private metricId: TrendMetric = 'polyarchy';
  private viewId: View = 'chart';
  private fromYear = 0;
  private toYear = 0;
  private limitValue = DEFAULT_LIMIT;
  private declines: CountryChange[] = [];
  private advances: CountryChange[] = [];
  private rankKey = '';
  private rankData?: TrendData;
  private layout?: ChangeLayout;

  private readonly data = new DataController(this, {
    load: loadIndexData,
    settled: settledIndexData,
    validate: validateIndexData,
    failure: INDEX_LOAD_FAILURE,
    ready: () => (this.layout ? { metric: this.metricId, from: this.fromYear, to: this.toYear } : undefined),
  });

  /** The tooltip sits beside the row it describes (hovered, else focused). */
  private readonly tooltip: TooltipController = new TooltipController(this, () => {
    const row = this.layout?.rows.find((r) => r.code === (this.pointerCode || this.activeCode));
    if (!this.layout || !row) return undefined;
    const scale = this.tooltip.scale(this.layout.frame.width);
    return { x: Math.max(row.x0, row.x1) * scale, y: row.y * scale };
  });

  protected resolveSettings(): void {
    this.metricId = this.report(parseChoice(this.metric, TREND_METRICS, 'polyarchy', 'metric'));
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'chart', 'view'));
    this.limitValue = this.report(parseLimit(this.limit));
    const data = (this.loaded = this.data.value);
    if (!data) return;
    const source = metricSource(data, this.metricId);
    const to = this.report(parseYear(this.to, source.first + 1, source.last, source.last));
    let from = this.report(parseYear(this.from, source.first, source.last, Math.max(source.first, to - DEFAULT_SPAN)));
    if (from >= to) {
      const fallback = Math.max(source.first, to - DEFAULT_SPAN);
      this.problems.push(msg('change.spanReversed', { from, to, fallback }));
      from = fallback;
    }
    this.fromYear = from;
    this.toYear = to;
    // Hover and key presses re-render often; the ranking only changes with these settings.
    const key = [this.metricId, from, to, this.limitValue].join('|');
    if (key !== this.rankKey || data !== this.rankData) {
      this.rankKey = key;
      this.rankData = data;
      ({ declines: this.declines, advances: this.advances } = ranked(changes(data, this.metricId, from, to), this.limitValue));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.loaded) return;
    this.layout = layoutChanges(this.declines, this.advances, this.limitValue, stageWidth(this.tooltip.stageRef.value, this, this.widthController.width));
  }

  protected override updated(): void {
    const stage = this.tooltip.stageRef.value;
    // Height from limit alone, set before data arrives (CSSOM, CSP-safe).
    if (stage) stage.style.height = this.viewId === 'table' && this.loaded ? '' : `${changeHeight(this.limitValue)}px`;
  }

  private get wording(): ChangeWording {
    const data = this.loaded;
    const names = data && countryNames(data.registry, this.resolvedLang);
    return {
      lang: this.resolvedLang,
      indexLabel: indexWithEdition(this.metricId, data),
      from: this.fromYear,
      to: this.toYear,
      name: (code) => names?.name(code) ?? code,
      region: (region) => (region !== null && data?.registry.regions[String(region)] ? regionName(region, data.registry.regions) : msg('change.noRegion')),
    };
  }

  private readonly regionColor = (region: number | null): string =>
    region === null ? NO_REGION : (SERIES_COLORS[(region - 1) % SERIES_COLORS.length] ?? NO_REGION);

  /** Resolves to the data shown (the table view's rows, raw index values), for download as CSV; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    return this.inOwnLanguage(() => {
      const data = this.loaded;
      return data ? changeDataTable({ title: this.heading || this.defaultHeading(), data, metric: this.metricId, declines: this.declines, advances: this.advances, words: this.wording }) : null;
    });
  }

  private defaultHeading(): string {
    return msg('change.heading', { index: indexWithEdition(this.metricId, this.loaded) });
  }

  protected override render(): TemplateResult {
    const data = this.loaded;
    return html`<div class="chart ${this.themeController.theme}" dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${this.heading || this.defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      ${renderMetricToolbar(this.metricId, this.viewId === 'table', (metric) => (this.metric = metric), () => this.toggleView())}
      <div class="stage ${this.viewId === 'table' && data ? 'table-view' : ''}" ${ref(this.tooltip.stageRef)}>${this.renderStage()}</div>
      ${renderChangeLegend(data?.registry.regions ?? {}, this.regionColor, this.metricId === 'polyarchy')}
      <details class="summary" part="summary">
        <summary>${msg('change.summaryTitle')}</summary>
        <p>${data ? changeSummary(this.declines, this.advances, this.wording) : ''}</p>
      </details>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${data ? renderFooter(indexSources(data, this.metricId), changeCaveats(this.metricId)) : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private renderStage(): TemplateResult {
    if (this.data.error || !this.loaded || !this.layout) return stagePlaceholder(this.data);
    const words = this.wording;
    if (this.viewId === 'table') {
      return renderChangeTable(this.declines, this.advances, METRIC_INFO[this.metricId].hasInterval, this.defaultHeading(), words);
    }
    const shown = this.find(this.pointerCode || this.activeCode);
    const view = { layout: this.layout, active: this.activeCode, label: this.heading || this.defaultHeading(), words, color: this.regionColor };
    return html`${renderChangeChart({ ...view, edition: metricEdition(this.metricId, this.loaded) }, this.handlers)}
      <div class="tooltip" part="tooltip" ?hidden=${!shown} aria-hidden="true" ${ref(this.tooltip.tipRef)}>
        ${shown ? renderChangeReadout(shown, words) : ''}
      </div>`;
  }

  private find(code: string): CountryChange | undefined {
    return code ? [...this.declines, ...this.advances].find((c) => c.code === code) : undefined;
  }

  // — interaction —

  private readonly handlers = {
    pointermove: (event: PointerEvent): void => {
      const code = codeFrom(event);
      if (code !== this.pointerCode) this.pointerCode = code;
    },
    pointerleave: (): void => {
      this.pointerCode = '';
    },
    click: (event: MouseEvent): void => {
      const code = codeFrom(event);
      if (!code) return;
      this.activeCode = code;
      this.select(code);
    },
    keydown: (event: KeyboardEvent): void => this.onKeyDown(event),
    focus: (): void => {
      if (!this.activeCode) this.activeCode = this.layout?.rows[0]?.code ?? '';
      this.announceActive();
    },
    blur: (): void => {
      this.activeCode = '';
    },
  };

  // Both run from event handlers, outside an update: in the chart's language explicitly.
  private select(code: string): void {
    const name = this.wording.name(code);
    emit(this, 'rights-select', { code, name, selected: true });
    this.announcement = this.inOwnLanguage(() => msg('change.selected', { name }));
  }

  private announceActive(): void {
    const d = this.find(this.activeCode);
    if (d) this.announcement = this.inOwnLanguage(() => describeChange(d, this.wording));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const rows = this.layout?.rows ?? [];
    const i = rows.findIndex((r) => r.code === this.activeCode);
    let next: string | undefined;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = rows[Math.min(rows.length - 1, i + 1)]?.code;
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = rows[Math.max(0, i - 1)]?.code;
    else if (event.key === 'Home') next = rows[0]?.code;
    else if (event.key === 'End') next = rows[rows.length - 1]?.code;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (this.activeCode) this.select(this.activeCode);
      return;
    } else return;
    event.preventDefault();
    if (next && next !== this.activeCode) {
      this.activeCode = next;
      this.pointerCode = '';
      this.announceActive();
    }
  }

  private toggleView(): void {
    this.view = this.viewId === 'table' ? 'chart' : 'table';
  }
}

/** The country code of the row under an event, or ''. */
function codeFrom(event: Event): string {
  return (event.target as Element | null)?.getAttribute?.('data-code') ?? '';
}
