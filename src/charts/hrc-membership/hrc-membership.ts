import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { RightsElement } from '../../core/base-element.js';
import { baseStyles } from '../../core/styles.js';
import { chartStyles } from '../../core/chart-styles.js';
import { markListStyles, xyStyles } from '../../core/xy-styles.js';
export type { HrcCycleSelectDetail } from '../../core/events.js';
import { emit } from '../../core/events.js';
import { renderFooter, renderNotices } from '../../core/chrome.js';
import { renderToolbar, type ToolbarMenu } from '../../core/toolbar.js';
import { describeValue, parseChoice, textOf, type Parsed } from '../../core/parse.js';
import { DataController } from '../../core/data-controller.js';
import { TooltipController } from '../../core/tooltip-controller.js';
import { MarkListController } from '../../core/mark-list.js';
import { countryNames } from '../../core/country-names.js';
import { stagePlaceholder, stageWidth } from '../../core/xy-frame.js';
import type { DataTableResult } from '../../core/export/data-table.js';
import { messages } from '../../core/i18n.js';
import { loadedValue } from '../../data/load.js';
import { hrcMembershipLoaders, type UnhrcMembership } from '../../data/hrc-membership.js';
import { democracyLoaders, type VdemV15 } from '../../data/democracy.js';
import { countryLoaders, type CountryRegistry } from '../../data/countries.js';
import { autocracies, defaultCycle, democracies, findCycle, membership, validateMembership, type Cycle, type Membership } from './cycles.js';
import { layoutColumns, type ColumnLayout } from './column-layout.js';
import { cycleLabel, cycleLine, defaultHeading, eventWords, integer, membershipNotes, membershipSummary, seatSentence, usSentence } from './describe.js';
import { renderColumnChart } from './chart.js';
import { renderCycleReadout } from './readout.js';
import { renderMembershipTable } from './table.js';
import { renderMembershipLegend } from './legend.js';
import { membershipDataTable } from './data-table.js';
import { hrcMembershipStyles } from './hrc-membership.styles.js';

const msg = messages({
  'hrc.loadFailure': 'The Human Rights Council data could not be loaded. Check the connection and try again.',
  'hrc.cycleMenu': 'Cycle',
  'hrc.badCycle': 'No membership cycle {value}; showing {fallback}. Cycles run from {first} to {last}.',
  'hrc.selected': 'Chosen for the table: {what}.',
  'hrc.optionLabel': '{line}. {us}',
});

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];

interface Loaded {
  hrc: UnhrcMembership;
  vdem: VdemV15;
  registry: CountryRegistry;
}

/** The three files the chart reads (the loaders are read at call time, so tests can swap them). */
const load = (): Promise<Loaded> =>
  Promise.all([hrcMembershipLoaders.membership(), democracyLoaders.v15(), countryLoaders.registry()]).then(([hrc, vdem, registry]) => ({ hrc, vdem, registry }));

function settled(): Loaded | undefined {
  const hrc = loadedValue(hrcMembershipLoaders.membership);
  const vdem = loadedValue(democracyLoaders.v15);
  const registry = loadedValue(countryLoaders.registry);
  return hrc && vdem && registry ? { hrc, vdem, registry } : undefined;
}

/**
 * The members of the UN Human Rights Council in each membership cycle from
 * 2006, counted by V-Dem's Regimes of the World (closed and electoral
 * autocracies, electoral and liberal democracies) in the year each cycle began,
 * members V-Dem does not rate counted as such; the United States' membership,
 * its withdrawal in 2018 and its return marked on the chart; a cycle's members
 * by UN regional group in the table view.
 *
 * @summary Stacked columns of the Human Rights Council's members per cycle by regime type (V-Dem), with the U.S. membership.
 * @tagname rights-hrc-membership
 *
 * @fires rights-select - The reader chose a cycle (click, tap, Enter). `detail: { cycle, start, end, members, autocracies, democracies, notRated }`.
 * @fires rights-ready - Data is drawn for the first time, or again after a failed load. `detail: { cycle }`.
 *
 * @cssprop [--rights-font=system-ui] - Font family.
 * @cssprop [--rights-font-size=14px] - Base font size.
 * @cssprop [--rights-text] - Text colour; also the U.S. marks and the seats line.
 * @cssprop [--rights-muted] - Axis labels and footer.
 * @cssprop [--rights-bg] - Background colour.
 * @cssprop [--rights-surface] - Button background; the chosen cycle's band; members without a rating.
 * @cssprop [--rights-border] - Grid lines, control borders, table rules.
 * @cssprop [--rights-accent] - Links and the U.S. events.
 * @cssprop [--rights-focus] - Focus ring colour.
 * @cssprop [--rights-tooltip-bg] - Tooltip background.
 * @cssprop [--rights-padding=12px] - Inner padding of the chart.
 *
 * @csspart heading - The heading.
 * @csspart notice - Messages about attributes that could not be used.
 * @csspart chart - The chart's SVG.
 * @csspart tooltip - The cycle's counts and the U.S. standing, next to its column.
 * @csspart legend - The legend.
 * @csspart summary - The generated text summary.
 * @csspart table - The table view.
 * @csspart footer - Sources, licence and notes.
 * @csspart error - The message shown when data cannot be loaded.
 */
