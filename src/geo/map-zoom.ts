import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Gestures, GestureTarget } from './gestures.js';
import { IDENTITY, clampZoom, reveal, zoomAt, type ZoomState } from './zoom.js';
import { messages } from '../core/i18n.js';

const msg = messages({
  'zoom.group': 'Zoom',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',
  'zoom.reset': 'Reset',
});

/** Zoom in, out and reset: the buttons every zoomable map puts in its toolbar. */
export function zoomButtons(disabled: boolean, zoom: (factor: number) => void, reset: () => void): TemplateResult {
  return html`<div class="zoom" part="zoom" role="group" aria-label=${msg('zoom.group')}>
    <button type="button" @click=${() => zoom(2)} ?disabled=${disabled} aria-label=${msg('zoom.in')}>+</button>
    <button type="button" @click=${() => zoom(0.5)} ?disabled=${disabled} aria-label=${msg('zoom.out')}>−</button>
    <button type="button" @click=${reset} ?disabled=${disabled}>${msg('zoom.reset')}</button>
  </div>`;
}

export const zoomStyles = css`
  .zoom {
    display: flex;
    gap: 4px;
  }
  /* A pinch zooms the map, a one-finger drag scrolls the page; zoomed in, a drag pans the map. */
  svg.zoomable {
    touch-action: pan-x pan-y;
  }
  svg.zoomable.zoomed {
    touch-action: none;
    cursor: grab;
  }
  svg.zoomable.zoomed path {
    vector-effect: non-scaling-stroke;
  }
`;

interface Size {
  width: number;
  height: number;
}

/**
 * Zoom and pan of a map drawn in a viewBox of its layout size: drag, pinch,
 * the wheel once the map has focus (or with Ctrl/⌘), the zoom buttons, and
 * `show()` to bring a keyboard-focused place into view. The map shows
 * `viewBox()`; strokes keep their width (zoomStyles). A phone reader can so
 * reach a small state that is a few pixels wide at 360 px.
 */
export class MapZoomController implements ReactiveController {
  zoom: ZoomState = IDENTITY;
  private made?: Gestures;

  /**
   * `gestures` gives the drag, pinch and wheel code: at once, or (a map that
   * loads it after its first drawing) undefined until it has arrived, when
   * the map answers only its buttons.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly size: () => Size | undefined,
    private readonly svg: () => SVGSVGElement | null,
    private readonly gestures: () => (new (target: GestureTarget) => Gestures) | undefined,
  ) {
    host.addController(this);
  }

  private get pointer(): Gestures | undefined {
    const Made = this.made ? undefined : this.gestures();
    if (Made) this.made = new Made({ svg: this.svg, size: this.size });
    return this.made;
  }

  get zoomed(): boolean {
    return this.zoom.k > 1;
  }

  /** The part of the layout in view, as an SVG viewBox. */
  viewBox(size: Size): string {
    const { k, x, y } = this.zoom;
    const round = (n: number): number => Math.round(n * 100) / 100;
    return `${round(-x / k)} ${round(-y / k)} ${round(size.width / k)} ${round(size.height / k)}`;
  }

  /** A layout point where it is on screen, in layout units of the whole map. */
  onScreen(point: { x: number; y: number }): { x: number; y: number } {
    return { x: point.x * this.zoom.k + this.zoom.x, y: point.y * this.zoom.k + this.zoom.y };
  }

  by(factor: number, around?: { x: number; y: number }): void {
    const size = this.size();
    if (!size) return;
    const at = around ? this.onScreen(around) : { x: size.width / 2, y: size.height / 2 };
    this.set(zoomAt(this.zoom, factor, at.x, at.y, size.width, size.height));
  }

  readonly reset = (): void => this.set(IDENTITY);

  /** Pans so a layout point is in view (a country reached by keyboard). */
  show(point: { x: number; y: number }): void {
    const size = this.size();
    if (size && this.zoomed) this.set(reveal(this.zoom, point.x, point.y, size.width, size.height));
  }

  /** Keeps the view inside the map after a resize. */
  hostUpdate(): void {
    const size = this.size();
    if (size && this.zoomed) this.zoom = clampZoom(this.zoom, size.width, size.height);
  }

  pointerdown(event: PointerEvent): void {
    this.pointer?.down(event);
  }

  pointerup(event: PointerEvent): void {
    this.pointer?.up(event);
  }

  /** True when the move was a drag or pinch (the map moved), so it is no hover. */
  pointermove(event: PointerEvent): boolean {
    const next = this.pointer?.move(event, this.zoom);
    if (!next) return false;
    this.set(next);
    return true;
  }

  wheel(event: WheelEvent, focused: boolean): void {
    const next = this.pointer?.wheel(event, this.zoom, focused);
    if (next) this.set(next);
  }

  /** True once after a drag or pinch, so the click that ends it selects nothing. */
  consumeDrag(): boolean {
    return this.pointer?.consumeDrag() ?? false;
  }

  private set(next: ZoomState): void {
    if (next.k === this.zoom.k && next.x === this.zoom.x && next.y === this.zoom.y) return;
    this.zoom = next;
    this.host.requestUpdate();
  }
}

/** The listeners withZoom adds in front of a map's own. */
export interface ZoomHandlers {
  pointerdown: (event: PointerEvent) => void;
  pointerup: (event: PointerEvent) => void;
  pointercancel: (event: PointerEvent) => void;
  wheel: (event: WheelEvent) => void;
}

interface MapHandlers {
  pointermove: (event: PointerEvent) => void;
  click: (event: MouseEvent) => void;
}

/**
 * A map's handlers with zoom and pan in front: a drag or pinch moves the map
 * and is no hover or click; everything else goes to `handlers`.
 */
export function withZoom<T extends MapHandlers>(handlers: T, zoom: MapZoomController): T & ZoomHandlers {
  return {
    ...handlers,
    pointerdown: (event: PointerEvent): void => zoom.pointerdown(event),
    pointerup: (event: PointerEvent): void => zoom.pointerup(event),
    pointercancel: (event: PointerEvent): void => zoom.pointerup(event),
    pointermove: (event: PointerEvent): void => {
      if (!zoom.pointermove(event)) handlers.pointermove(event);
    },
    click: (event: MouseEvent): void => {
      if (!zoom.consumeDrag()) handlers.click(event);
    },
    wheel: (event: WheelEvent): void => zoom.wheel(event, (event.currentTarget as Element).matches(':focus')),
  };
}
