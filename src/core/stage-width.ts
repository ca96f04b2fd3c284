import type { ReactiveControllerHost } from 'lit';

const stageWidths = new WeakMap<Element, number>();
let stageObserver: ResizeObserver | undefined;

/**
 * A chart's stage width (its clientWidth) as a ResizeObserver last reported
 * it, never read during an update: on a page of many charts, each read there
 * would force a layout of the page. 0 until the first report, which comes
 * after the next layout, before that frame is painted, and updates the chart
 * (so a chart laid out at an estimate is laid out again at the stage's width).
 */
export function stageClientWidth(stage: HTMLElement | undefined): number {
  if (!stage) return 0;
  const known = stageWidths.get(stage);
  if (known !== undefined) return known;
  stageObserver ??= new ResizeObserver((entries) => {
    for (const { target } of entries) {
      // Inside the observer's delivery the layout is current: this read forces nothing.
      const width = target.clientWidth;
      if (width === stageWidths.get(target)) continue;
      stageWidths.set(target, width);
      ((target.getRootNode() as ShadowRoot).host as Partial<ReactiveControllerHost> | undefined)?.requestUpdate?.();
    }
  });
  stageObserver.observe(stage);
  return 0;
}
