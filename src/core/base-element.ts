import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { parseChoice, textOf, type Parsed } from './parse.js';
import { elementLang } from './lang.js';
import { ThemeController, THEMES, type ThemeSetting } from './theme.js';
import { WidthController } from './size.js';

const REFLECTED = {
  fromAttribute: (value: string | null): string | null => value,
  toAttribute: (value: unknown): string | null => textOf(value) ?? null,
};

/**
 * What every rights-atlas chart shares: theme, language, heading, size, and
 * visible messages for bad input. Charts turn attributes into settings in
 * `resolveSettings()`, reporting problems with `report()`; each problem is
 * shown inside the chart and logged once with `console.warn`.
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

  /** Problems with the current attributes, shown to the reader. */
  protected problems: string[] = [];
  private logged = new Set<string>();

  protected readonly themeController = new ThemeController(this, () => this.themeSetting);
  protected readonly widthController = new WidthController(this);
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
