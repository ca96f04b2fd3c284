import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { parseChoice, parseSwitch, textOf, type Parsed } from './parse.js';
import { elementLang } from './lang.js';
import { catalogueFailed as hasFailed, hasCatalogue, inLanguage, isReserveSheet, isRightToLeftUi, loadCatalogue, messages, preloadCatalogue, reserveSheet, uiLanguageOf, type UiLanguage } from './i18n.js';
import { ThemeController, THEMES, type ThemeSetting } from './theme.js';
import { WidthController } from './size.js';
import { parseSyncUrl, ViewStateController } from './view-state.js';
import { LazyModule } from './lazy-module.js';

const msg = messages({ 'core.headingNotText': 'The heading must be text; showing the default heading.' });

// Said only when the chart's words are English for want of the language's catalogue, so English only.
const languageMissing = (language: string): string => `This chart is not available in ${language}; it is shown in English.`;
const catalogueFailed = (language: string): string => `The text in ${language} could not be loaded; the chart is shown in English.`;

const REFLECTED = {
  fromAttribute: (value: string | null): string | null => value,
  toAttribute: (value: unknown): string | null => textOf(value) ?? null,
};

/**
 * What every rights-atlas chart shares: theme, language, heading, size, and
 * visible messages for bad input. Charts turn attributes into settings in
 * `resolveSettings()`, reporting problems with `report()`; each problem is
 * shown inside the chart and logged once with `console.warn`.
 *
 * Every chart reports what it shows (its view state: its reflected attributes
 * but theme, controls, sync-url and set-up ones such as `for`, `follow`,
 * `speed`) with `rights-state-change`, and with `sync-url` keeps it in the
 * page's URL hash (`ViewStateController`, core/view-state.ts).
 *
 * @fires rights-state-change - What the chart shows changed (year, selection, menus, table view; by the reader or by the page), once per update, not on the first render. `detail: { attributes }`: the view-state attributes as the element reflects them (defaults included; not theme, controls, sync-url or set-up ones), name → text, only non-empty ones; set them on a new element to reproduce the view.
 */
export abstract class RightsElement extends LitElement {
  /**
   * Reflected properties write their natural text (a number, a boolean, a
   * list joined by spaces) to the attribute; a value with no natural text (an
   * object, a Symbol) removes the attribute instead of throwing, and the
   * chart reports it as bad input.
   */
  protected static override finalize(): void {
    super.finalize();
    for (const [name, options] of this.elementProperties) {
      if (options.reflect && !options.converter) this.elementProperties.set(name, { ...options, converter: REFLECTED });
    }
  }

  /** `auto` follows the host page (its dark class, data-theme or color-scheme), else `light` or `dark`. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Language for names and numbers (BCP 47); defaults to the nearest `lang` on the page. */
  @property({ attribute: 'lang' }) locale = '';

  /** Heading shown above the chart; a descriptive default is generated when empty. */
  @property() heading = '';

  /** The toolbar's Download menu (the data as CSV, the chart as SVG and PNG); `false` leaves it out. On by default. */
  @property({ reflect: true }) downloads: boolean | string | null = null;

  /**
   * Keep the view in the page's address, so a reader's link reproduces it.
   * `sync-url` (or `true`, `"true"`; off by default) writes what the reader
   * changed (year, selection, menus, table view: the view-state attributes
   * that differ from the page's own) to the URL hash on each change, as
   * `#democracy-map.year=2019&democracy-map.highlight=HUN+IND`: keys are the
   * element's `id`, else its tag without `rights-` (`-2`, `-3`… for further
   * charts of that tag; give each chart an `id` for links that last), then
   * the attribute. It uses `history.replaceState` (no history entry, no
   * scroll) and keeps the hash's other entries. Before the first render and
   * on `hashchange` it applies this chart's entries (view-state attributes
   * only; bad values get the usual notice). A hash that is a plain anchor
   * (`#methods`) is left alone and not written to.
   */
  @property({ attribute: 'sync-url', reflect: true }) syncUrl: boolean | string | null = null;

  /** Problems with the current attributes, shown to the reader. */
  protected problems: string[] = [];
  private logged = new Set<string>();

  protected readonly themeController = new ThemeController(this, () => this.themeSetting);
  protected readonly widthController = new WidthController(this);
  /** The view state, its `rights-state-change` and `sync-url` (core/view-state.ts). */
  protected readonly viewState = new ViewStateController(this);
  /** The chart's language (BCP 47): names, numbers and, where shipped, its words. */
  protected resolvedLang = 'en';
  /** The language the chart's words are in: the requested one where shipped, else English. */
  protected uiLang: UiLanguage = 'en';
  private langProblem?: string;
  /** The language scheduleUpdate read, for performUpdate (one reading of the page's `lang` per update). */
  private nextLang?: { own: unknown; lang: Parsed<string> };
  private themeSetting: ThemeSetting = 'auto';
  /** The language whose height reservations the shadow root holds (English: the element's own styles). */
  private reservedFor: UiLanguage = 'en';

  /** Views whose code loads on first use (core/lazy-module.ts). */
  private readonly lazyModules: LazyModule<unknown>[] = [];

  /** A view's code, loaded the first time the chart shows it: `this.lazyView(() => import('./table.js'))`. */
  protected lazyView<M>(load: () => Promise<M>): LazyModule<M> {
    const lazy = new LazyModule(this, load);
    this.lazyModules.push(lazy as LazyModule<unknown>);
    return lazy;
  }

