import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { createRef } from 'lit/directives/ref.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { worldMapStyles } from '../../geo/map-styles.js';
import type { Point } from '../../core/tooltip-controller.js';
import { projectedWorldLoaders, type ProjectedWorld } from '../../geo/projected-world.js';
import { layoutMap, type MapLayout } from '../../geo/map-layout.js';
import { MapZoomController, withZoom, zoomButtons, zoomStyles } from '../../geo/map-zoom.js';
import { MEASURE_LABELS } from '../../assistance/measures.js';
import { rankingFor, type Ranking, type Recipient } from '../../assistance/ranking.js';
import type { IndexId, RegimeFilter } from '../../assistance/regimes.js';
import { absentLines, linesLabel, rankingSummary, recipientLabel, recipientLines, whenLabel, type Line } from '../../assistance/describe.js';
import { AssistanceElement, type AssistanceSelectDetail } from '../../assistance/assistance-element.js';
import type { FocusChart } from '../../assistance/recipient-focus.js';
import { assistanceStyles } from '../../assistance/styles.js';
import { tooltipBody } from '../../assistance/views.js';
import { amountThresholds } from './amount-scale.js';
import { countryLook, mapLegend, mapMarks } from './map-view.js';
import { CountryLayer } from './country-layer.js';
import type { OptionNames } from '../../core/option-names.js';
import { assistanceMapStyles } from './assistance-map.styles.js';
import { layoutWidth } from '../../core/size.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { messages } from '../../core/i18n.js';
import { headingWhen } from '../../assistance/assistance-element.js';

const msg = messages({
  'aidMap.failed': 'The map data could not be loaded. Check the connection and try again.',
  'aidMap.loading': 'Loading map…',
  'aidMap.h.all': '{measure} from the United States',
  'aidMap.h.autocracy': '{measure} from the United States to autocracies',
  'aidMap.h.democracy': '{measure} from the United States to democracies',
  'aidMap.help': 'Use arrow keys to move between countries, letters to jump by name, Enter to select.',
  'aidMap.onMap': 'On the map',
  'aidMap.mutedAut': 'not coloured (the map colours autocracies only)',
  'aidMap.mutedDem': 'not coloured (the map colours democracies only)',
});

const DEFAULT_WIDTH = 960;

/** Recipients by code, once per ranking (rankings are shared and cached per period). */
const byCode = new WeakMap<Ranking, Map<string, Recipient>>();
function recipientsOf(ranking: Ranking): Map<string, Recipient> {
  let map = byCode.get(ranking);
  if (!map) byCode.set(ranking, (map = new Map(ranking.rows.map((r) => [r.code, r]))));
  return map;
}

/** Amount classes, once per ranking of every recipient. */
const classBreaks = new WeakMap<Ranking, number[]>();
function thresholdsOf(all: Ranking): number[] {
  let thresholds = classBreaks.get(all);
  if (!thresholds) classBreaks.set(all, (thresholds = amountThresholds(all.rows.map((r) => r.total))));
  return thresholds;
}

export type AssistanceMapSelectDetail = AssistanceSelectDetail;

