import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { parseChoice, parseSwitch, textOf, type Parsed } from './parse.js';
import { elementLang } from './lang.js';
import { ThemeController, THEMES, type ThemeSetting } from './theme.js';
import { WidthController } from './size.js';
import { parseSyncUrl, ViewStateController } from './view-state.js';

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
  protected resolvedLang = 'en';
  private themeSetting: ThemeSetting = 'auto';

  /** Turns attributes into settings; call `report()` for each problem. */
  protected abstract resolveSettings(changed: PropertyValues<this>): void;

  protected report<T>(parsed: Parsed<T>): T {
    if (parsed.problem) this.problems.push(parsed.problem);
    return parsed.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.problems = [];
    if (typeof this.heading !== 'string') {
      // Read as text by every chart's template: a value of another kind is reported and dropped.
      const text = textOf(this.heading);
      if (text === undefined && this.heading !== null && this.heading !== undefined) this.problems.push('The heading must be text; showing the default heading.');
      this.heading = text ?? '';
    }
    this.themeSetting = this.report(parseChoice(this.theme, THEMES, 'auto', 'theme'));
    this.resolvedLang = this.report(elementLang(this, this.locale));
    this.report(parseSwitch(this.downloads, 'downloads')); // read again by the toolbar (core/toolbar.ts)
    this.report(parseSyncUrl(this.syncUrl));
    this.resolveSettings(changed);
    // Reading the page's theme forces a style recalculation: only when the
    // setting changes (page and OS changes reach the controller by themselves).
    if (changed.has('theme') || !this.hasUpdated) this.themeController.refresh();
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