export class RightsHrcMembership extends RightsElement {
  static override styles = [baseStyles, chartStyles, xyStyles, markListStyles, hrcMembershipStyles];

  /** The membership cycle the table lists: "2009-10", "2013", or a year (2012: the 2011–12 cycle). Default: the latest cycle V-Dem rates. */
  @property({ reflect: true }) cycle: string | number = '';

  /** `chart` (default) or `table` (the cycle's members by regional group, and every cycle's counts). */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';


  private loaded?: Loaded;
  private model?: Membership;
  private modelOf?: Loaded;
  private viewId: View = 'chart';
  private chosen?: Cycle;
  private layout?: ColumnLayout;

  private readonly data = new DataController(this, {
    load,
    settled,
    validate: (d: Loaded) => validateMembership(d.hrc, d.vdem),
    failure: () => msg('hrc.loadFailure'),
    ready: () => (this.layout || (this.viewId === 'table' && this.chosen) ? { cycle: this.chosen?.id ?? '' } : undefined),
  });

  /** The tooltip sits above the column it describes (hovered, else focused). */
  private readonly tooltip: TooltipController = new TooltipController(this, () => {
    const shown = this.marks.shown;
    const column = shown === undefined ? undefined : this.layout?.columns[shown];
    if (!this.layout || !column) return undefined;
    const scale = this.tooltip.scale(this.layout.frame.width);
    return { x: column.cx * scale, y: column.top * scale };
  });

  /** Pointer, arrow keys and focus over the cycles' columns (keys: cycle indices). */
  private readonly marks = new MarkListController<number>(
    this,
    {
      keys: () => this.model?.cycles.map((c) => c.index) ?? [],
      frame: () => this.layout?.frame,
      keyAt: (x, y) => this.indexAt(x, y),
      start: () => this.chosen?.index,
      // Both run from event handlers, outside an update: in the chart's language explicitly.
      describe: (index) => this.inOwnLanguage(() => this.optionLabel(this.model!.cycles[index]!)),
      select: (index) => this.select(index),
    },
    this.tooltip,
  );

  protected resolveSettings(): void {
    this.viewId = this.report(parseChoice(this.view, VIEWS, 'chart', 'view'));
    const loaded = (this.loaded = this.data.value);
    if (!loaded) return;
    if (this.modelOf !== loaded) {
      this.model = membership(loaded.hrc, loaded.vdem);
      this.modelOf = loaded;
    }
    this.chosen = this.report(this.parseCycle(this.model!));
  }

