import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Theme = 'light' | 'dark';
export const THEMES = ['auto', 'light', 'dark'] as const;
export type ThemeSetting = (typeof THEMES)[number];

const DARK_CLASSES = ['dark', 'dark-mode', 'theme-dark'];

/**
 * The host page's theme as a reader sees it. Sites signal dark mode in
 * different ways, so check the common ones from the element outwards: a
 * data-theme / data-bs-theme / data-color-scheme attribute or a dark class on
 * an ancestor, then the computed `color-scheme`, then the OS preference.
 */
export function pageTheme(element: Element): Theme {
  for (let node: Element | null = element; node; node = node.parentElement) {
    for (const attr of ['data-theme', 'data-bs-theme', 'data-color-scheme', 'data-mode']) {
      const value = node.getAttribute(attr)?.toLowerCase();
      if (value === 'dark' || value === 'light') return value;
    }
    if (DARK_CLASSES.some((name) => node!.classList.contains(name))) return 'dark';
    if (node.classList.contains('light') || node.classList.contains('light-mode')) return 'light';
  }
  const scheme = getComputedStyle(element).colorScheme ?? '';
  const words = scheme.split(/\s+/);
  if (words.includes('dark') && !words.includes('light')) return 'dark';
  if (words.includes('light') && !words.includes('dark')) return 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Follows the page's theme while `theme="auto"`: class/attribute changes and OS switches. */
export class ThemeController implements ReactiveController {
  theme: Theme = 'light';
  private observer?: MutationObserver;
  private media?: MediaQueryList;
  /** The setting the theme was last worked out for. */
  private readFor?: ThemeSetting;
  private readonly onChange = (): void => this.refresh();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly setting: () => ThemeSetting,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(this.onChange);
    const watched = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-bs-theme', 'data-color-scheme', 'data-mode'] };
    this.observer.observe(document.documentElement, watched);
    if (document.body) this.observer.observe(document.body, watched);
    this.media = matchMedia('(prefers-color-scheme: dark)');
    this.media.addEventListener('change', this.onChange);
    // Read here, not in the first update: the charts of a tag connect together
    // when its code arrives, before any of them writes to the page, so only the
    // first read forces a style recalculation; in their updates, each would.
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.media?.removeEventListener('change', this.onChange);
  }

  /**
   * Works the theme out again when the chart's setting has changed. The page's
   * own changes come through the observers (refresh), so an update with the
   * same setting reads nothing: reading the page's color-scheme forces a style
   * recalculation, once per chart on a page of many.
   */
  sync(): void {
    if (this.setting() !== this.readFor) this.refresh();
  }

  refresh(): void {
    const setting = (this.readFor = this.setting());
    const theme = setting === 'auto' ? pageTheme(this.host) : setting;
    if (theme !== this.theme) {
      this.theme = theme;
      this.host.requestUpdate();
    }
  }
}
