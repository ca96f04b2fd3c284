import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { worldMapStyles } from '../../geo/map-styles.js';
export type { SurveillanceSelectDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderFooter, renderNotices } from '../../core/chrome.js';
import { menu, renderToolbar } from '../../core/toolbar.js';
import { messages } from '../../core/i18n.js';
import { parseChoice, parseCodes } from '../../core/parse.js';
import { countryNames, type CountryNames } from '../../core/country-names.js';
import { DataController } from '../../core/data-controller.js';
import { TooltipController } from '../../core/tooltip-controller.js';
import { stagePlaceholder } from '../../core/xy-frame.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { loadedValue } from '../../data/load.js';
import { surveillanceExportsLoaders, type Aigs2022 } from '../../data/surveillance-exports.js';
import { democracyLoaders, type VdemV15 } from '../../data/democracy.js';
import { countryLoaders, type CountryRegistry } from '../../data/countries.js';
import { projectedWorldLoaders, type ProjectedWorld } from '../../geo/projected-world.js';
import { layoutMap, type MapLayout } from '../../geo/map-layout.js';
import { MapFocusController } from '../../geo/map-focus.js';
import { layoutWidth } from '../../core/size.js';
import { stageClientWidth } from '../../core/stage-width.js';
import { countRows, matching, SUPPLIERS, surveillanceModel, TECHNOLOGY_IDS, validateAigs, type Supplier, type SurveillanceModel, type SurveillanceRow, type TechnologyId } from './model.js';
import { absentLine, caveatLines, countryLabel, defaultHeading, rowLines, supplierLabel, surveillanceNotes, surveillanceSummary, technologyLabel, type Line } from './describe.js';
import { renderSurveillanceLegend, renderSurveillanceMap, type CountryLook } from './map-view.js';
import { surveillanceStyles } from './surveillance-exports.styles.js';

const msg = messages({
  'surv.loadFailure': 'The surveillance index could not be loaded. Check the connection and try again.',
  'surv.keys': '{heading}. Use arrow keys to move between countries, letters to jump by name, Enter to select.',
  'surv.supplierMenu': 'Supplier',
  'surv.technologyMenu': 'Technology',
  'surv.legend': 'Legend: whose companies supply AI surveillance',
  'surv.selected': 'Selected: {what}',
});

const VIEWS = ['map', 'table'] as const;
type View = (typeof VIEWS)[number];

/** Layout width before the first measurement; the viewBox scales it to the box. */
const DEFAULT_WIDTH = 960;

interface Loaded {
  aigs: Aigs2022;
  vdem: VdemV15;
  world: ProjectedWorld;
  registry: CountryRegistry;
}

const loaders = (): (() => Promise<unknown>)[] => [surveillanceExportsLoaders.aigs2022, democracyLoaders.v15, projectedWorldLoaders.equalEarth110m, countryLoaders.registry];
const asLoaded = ([aigs, vdem, world, registry]: unknown[]): Loaded => ({ aigs, vdem, world, registry }) as Loaded;

function validateLoaded({ aigs, vdem, world, registry }: Loaded): void {
  validateAigs(aigs);
  if (!vdem?.countries || !Number.isInteger(vdem.last)) throw new TypeError('V-Dem file has the wrong shape');
  if (!Array.isArray(world?.countries)) throw new TypeError('wrong-shaped world geometry');
  if (!registry?.countries) throw new TypeError('country registry has the wrong shape');
}

const models = new WeakMap<Aigs2022, Map<VdemV15, SurveillanceModel>>();
/** The rows with their regimes, once per pair of files (shared by every such chart on the page). */
function modelOf(aigs: Aigs2022, vdem: VdemV15): SurveillanceModel {
  let byVdem = models.get(aigs);
  if (!byVdem) models.set(aigs, (byVdem = new Map()));
  let model = byVdem.get(vdem);
  if (!model) byVdem.set(vdem, (model = surveillanceModel(aigs, vdem)));
  return model;
}