  private parseCycle(m: Membership): Parsed<Cycle> {
    const fallback = defaultCycle(m.cycles)!;
    const raw = this.cycle;
    const text = textOf(raw)?.trim();
    if (raw === null || raw === undefined || text === '') return { value: fallback };
    const found = text === undefined || Array.isArray(raw) ? undefined : findCycle(m.cycles, text);
    if (found) return { value: found };
    const last = m.cycles[m.cycles.length - 1]!;
    return { value: fallback, problem: msg('hrc.badCycle', { value: describeValue(raw), fallback: cycleLabel(fallback), first: m.cycles[0]!.year, last: last.lastYear }) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const m = this.model;
    if (!this.loaded || !m) return;
    const words = eventWords();
    const years = m.cycles.map((c) => integer(c.year));
    this.layout = layoutColumns(
      { membership: m, withdrawalText: words.withdrawal, returnText: words.comeback, usLabel: words.usRow, years, numbers: (n) => integer(n) },
      stageWidth(this.tooltip.stageRef.value, this, this.widthController.width),
    );
  }

  private get names(): (code: string) => string {
    const registry = this.loaded?.registry;
    if (!registry) return (code) => code;
    const names = countryNames(registry, this.resolvedLang);
    return (code) => names.name(code);
  }

  /** Resolves to every cycle's members with their regional group and regime type, for download as CSV; null until the data have arrived. */
  async dataTable(): Promise<DataTableResult> {
    return this.inOwnLanguage(() => {
      const loaded = this.loaded;
      const m = this.model;
      if (!loaded || !m) return null;
      return membershipDataTable(this.heading || defaultHeading(), [loaded.hrc.meta, loaded.vdem.meta], m, loaded.hrc.groups, this.names, membershipNotes(m, this.names));
    });
  }

  protected override render(): TemplateResult {
    const loaded = this.loaded;
    const m = this.model;
    const dark = this.themeController.theme === 'dark';
    return html`<div class="chart ${this.themeController.theme}" dir=${this.textDirection} lang=${this.textLang}>
      <h2 part="heading">${this.heading || defaultHeading()}</h2>
      ${renderNotices(this.problems)}
      ${renderToolbar(this.menus(), { on: this.viewId === 'table', toggle: () => (this.view = this.viewId === 'table' ? 'chart' : 'table') })}
      <div class="stage ${this.viewId === 'table' && loaded ? 'table-view' : ''}" ${ref(this.tooltip.stageRef)}>${this.renderStage()}</div>
      ${renderMembershipLegend(dark)}
      <p class="summary" part="summary">${m ? membershipSummary(m, this.chosen) : ''}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.marks.announcement}</div>
      ${loaded && m ? renderFooter([loaded.hrc.meta, loaded.vdem.meta], membershipNotes(m, this.names)) : html`<footer part="footer"></footer>`}
    </div>`;
  }

  private menus(): ToolbarMenu[] {
    const cycles = this.model?.cycles ?? [];
    return [
      {
        label: msg('hrc.cycleMenu'),
        options: cycles.map((c) => ({ id: c.id, label: cycleLabel(c) })),
        value: this.chosen?.id ?? '',
        choose: (id: string) => {
          this.cycle = id;
        },
      },
    ];
  }

  private renderStage(): TemplateResult {
    const loaded = this.loaded;
    const m = this.model;
    if (this.data.error || !loaded || !m || !this.layout || !this.chosen) return stagePlaceholder(this.data);
    if (this.viewId === 'table') return renderMembershipTable({ membership: m, chosen: this.chosen, groups: loaded.hrc.groups, name: this.names });
    const shownIndex = this.marks.shown;
    const shown = shownIndex === undefined ? undefined : m.cycles[shownIndex];
    return html`${renderColumnChart(
        {
          layout: this.layout,
          active: this.marks.active ?? -1,
          chosen: this.chosen.index,
          dark: this.themeController.theme === 'dark',
          label: this.heading || defaultHeading(),
          optionLabel: (i) => this.optionLabel(m.cycles[i]!),
          years: m.cycles.map((c) => integer(c.year)),
        },
        this.marks.on,
      )}
      <div class="tooltip" part="tooltip" ?hidden=${!shown} aria-hidden="true" ${ref(this.tooltip.tipRef)}>${shown ? renderCycleReadout(shown, m) : ''}</div>`;
  }

  /** A column's accessible name: its counts, a seat that changed hands, the U.S. standing. */
  private optionLabel(cycle: Cycle): string {
    const seats = seatSentence(cycle, this.model!.seats);
    return msg('hrc.optionLabel', { line: cycleLine(cycle), us: seats ? `${seats} ${usSentence(cycle, this.model!)}` : usSentence(cycle, this.model!) });
  }

  /** The column at a point of the plot (its whole band, the U.S. row included). */
  private indexAt(x: number, y: number): number | undefined {
    const layout = this.layout;
    if (!layout || y < layout.frame.top - 8 || y > layout.usY + 10) return undefined;
    return layout.columns.find((c) => x >= c.x0 && x < c.x1)?.cycle.index;
  }

  /** Chooses the cycle and tells the page (runs from event handlers: words in the chart's own language). */
  private select(index: number): string {
    const cycle = this.model!.cycles[index]!;
    this.cycle = cycle.id;
    emit(this, 'rights-select', {
      cycle: cycle.id,
      start: cycle.start,
      end: cycle.end,
      members: cycle.members.map((x) => x.code),
      autocracies: cycle.rated ? autocracies(cycle) : null,
      democracies: cycle.rated ? democracies(cycle) : null,
      notRated: cycle.notRated,
    });
    return this.inOwnLanguage(() => msg('hrc.selected', { what: cycleLine(cycle) }));
  }
}