  /** Settles once the view shown is drawn: after the code of a view being loaded has arrived (or failed) and been rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.pendingViews(); pending.length; pending = this.pendingViews()) {
      await Promise.all(pending);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private pendingViews(): Promise<void>[] {
    return this.lazyModules.flatMap((lazy) => lazy.pending ?? []);
  }

  /** Turns attributes into settings; call `report()` for each problem. */
  protected abstract resolveSettings(changed: PropertyValues<this>): void;

  protected report<T>(parsed: Parsed<T>): T {
    if (parsed.problem) this.problems.push(parsed.problem);
    return parsed.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched while the chart's data loads (the embed starts it with the chart's code, elements.ts).
    void preloadCatalogue(this.requestedLang());
  }

  private requestedLang(): string {
    return elementLang(this, typeof this.locale === 'string' ? this.locale : '').value;
  }

  /**
   * An update waits for the catalogue of the chart's language (the first
   * render, or a `lang` set later), so a reader never sees English words
   * replaced, and text cached during an update holds the reader's words. The
   * embed defines an element only once its catalogue is here too
   * (elements.ts), so the first render of an embedded chart does not wait.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const lang = elementLang(this, this.locale);
    this.nextLang = { own: this.locale, lang };
    const ui = uiLanguageOf(lang.value);
    if (ui && !hasCatalogue(ui) && !hasFailed(ui)) await loadCatalogue(ui);
    await super.scheduleUpdate();
  }

  /** Each update, with its templates and controllers, speaks the chart's language (core/i18n.ts). */
  protected override performUpdate(): void {
    // Read once per update: scheduleUpdate's reading, unless `lang` was set while it waited.
    const read = this.nextLang;
    this.nextLang = undefined;
    const parsed = read && read.own === this.locale ? read.lang : elementLang(this, this.locale);
    this.resolvedLang = parsed.value;
    this.langProblem = parsed.problem;
    const wanted = uiLanguageOf(this.resolvedLang);
    this.uiLang = wanted && hasCatalogue(wanted) ? wanted : 'en';
    if (wanted && !hasCatalogue(wanted) && !hasFailed(wanted)) {
      // Reached only when an update bypassed scheduleUpdate: English until the catalogue arrives.
      void loadCatalogue(wanted).then(() => this.requestUpdate());
    }
    this.reserveFor(this.uiLang);
    inLanguage(this.resolvedLang, () => super.performUpdate());
  }

  /**
   * Heights reserved for the text that arrives with the data, in the chart's
   * language: its catalogue's table (core/i18n.ts reserveSheet) after the
   * element's own English one, which it overrides. In place before the first
   * render, so the loading state already has the room the words will take.
   */
  private reserveFor(ui: UiLanguage): void {
    const root = this.shadowRoot;
    if (ui === this.reservedFor || !root) return;
    this.reservedFor = ui;
    const sheet = reserveSheet(ui, this.localName);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((other) => !isReserveSheet(other)), ...(sheet ? [sheet] : [])];
  }

  /** `ltr` or `rtl`: the direction of the chart's words, whatever the page's. */
  protected get textDirection(): 'ltr' | 'rtl' {
    return isRightToLeftUi(this.uiLang) ? 'rtl' : 'ltr';
  }

  /** The language of the chart's words, for its root's `lang` (screen readers pick their voice by it). */
  protected get textLang(): string {
    return this.uiLang === uiLanguageOf(this.resolvedLang) ? this.resolvedLang : 'en';
  }

  /** Runs code outside an update (an event handler) in the chart's language. */
  protected inOwnLanguage<T>(work: () => T): T {
    return inLanguage(this.resolvedLang, work);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.problems = [];
    if (typeof this.heading !== 'string') {
      // Read as text by every chart's template: a value of another kind is reported and dropped.
      const text = textOf(this.heading);
      if (text === undefined && this.heading !== null && this.heading !== undefined) this.problems.push(msg('core.headingNotText'));
      this.heading = text ?? '';
    }
    this.themeSetting = this.report(parseChoice(this.theme, THEMES, 'auto', 'theme'));
    if (this.langProblem) this.problems.push(this.langProblem);
    const wanted = uiLanguageOf(this.resolvedLang);
    if (!wanted || wanted !== this.uiLang) {
      const language = languageName(this.resolvedLang);
      if (!wanted) this.problems.push(languageMissing(language));
      else if (hasFailed(wanted)) this.problems.push(catalogueFailed(language));
    }
    this.report(parseSwitch(this.downloads, 'downloads')); // read again by the toolbar (core/toolbar.ts)
    this.report(parseSyncUrl(this.syncUrl));
    this.resolveSettings(changed);
    // Reading the page's theme forces a style recalculation: only when the
    // setting changes (page and OS changes reach the controller by themselves).
    this.themeController.sync();
    for (const problem of this.problems) {
      if (!this.logged.has(problem)) {
        this.logged.add(problem);
        console.warn(`<${this.localName}>: ${problem}`);
      }
    }
  }

  /** Logs a failure with its detail once; the chart shows `message` itself. */
  protected logFailure(message: string, error: unknown): void {
    console.warn(`<${this.localName}>: ${message}`, error);
  }
}

const languageNames = new Map<string, string>();

/** A language's English name ("German"), or its tag when Intl has none; read once per tag (every update of such a chart asks). */
function languageName(tag: string): string {
  let name = languageNames.get(tag);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
    } catch {
      name = tag;
    }
    languageNames.set(tag, name);
  }
  return name;
}