/**
 * A world map of what each country received from the United States — major
 * arms, all aid or military aid — in a year or over a period, with each
 * recipient's regime type shown by a hatch pattern as well as in words.
 *
 * @summary World map of U.S. arms and aid by recipient, with regime type.
 * @tagname rights-assistance-map
 *
 * @fires rights-year-change - The reader changed the year (slider or playback). `detail: { year }`.
 * @fires rights-select - The reader selected or deselected a country (click, Enter). `detail: { code, name, selected }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { measure, from, to }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour; also the regime hatching.
 * @cssprop [--rights-muted] - Secondary text colour.
 * @cssprop [--rights-bg] - Background colour; also the border between countries.
 * @cssprop [--rights-surface] - Button background.
 * @cssprop [--rights-border] - Borders and table rules.
 * @cssprop [--rights-accent] - Links, slider and the selected-country outline.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-ocean] - Map background.
 * @cssprop [--rights-no-data] - Dots of countries with nothing recorded, or not reported (military aid).
 * @cssprop [--rights-highlight] - Outline of highlighted countries.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart map - The map's SVG.
 * @csspart tooltip - The tooltip.
 * @csspart timeline - Play button and year slider (single-year mode).
 * @csspart legend - Amount classes and regime patterns.
 * @csspart note - The sentence that changes how the numbers read (military aid is a floor), beside them.
 * @csspart units - The explanation of units and years.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences and citations.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsAssistanceMap extends AssistanceElement<ProjectedWorld> {
  static override styles = [baseStyles, chartStyles, worldMapStyles, zoomStyles, assistanceStyles, assistanceMapStyles];

  /** Democracy index in tooltips and the table: `polyarchy` (EDI, default) or `libdem` (LDI). */
  @property({ reflect: true }) index: IndexId = 'polyarchy';

  /** `all` (default), `autocracy` or `democracy`: which recipients are coloured, by regime in the last year. */
  @property({ reflect: true }) regime: RegimeFilter = 'all';

  /** ISO alpha-3 codes to outline. */
  @property({ reflect: true }) highlight: string | string[] = '';

  /** The selected country (ISO alpha-3). */
  @property({ reflect: true }) selected = '';

  // Declared again only for this chart's docs: its timeline also plays.
  /** Timeline (single-year mode): shown unless `"false"`. */
  @property({ reflect: true }) override controls: boolean | string | null = null;

  /** `map` (default) or `table`. */
  @property({ reflect: true }) view: 'map' | 'table' = 'map';

  protected readonly chartView = 'map';
  protected get loadFailedMessage(): string {
    return msg('aidMap.failed');
  }
  /** Recipients passing the regime filter: these are coloured. */
  private recipients = new Map<string, Recipient>();
  /** Every recipient, for tooltips and class breaks. */
  private allRecipients = new Map<string, Recipient>();
  private allRanking?: Ranking;
  private thresholds: number[] = [];
  private world?: ProjectedWorld;
  private layout?: MapLayout;
  private readonly countriesRef = createRef<SVGGElement>();
  private readonly hatchesRef = createRef<SVGGElement>();
  private readonly countryLayer = new CountryLayer();
  /** Drag, pinch and wheel, and the arrow and letter keys (interaction.lazy.ts): fetched while the map is first drawn; until then the map answers its buttons. */
  private readonly interaction = this.lazyView(() => import('./interaction.lazy.js'));
  private readonly mapZoom = new MapZoomController(this, () => this.layout, () => this.renderRoot.querySelector('svg.map'), () => this.interaction.module?.Gestures);
  private readonly zoomHandlers = withZoom(this.nav.on, this.mapZoom);
  private namesWriter?: OptionNames;

  protected override ownLoader(): () => Promise<ProjectedWorld> {
    return projectedWorldLoaders.equalEarth110m;
  }

  protected override validateOwn(world: ProjectedWorld): void {
    if (!Array.isArray(world?.countries)) throw new TypeError('wrong-shaped world geometry');
  }

  protected resolveSettings(): void {
    this.resolveSharedAttributes();
    const ranked = this.resolveRanking();
    if (!ranked) return;
    const { source, democracy, ranking, own: world } = ranked;
    this.world = world;
    const width = layoutWidth(this.tooltip.stageRef.value?.clientWidth || this.widthController.width || DEFAULT_WIDTH);
    if (this.layout?.width !== width) this.layout = layoutMap(world, width);
    this.recipients = recipientsOf(ranking);
    // Classes from every recipient (not only the filtered ones), so filtering does not recolour.
    const all = (this.allRanking = this.filter === 'all' ? ranking : rankingFor(source, this.period, democracy, this.indexId, 'all'));
    this.allRecipients = recipientsOf(all);
    this.thresholds = thresholdsOf(all);
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.drawCountries();
  }

  /** Fills the template's empty country and hatch groups (see CountryLayer), before the frame is painted. */
  private drawCountries(): void {
    const countries = this.countriesRef.value;
    const hatches = this.hatchesRef.value;
    if (!countries?.isConnected || !hatches || !this.layout || !this.ranking || this.tableView) return;
    // What the names depend on: the rankings stand for the source, period, index, filter and V-Dem read.
    const labelKey = [this.ranking, this.allRanking, this.resolvedLang, this.names];
    const view = { recipients: this.recipients, allRecipients: this.allRecipients, thresholds: this.thresholds, selectedCode: this.selectedCode };
    this.countryLayer.sync(countries, hatches, this.layout.shapes, [...labelKey, this.selectedCode], (code) => countryLook(code, view), {
      key: labelKey,
      // Also written when idle, outside the update: in the chart's language.
      of: (code) => this.inOwnLanguage(() => this.describeCode(code)),
      active: this.nav.active,
      writer: (this.namesWriter ??= this.interaction.module && new this.interaction.module.OptionNames()),
    });
  }

  protected override isDrawn(): boolean {
    return !!this.ranking && !!this.layout;
  }

  /** Tooltip lines for any country: a recipient's figures, or "none recorded" / "not reported" with its regime. */
  private linesFor(code: string): Line[] {
    if (!this.source || !this.democracy) return [];
    const r = this.allRecipients.get(code);
    if (!r) return absentLines(this.source, this.period, code, this.democracy, this.indexId, this.resolvedLang);
    const lines = recipientLines(this.source, this.period, r, this.indexId, this.words);
    if (!this.recipients.has(code)) lines.push({ label: msg('aidMap.onMap'), value: msg(this.filter === 'autocracy' ? 'aidMap.mutedAut' : 'aidMap.mutedDem') });
    return lines;
  }

  protected override describeCode(code: string): string {
    const r = this.recipients.get(code);
    if (r && this.source) return recipientLabel(this.source, this.period, r, this.indexId, this.words);
    return linesLabel(this.words.name(code), this.linesFor(code));
  }

  /** Resolves to the data shown (the table view's rows, raw amounts), for download as CSV, or why it is withheld; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    const { source, ranking, democracy } = this;
    if (!source || !ranking || !democracy) return null;
    const { assistanceDataTable } = await this.tables.get();
    return this.inOwnLanguage(() => assistanceDataTable({ title: this.heading || this.defaultHeading(), source, period: this.period, ranking, democracy, index: this.indexId, filter: this.filter, words: this.words }));
  }

  protected defaultHeading(): string {
    const heading = msg(`aidMap.h.${this.filter}`, { measure: MEASURE_LABELS[this.measureId] });
    return this.source ? headingWhen(heading, whenLabel(this.source, this.period)) : heading;
  }

  protected override render(): TemplateResult {
    const { source, democracy, ranking, world } = this;
    return this.renderFrame({
      stage: this.renderStage(
        msg('aidMap.loading'),
        !!(ranking && this.layout && source),
        ({ renderRankingTable }) => renderRankingTable(source!, this.period, ranking!.rows, this.indexId, this.words, this.selectedCode, undefined, ranking!.notReported),
        () => this.renderMap(this.layout!),
      ),
      legend: mapLegend(source, this.thresholds, this.resolvedLang, this.filter),
      units: source?.unitNote ?? '',
      summary: source && ranking ? rankingSummary(source, this.period, ranking, this.words) : '',
      sources: source && democracy && world ? [source.meta, democracy.v15.meta, ...(this.indexId === 'libdem' && democracy.v14 ? [democracy.v14.meta] : []), world.meta] : [],
      controls: this.tableView ? undefined : zoomButtons(!(ranking && this.layout && source), (factor) => this.mapZoom.by(factor, this.layout?.anchor(this.nav.active)), this.mapZoom.reset),
    });
  }

  private renderMap(layout: MapLayout): TemplateResult {
    // Drawn: the pointer and key code comes now, not on the reader's first gesture.
    this.interaction.prefetch();
    const code = this.nav.tipCode;
    const view = {
      highlighted: this.highlighted,
      selectedCode: this.selectedCode,
      activeCode: this.nav.active,
      countriesRef: this.countriesRef,
      hatchesRef: this.hatchesRef,
    };
    return this.renderListbox({
      cls: 'map',
      part: 'map',
      width: layout.width,
      height: layout.height,
      help: msg('aidMap.help'),
      idPrefix: 'c-',
      marks: mapMarks(layout, view),
      tip: code ? tooltipBody(this.words.name(code), this.linesFor(code)) : nothing,
      viewBox: this.mapZoom.viewBox(layout),
      zoomed: this.mapZoom.zoomed,
    }, this.zoomHandlers);
  }

  // — keyboard: by direction and by name, not in a list —

  protected anchorOf(code: string): Point | undefined {
    const at = this.layout?.anchor(code);
    if (!at || !this.layout) return undefined;
    const scale = this.tooltip.scale(this.layout.width);
    const shown = this.mapZoom.onScreen(at);
    return { x: shown.x * scale, y: shown.y * scale };
  }

  protected focusCodes(): string[] {
    return this.layout?.shapes.map((s) => s.code) ?? [];
  }

  /** Keys move by direction and by name (interaction.lazy.ts); nothing until that code has come. */
  private nextCode(key: string, codes: string[], active: string): string | undefined {
    return this.interaction.module?.nextCountry(key, this.layout!, active, () => codes.map((code) => ({ id: code, name: this.words.name(code) })), this.resolvedLang);
  }

  protected override focusChart(): FocusChart {
    return {
      ...super.focusChart(),
      start: (codes) =>
        [this.selectedCode, ...this.highlighted, this.ranking?.rows.find((r) => codes.includes(r.code))?.code].find((c) => c && codes.includes(c)) ??
        this.interaction.module?.centreCountry(this.layout!) ??
        '',
      next: (key, codes, active) => {
        const next = this.nextCode(key, codes, active);
        const at = next && this.layout?.anchor(next);
        if (at) this.mapZoom.show(at);
        return next;
      },
    };
  }
}
