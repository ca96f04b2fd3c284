import { panBy, zoomAt, type ZoomState } from './zoom.js';

interface Pointer {
  x: number;
  y: number;
}

/** The map's SVG and its layout size, as the element has them now. */
export interface GestureTarget {
  svg: () => SVGSVGElement | null;
  size: () => { width: number; height: number } | undefined;
}

/**
 * Drag to pan, two-finger pinch and the wheel to zoom. Each handler returns
 * the new zoom, or undefined when the event is no gesture (a hover); after a
 * drag, `consumeDrag` tells the click that follows to do nothing.
 */
export class Gestures {
  private readonly pointers = new Map<number, Pointer>();
  private dragged = false;

  constructor(private readonly target: GestureTarget) {}

  down(event: PointerEvent): void {
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this.dragged = false;
  }

  up(event: PointerEvent): void {
    this.pointers.delete(event.pointerId);
  }

  /** A client point in the map's layout units. */
  toLayout(client: { clientX: number; clientY: number }): [number, number] {
    const box = this.target.svg()!.getBoundingClientRect();
    const scale = this.target.size()!.width / box.width;
    return [(client.clientX - box.left) * scale, (client.clientY - box.top) * scale];
  }

  move(event: PointerEvent, zoom: ZoomState): ZoomState | undefined {
    const before = this.pointers.get(event.pointerId);
    const size = this.target.size();
    const svg = this.target.svg();
    if (!before || !size || !svg) return undefined;
    const { width, height } = size;
    const scale = width / svg.getBoundingClientRect().width;
    let next: ZoomState | undefined;
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()];
      const other = a === before ? b! : a!;
      const distance = (p: Pointer): number => Math.hypot(p.x - other.x, p.y - other.y) || 1;
      const factor = distance({ x: event.clientX, y: event.clientY }) / distance(before);
      const [px, py] = this.toLayout({ clientX: (event.clientX + other.x) / 2, clientY: (event.clientY + other.y) / 2 });
      next = zoomAt(zoom, factor, px, py, width, height);
      this.dragged = true;
    } else if (Math.abs(event.clientX - before.x) + Math.abs(event.clientY - before.y) > 2 || this.dragged) {
      next = panBy(zoom, (event.clientX - before.x) * scale, (event.clientY - before.y) * scale, width, height);
      this.dragged = true;
    }
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    return this.dragged ? (next ?? zoom) : undefined;
  }

  /** The wheel zooms only once the reader is in the map (`focused`, or Ctrl/⌘ held), so page scrolling is not hijacked. */
  wheel(event: WheelEvent, zoom: ZoomState, focused: boolean): ZoomState | undefined {
    const size = this.target.size();
    if (!size || (!focused && !event.ctrlKey && !event.metaKey)) return undefined;
    event.preventDefault();
    const [px, py] = this.toLayout(event);
    return zoomAt(zoom, Math.exp(-event.deltaY * 0.002), px, py, size.width, size.height);
  }

  /** True once after a drag or pinch, so the click that ends it selects nothing. */
  consumeDrag(): boolean {
    const dragged = this.dragged;
    this.dragged = false;
    return dragged;
  }
}
