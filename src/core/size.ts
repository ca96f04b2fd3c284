import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The narrowest width a chart lays itself out at (a phone's column is wider: 360 px less padding). */
export const MIN_LAYOUT_WIDTH = 240;

/**
 * The width to lay a chart out at for a measured width: narrower than
 * MIN_LAYOUT_WIDTH, a chart is laid out at that width and scaled down (its SVG
 * has a viewBox), because margins and labels no longer fit and bars or
 * quadrants would get negative sizes.
 */
export function layoutWidth(measured: number): number {
  return Math.max(MIN_LAYOUT_WIDTH, measured);
}

/**
 * The chart's width (the host's content width), kept current with a
 * ResizeObserver on an empty, zero-height block the controller puts first in
 * the shadow root.
 *
 * Not the host: a page rule beats `:host { display: block }`, and a host made
 * `display: inline` (e.g. by a CSS reset's `all: unset; display: revert`) or
 * `display: contents` reports a 0 × 0 box, while a block inside the shadow root
 * is always as wide as the host's content box (or, for such hosts, the
 * containing block). Not the chart's own box either: its height changes when
 * the chart redraws for a new width, which inside the observer's delivery
 * raises "ResizeObserver loop completed with undelivered notifications" as an
 * uncaught error on the page. The empty block changes size only with the width.
 */
export class WidthController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private readonly probe: HTMLElement;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.probe = document.createElement('div');
    this.probe.setAttribute('aria-hidden', 'true');
    // CSSOM, not a style attribute: allowed under a strict style-src.
    Object.assign(this.probe.style, { display: 'block', height: '0', margin: '0', padding: '0', border: '0', overflow: 'hidden' });
  }

  hostConnected(): void {
    const root = this.host.shadowRoot ?? this.host;
    if (this.probe.parentNode !== root) root.prepend(this.probe);
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.measured(entry);
    });
    this.observer.observe(this.probe);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private measured(entry: ResizeObserverEntry): void {
    // The probe is horizontal-tb like the chart, so its inline size is its width.
    const measured = Math.floor(entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
    const width = measured > 0 ? layoutWidth(measured) : 0;
    if (width > 0 && width !== this.width) {
      this.width = width;
      this.host.requestUpdate();
    }
  }
}