/**
 * Which governments use AI and big-data surveillance (safe city, facial
 * recognition, smart policing, social-media surveillance) and whose companies
 * supply it — Chinese, U.S. or others — from the 2022 update of Carnegie's AI
 * Global Surveillance Index (AIGS 2022), with each government's V-Dem regime
 * type and how many of the buyers are autocracies.
 *
 * @summary World map of AI surveillance users and their suppliers (AIGS 2022), with regime type.
 * @tagname rights-surveillance-exports
 *
 * @fires rights-select - The reader selected or deselected a country (click, tap, Enter). `detail: { code, name, selected, listed, technologies, china, us, companies }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { supplier, technology }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour.
 * @cssprop [--rights-muted] - Secondary text colour (footer, edition note).
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-country-stroke] - Border between countries.
 * @cssprop [--rights-surface] - Button and control background.
 * @cssprop [--rights-border] - Borders of controls, legend swatches, table rules.
 * @cssprop [--rights-accent] - Links and the selected-country outline.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-ocean] - Map background.
 * @cssprop [--rights-highlight] - Outline of highlighted countries.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart map - The map's SVG.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The colour key.
 * @csspart note - The line naming the edition (AIGS 2022, not the 2019 index).
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, versions, licences and citations.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsSurveillanceExports extends RightsElement {
  static override styles = [baseStyles, chartStyles, worldMapStyles, surveillanceStyles];

  /** `any` (default), `china` or `us`: whose companies' supply the map colours. */
  @property({ reflect: true }) supplier: Supplier = 'any';

  /** `any` (default), `safe-city`, `facial-recognition`, `smart-policing` or `social-media`. */
  @property({ reflect: true }) technology: TechnologyId = 'any';

  /** ISO alpha-3 codes to outline: a string separated by spaces or commas or, as a property, an array. */
  @property({ reflect: true }) highlight: string | string[] = '';

  /** The selected country (ISO alpha-3); set by clicking a country. */
  @property({ reflect: true }) selected = '';

  /** `map` (default) or `table`. */
  @property({ reflect: true }) view: 'map' | 'table' = 'map';

  @state() private announcement = '';

  private supplierId: Supplier = 'any';
  private technologyId: TechnologyId = 'any';
  private viewId: View = 'map';
  private highlighted: string[] = [];
  private selectedCode = '';
  private loaded?: Loaded;
  private model?: SurveillanceModel;
  private names?: CountryNames;
  private layout?: MapLayout;
  private byCode = new Map<string, SurveillanceRow>();
  private chosen: SurveillanceRow[] = [];
  private chosenCodes = new Set<string>();

  private readonly data = new DataController<Loaded>(this, {
    load: () => Promise.all(loaders().map((load) => load())).then(asLoaded),
    settled: () => {
      const parts = loaders().map((load) => loadedValue(load));
      return parts.every((part) => part !== undefined) ? asLoaded(parts) : undefined;
    },
    validate: validateLoaded,
    failure: () => msg('surv.loadFailure'),
    ready: () => (this.layout ? { supplier: this.supplierId, technology: this.technologyId } : undefined),
  });

  /** The table and the download: loaded the first time a reader asks for either. */
  private readonly tables = this.lazyView(() => import('./table.lazy.js'));

  private readonly tooltip: TooltipController = new TooltipController(this, (pointer) => this.mapFocus.anchor(pointer));

  private readonly mapFocus: MapFocusController = new MapFocusController(this, {
    layout: () => this.layout,
    tooltip: this.tooltip,
    name: (code) => this.name(code),
    lang: () => this.resolvedLang,
    start: () => this.selectedCode || this.highlighted[0] || this.chosen[0]?.code,
    toggle: (code) => this.toggleSelect(code),
    clear: () => this.selectedCode && this.toggleSelect(this.selectedCode),
    announce: () => (this.announcement = this.inOwnLanguage(() => this.describe(this.mapFocus.active))),
  });

  protected resolveSettings(): void {
    this.supplierId = this.report(parseChoice(this.supplier, SUPPLIERS, 'any', 'supplier'));
    this.technologyId = this.report(parseChoice(this.technology, TECHNOLOGY_IDS, 'any', 'technology'));
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'map', 'view'));
    const loaded = (this.loaded = this.data.value);
    if (!loaded) return;
    this.names = countryNames(loaded.registry, this.resolvedLang);
    const known = (code: string): boolean => this.names!.has(code);
    this.highlighted = this.report(parseCodes(this.highlight, known));
    this.selectedCode = this.report(parseCodes(this.selected, known))[0] ?? '';
    const model = (this.model = modelOf(loaded.aigs, loaded.vdem));
    this.byCode = new Map(model.rows.map((row) => [row.code, row]));
    this.chosen = matching(model.rows, this.supplierId, this.technologyId);
    this.chosenCodes = new Set(this.chosen.map((row) => row.code));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const world = this.loaded?.world;
    if (world) this.layout = layoutMap(world, layoutWidth(stageClientWidth(this.tooltip.stageRef.value) || this.widthController.width || DEFAULT_WIDTH));
  }

  private name(code: string): string {
    return this.names?.name(code) ?? code;
  }

  private linesOf(code: string): Line[] | string {
    const row = this.byCode.get(code);
    if (!row || !this.chosenCodes.has(code)) return absentLine(!!row);
    return rowLines(row, (c) => this.name(c), this.resolvedLang, this.model!.regimeYear);
  }

  private describe(code: string): string {
    return code ? countryLabel(this.name(code), this.linesOf(code)) : '';
  }

  private lookOf = (code: string): CountryLook => {
    const row = this.byCode.get(code);
    const look = !row ? 'unlisted' : this.chosenCodes.has(code) ? row.supply : 'muted';
    return { look, label: this.describe(code) };
  };

  private get heading_(): string {
    return this.heading || defaultHeading(this.supplierId, this.technologyId);
  }

  /** Resolves to the rows chosen (the table view's), for download as CSV, in the chart's language; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    const { loaded, model } = this;
    if (!loaded || !model) return null;
    const { surveillanceDataTable } = await this.tables.get();
    return this.inOwnLanguage(() =>
      surveillanceDataTable({
        title: this.heading_,
        rows: this.chosen,
        technologies: loaded.aigs.technologies,
        regimeYear: model.regimeYear,
        metas: [loaded.aigs.meta, loaded.vdem.meta],
        notes: [...caveatLines(loaded.aigs.meta.caveats), ...surveillanceNotes(model.regimeYear)],
        name: (code) => this.name(code),
      }),
    );
  }

  protected override render(): TemplateResult {
    const { loaded, model } = this;
    const ready = !!(loaded && model && this.layout);
    return html`<div class="chart ${this.themeController.theme}" dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${this.heading_}</h2>
      ${renderNotices(this.problems)}
      ${renderToolbar(
        [
          menu(msg('surv.supplierMenu'), SUPPLIERS, supplierLabel, this.supplierId, (id) => (this.supplier = id)),
          menu(msg('surv.technologyMenu'), TECHNOLOGY_IDS, technologyLabel, this.technologyId, (id) => (this.technology = id)),
        ],
        { on: this.viewId === 'table', toggle: this.toggleView, disabled: !ready },
      )}
      <div class="stage ${this.viewId === 'table' && ready ? 'table-view' : ''}" ${ref(this.tooltip.stageRef)}>${this.renderStage()}</div>
      ${this.viewId === 'map' ? renderSurveillanceLegend(this.supplierId !== 'any' || this.technologyId !== 'any', msg('surv.legend')) : nothing}
      <p class="summary" part="summary">${ready ? this.summary() : ''}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${loaded && model ? renderFooter([loaded.aigs.meta, loaded.vdem.meta, loaded.world.meta], [...caveatLines(loaded.aigs.meta.caveats), ...surveillanceNotes(model.regimeYear)]) : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private summary(): string {
    const { loaded, model } = this;
    const technologies = loaded!.aigs.technologies;
    const rows = model!.rows;
    return surveillanceSummary({
      all: countRows(rows, technologies),
      china: countRows(matching(rows, 'china', 'any'), technologies),
      us: countRows(matching(rows, 'us', 'any'), technologies),
      chosen: countRows(this.chosen, technologies),
      supplier: this.supplierId,
      technology: this.technologyId,
      regimeYear: model!.regimeYear,
    });
  }

  private renderStage(): TemplateResult {
    const { loaded, model, layout } = this;
    if (this.data.error || !loaded || !model || !layout) return stagePlaceholder(this.data);
    if (this.viewId === 'table') {
      return this.tables.render(({ renderSurveillanceTable }) =>
        renderSurveillanceTable({ heading: this.heading_, rows: this.chosen, name: (code) => this.name(code), lang: this.resolvedLang, regimeYear: model.regimeYear, selected: this.selectedCode }),
      );
    }
    const code = this.mapFocus.tooltipCode;
    const lines = code ? this.linesOf(code) : '';
    return html`${renderSurveillanceMap(layout, {
        label: msg('surv.keys', { heading: this.heading_ }),
        active: this.mapFocus.active,
        selected: this.selectedCode,
        highlighted: this.highlighted,
        lookOf: this.lookOf,
        on: this.mapFocus.handlers,
      })}
      <div class="tooltip" part="tooltip" ?hidden=${!code} aria-hidden="true" ${ref(this.tooltip.tipRef)}>
        ${code
          ? html`<strong>${this.name(code)}</strong>
              ${typeof lines === 'string' ? html`<p>${lines}</p>` : html`<dl>${lines.map((l) => html`<dt>${l.label}</dt><dd>${l.value}</dd>`)}</dl>`}`
          : nothing}
      </div>`;
  }

  // — interaction —

  private toggleSelect(code: string): void {
    const selected = this.selectedCode !== code;
    this.selected = selected ? code : '';
    const row = this.byCode.get(code);
    emit(this, 'rights-select', {
      code,
      name: this.name(code),
      selected,
      listed: !!row,
      technologies: row?.technologies ?? [],
      china: row?.china ?? false,
      us: row?.us ?? false,
      companies: row?.companies ?? [],
    });
    if (selected) this.announcement = this.inOwnLanguage(() => msg('surv.selected', { what: this.describe(code) }));
  }

  private readonly toggleView = (): void => {
    this.view = this.viewId === 'table' ? 'map' : 'table';
  };
}
