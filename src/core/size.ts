import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The chart's width (the host's content width), kept current with a
 * ResizeObserver.
 *
 * It observes the chart's root box in the shadow root (`.chart`), not the
 * host: a page rule beats `:host { display: block }`, and a host made
 * `display: inline` (e.g. by a CSS reset's `all: unset; display: revert`) or
 * `display: contents` reports a 0 × 0 box, while `.chart` always lays out as a
 * block, as wide as the host's content box when the host is a block and as the
 * containing block otherwise. Until `.chart` is rendered, the host is observed.
 */
export class WidthController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private observed?: Element;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries.filter((e) => e.target === this.observed).pop();
      if (entry) this.measured(entry);
    });
    this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
  }

  /** Observes the chart's root box once it exists (it can be replaced by a render), else the host. */
  private observe(): void {
    if (!this.observer) return;
    const box = [...(this.host.shadowRoot?.children ?? [])].find((child) => child.classList.contains('chart')) ?? this.host;
    if (box === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = box;
    // The root box's border box fills the host's content box (it has no margin); the host's own content box otherwise.
    this.observer.observe(box, { box: box === this.host ? 'content-box' : 'border-box' });
  }

  private measured(entry: ResizeObserverEntry): void {
    // `.chart` is always horizontal-tb, so its inline size is its width; the host's writing mode is the page's.
    const inline = entry.target === this.host ? undefined : entry.borderBoxSize?.[0]?.inlineSize;
    const width = Math.floor(inline ?? entry.contentRect.width);
    if (width > 0 && width !== this.width) {
      this.width = width;
      this.host.requestUpdate();
    }
  }
}
