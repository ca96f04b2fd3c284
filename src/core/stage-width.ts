import type { ReactiveControllerHost } from 'lit';

/** A stage's clientWidth and clientHeight. */
type Box = [number, number];

const stageBoxes = new WeakMap<Element, Box>();
let stageObserver: ResizeObserver | undefined;

/**
 * A chart's stage size (its clientWidth and clientHeight) as a
 * ResizeObserver last reported it, never read during an update: on a page of
 * many charts, each read there would force a layout of the page. [0, 0]
 * until the first report, which comes after the next layout, before that
 * frame is painted, and updates the chart (so a chart laid out at an
 * estimate is laid out again at the stage's size).
 */
function stageBox(stage: HTMLElement | undefined): Box {
  if (!stage) return [0, 0];
  const known = stageBoxes.get(stage);
  if (known) return known;
  stageObserver ??= new ResizeObserver((entries) => {
    for (const { target } of entries) {
      // Inside the observer's delivery the layout is current: these reads force nothing.
      const box: Box = [target.clientWidth, target.clientHeight];
      const before = stageBoxes.get(target);
      if (before?.[0] === box[0] && before[1] === box[1]) continue;
      stageBoxes.set(target, box);
      ((target.getRootNode() as ShadowRoot).host as Partial<ReactiveControllerHost> | undefined)?.requestUpdate?.();
    }
  });
  stageObserver.observe(stage);
  return [0, 0];
}

/** The stage's clientWidth as last observed (stageBox); 0 before the first report. */
export const stageClientWidth = (stage: HTMLElement | undefined): number => stageBox(stage)[0];

/** The stage's clientHeight as last observed (stageBox); 0 before the first report. */
export const stageClientHeight = (stage: HTMLElement | undefined): number => stageBox(stage)[1];
