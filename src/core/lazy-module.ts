import { html, type CSSResult, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { renderError } from './chrome.js';
import { messages } from './i18n.js';

const msg = messages({
  'lazy.loading': 'Loading…',
  'lazy.failed': 'This view could not be loaded. Check the connection and try again.',
});

/**
 * Code for a view a reader may never open (a chart's table, a second view),
 * kept out of the chart's first download: `load` is an `import()` of the
 * view's module, which the embed build writes as a file of its own and asks
 * for again under a fresh URL after a failed download (scripts/build-embed.mjs).
 *
 * A module may export `styles`, its views' own rules: the chart adopts them
 * when the module arrives, before it draws the view, so that they too stay out
 * of the first download.
 *
 * The view shows "Loading…" in the stage while its code arrives (a click on
 * Table answers at once), the load error with its retry if it fails, and the
 * view when it is here. The chart's `updateComplete` waits for a load under
 * way (RightsElement), so it settles when the view shown is drawn.
 */
export class LazyModule<M> {
  private loaded?: M;
  private failed = false;
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load: () => Promise<M>,
  ) {}

  /** The module once it is here; undefined starts its load, and the host updates when it has arrived or failed. */
  get module(): M | undefined {
    if (!this.loaded && !this.failed) void this.fetch();
    return this.loaded;
  }

  /** A load under way, for the host's `updateComplete`. */
  get pending(): Promise<void> | undefined {
    return this.loading;
  }

  /** The module, loading it if it is not here (the Download menu's CSV); rejects when it cannot be loaded. */
  async get(): Promise<M> {
    if (!this.loaded) {
      this.failed = false;
      await this.fetch();
    }
    if (!this.loaded) throw new Error(`<${this.host.localName}>: a view's code could not be loaded`);
    return this.loaded;
  }

  /** Starts the load before the code is asked for (a map, while it is first drawn). */
  prefetch(): void {
    if (!this.loaded && !this.failed) void this.fetch();
  }

  /** The view drawn by its module, else the placeholder or the error with its retry. */
  render(draw: (module: M) => TemplateResult): TemplateResult {
    const module = this.module;
    if (module) return draw(module);
    if (this.failed) return renderError(msg('lazy.failed'), () => this.retry());
    return html`<div class="loading" role="status">${msg('lazy.loading')}</div>`;
  }

  private retry(): void {
    this.failed = false;
    void this.fetch();
    this.host.requestUpdate();
  }

  private adoptStyles(module: M): void {
    const sheet = (module as { styles?: CSSResult }).styles?.styleSheet;
    const root = this.host.shadowRoot;
    if (sheet && root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  private fetch(): Promise<void> {
    this.loading ??= this.load()
      .then(
        (module) => {
          this.adoptStyles(module);
          this.loaded = module;
        },
        (error: unknown) => {
          this.failed = true;
          console.warn(`<${this.host.localName}>: a view's code could not be loaded`, error);
        },
      )
      .finally(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
    return this.loading;
  }
}
