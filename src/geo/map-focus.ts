import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearestTo } from '../core/spatial-nav.js';
import type { TooltipController } from '../core/tooltip-controller.js';
import type { MapLayout } from './map-layout.js';
import { isMapKey, mapKeyAction } from './map-keyboard.js';

export interface MapFocusOptions {
  layout: () => MapLayout | undefined;
  tooltip: TooltipController;
  /** Country names in the reader's language, and that language. */
  name: (code: string) => string;
  lang: () => string;
  /** Where keyboard focus starts: the selected or first highlighted country; else the one nearest the centre. */
  start: () => string | undefined;
  /** Select or deselect a country (click, Enter, Space). */
  toggle: (code: string) => void;
  /** Escape: clear the selection. */
  clear: () => void;
  /** Where a layout point is on screen now (a zoomed map); default: where it is laid out. */
  onScreen?: (point: { x: number; y: number }) => { x: number; y: number };
  /** Brings a country reached by keyboard into view (a zoomed map). */
  show?: (point: { x: number; y: number }) => void;
  /** The active country changed by keyboard or focus: say it in the live region. */
  announce: () => void;
}

/**
 * Pointer and keyboard state of a world map: the country under the pointer,
 * the active (keyboard) country, and the handlers that move them. Both world
 * maps use it, so a mouse, a finger and a keyboard behave alike on each.
 * Bind `handlers` on the map's SVG; the tooltip shows `tooltipCode`.
 */
export class MapFocusController implements ReactiveController {
  active = '';
  pointer = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: MapFocusOptions,
  ) {
    host.addController(this);
  }

  get tooltipCode(): string {
    return this.pointer || this.active;
  }

  /** Anchor of the tooltip in stage pixels: the pointer over a country, else the active country's centre. */
  anchor(pointer: { x: number; y: number } | undefined): { x: number; y: number } | undefined {
    const layout = this.options.layout();
    const code = this.tooltipCode;
    const at = code ? layout?.anchor(code) : undefined;
    if (!at || !layout) return undefined;
    if (this.pointer && pointer) return pointer;
    const scale = this.options.tooltip.scale(layout.width);
    const shown = this.options.onScreen?.(at) ?? at;
    return { x: shown.x * scale, y: shown.y * scale };
  }

  hostDisconnected(): void {
    this.active = '';
    this.pointer = '';
  }

  readonly handlers = {
    pointermove: (event: PointerEvent): void => {
      const code = codeOf(event);
      this.options.tooltip.track(event);
      if (code !== this.pointer) this.set({ pointer: code });
      else this.options.tooltip.place();
    },
    pointerleave: (): void => {
      this.options.tooltip.leave();
      this.set({ pointer: '' });
    },
    click: (event: MouseEvent): void => {
      const code = codeOf(event);
      if (!code) return;
      this.set({ active: code });
      this.options.toggle(code);
    },
    focus: (): void => {
      const layout = this.options.layout();
      if (!layout) return;
      if (!this.active) {
        const start = this.options.start();
        this.active = (start && layout.anchor(start) ? start : undefined) ?? nearestTo(this.points(), layout.width / 2, layout.height / 2) ?? '';
      }
      this.options.announce();
      this.host.requestUpdate();
    },
    blur: (): void => this.set({ pointer: '', active: '' }),
    keydown: (event: KeyboardEvent): void => {
      const layout = this.options.layout();
      if (!layout || !isMapKey(event.key)) return;
      event.preventDefault();
      const { name, lang } = this.options;
      const named = layout.shapes.map((s) => ({ id: s.code, name: name(s.code) })).sort((a, b) => a.name.localeCompare(b.name, lang()));
      const action = mapKeyAction(event.key, this.points(), this.active, named, lang());
      if (!action) return;
      if ('toggle' in action) {
        if (this.active) this.options.toggle(this.active);
      } else if ('clear' in action) {
        this.set({ pointer: '' });
        this.options.clear();
      } else if (action.move !== this.active) {
        this.set({ active: action.move, pointer: '' });
        const at = layout.anchor(action.move);
        if (at) this.options.show?.(at);
        this.options.announce();
      }
    },
  };

  private points(): { id: string; x: number; y: number }[] {
    return (this.options.layout()?.anchors() ?? []).map((a) => ({ id: a.code, x: a.x, y: a.y }));
  }

  private set(next: { active?: string; pointer?: string }): void {
    if (next.active !== undefined) this.active = next.active;
    if (next.pointer !== undefined) this.pointer = next.pointer;
    this.host.requestUpdate();
  }
}

function codeOf(event: Event): string {
  return (event.target as Element | null)?.getAttribute?.('data-code') ?? '';
}
