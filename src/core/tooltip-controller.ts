import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import { placeTooltip } from './tooltip-position.js';

export interface Point {
  x: number;
  y: number;
}

/**
 * Viewport pixels per CSS pixel of `element`: the CSS `zoom` in effect on it
 * (its own and its ancestors', e.g. `html { zoom: 2 }`). A pointer's
 * clientX/Y and getBoundingClientRect() are in viewport pixels; offsetWidth,
 * clientWidth and a transform on the tooltip are in the element's own CSS
 * pixels. Chromium and Firefox give the factor as `currentCSSZoom`; elsewhere
 * it is the ratio of the viewport box to the layout box.
 */
export function cssZoom(element: HTMLElement): number {
  const zoom = (element as HTMLElement & { currentCSSZoom?: unknown }).currentCSSZoom;
  if (typeof zoom === 'number' && zoom > 0) return zoom;
  const width = element.offsetWidth;
  const box = element.getBoundingClientRect().width;
  return width > 0 && box > 0 ? box / width : 1;
}

/** A viewport point (a pointer's clientX/Y, a corner of getBoundingClientRect()) in `stage` pixels. */
export function stagePoint(stage: HTMLElement, clientX: number, clientY: number): Point {
  const box = stage.getBoundingClientRect();
  const zoom = cssZoom(stage);
  return { x: (clientX - box.left) / zoom, y: (clientY - box.top) / zoom };
}

/**
 * Places a chart's tooltip after every render, by one rule for all charts
 * (`placeTooltip`: beside its anchor; where there is no room beside it, as on
 * a phone, docked below or above the stage so it covers the chart's legend or
 * notes rather than the plot; never outside the chart), via CSSOM so it is
 * CSP-safe. Tracks the pointer over the stage so a hover tooltip sits beside
 * the pointer; focus and taps use the anchor the chart gives.
 *
 * Bind `tipRef` to the tooltip and `stageRef` to the positioned stage that
 * holds it; the stage's parent is the chart box.
 */
export class TooltipController implements ReactiveController {
  readonly tipRef = createRef<HTMLElement>();
  readonly stageRef = createRef<HTMLElement>();
  /** Pointer position in stage pixels while a pointer is over the stage. */
  pointer?: Point;

  constructor(
    host: ReactiveControllerHost,
    /** Where the tooltip points, in stage pixels; undefined: leave it. Given the pointer when there is one. */
    private readonly anchor: (pointer: Point | undefined) => Point | undefined,
    /** `withinStage`: keep the tooltip inside the stage (not over the heading or controls). */
    private readonly options: { withinStage?: boolean } = {},
  ) {
    host.addController(this);
  }

  /** Stage pixels per layout unit, for charts laid out in a viewBox of `layoutWidth`. */
  scale(layoutWidth: number): number {
    const width = this.stageRef.value?.clientWidth ?? 0;
    return width && layoutWidth ? width / layoutWidth : 1;
  }

  /** Records the pointer (call from pointermove); returns it in stage pixels. */
  track(event: PointerEvent): Point | undefined {
    const stage = this.stageRef.value;
    if (!stage) return undefined;
    this.pointer = stagePoint(stage, event.clientX, event.clientY);
    return this.pointer;
  }

  leave(): void {
    this.pointer = undefined;
  }

  hostUpdated(): void {
    this.place();
  }

  /** Re-places the tooltip now (e.g. the pointer moved within one mark, so nothing re-rendered). */
  place(): void {
    const tip = this.tipRef.value;
    const stage = this.stageRef.value;
    if (!tip || !stage || tip.hidden) return;
    const at = this.anchor(this.pointer);
    if (!at) return;
    const chart = stage.parentElement ?? stage;
    const size = { width: tip.offsetWidth, height: tip.offsetHeight };
    const { left, top } = this.options.withinStage
      ? placeTooltip(at, size, { left: 0, right: stage.clientWidth, top: 0, bottom: Math.max(stage.clientHeight, tip.offsetHeight) })
      : placeTooltip(
          at,
          size,
          { left: 0, right: stage.clientWidth, top: -stage.offsetTop, bottom: chart.clientHeight - stage.offsetTop },
          undefined,
          { left: 0, right: stage.clientWidth, top: 0, bottom: stage.clientHeight },
        );
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }
}
