import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ListboxHandlers } from './handlers.js';
import type { TooltipController } from './tooltip-controller.js';

/** What the mark list asks of its chart; each is read when needed, so the chart's current state answers. */
export interface MarkListChart<K> {
  /** The marks' keys in reading order (left to right along the time axis). */
  keys(): readonly K[];
  /** The SVG's layout size: pointer positions are converted into it. */
  frame(): { width: number; height: number } | undefined;
  /** The mark at a point of the layout (a column, a dated count), or undefined for none. */
  keyAt(x: number, y: number): K | undefined;
  /** Where keyboard focus starts (default: the first mark), e.g. the chosen one. */
  start?(): K | undefined;
  /** What a reader hears for a mark (in the chart's own language). */
  describe(key: K): string;
  /** The reader chose a mark (click, tap, Enter, Space): tells the page; returns what the live region says. */
  select(key: K): string;
}

/**
 * Pointer, keyboard and focus over a chart's marks along a time axis (the
 * columns of a year, the dated counts): which mark is under the pointer and
 * which has keyboard focus, what the live region says, and the plot's
 * listbox listeners. Arrow keys step through the marks, Home and End go to
 * the ends, Enter and Space select; a change of state asks the host to render.
 */
export class MarkListController<K extends string | number> implements ReactiveController {
  /** The mark with keyboard focus (or last clicked). */
  active: K | undefined;
  /** The mark under the pointer. */
  pointer: K | undefined;
  /** What the polite live region says. */
  announcement = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chart: MarkListChart<K>,
    private readonly tooltip: TooltipController,
  ) {
    host.addController(this);
  }

  /** Before each render: focus leaves a mark that is no longer drawn (new years or filter). */
  hostUpdate(): void {
    if (this.active !== undefined && !this.chart.keys().includes(this.active)) this.active = undefined;
    if (this.pointer !== undefined && !this.chart.keys().includes(this.pointer)) this.pointer = undefined;
  }

  /** The mark whose tooltip shows: under the pointer, else focused. */
  get shown(): K | undefined {
    return this.pointer ?? this.active;
  }

  /** The listbox's listeners (arrow functions: Lit calls them with the element as `this`). */
  readonly on: ListboxHandlers = {
    pointermove: (event) => {
      this.tooltip.track(event);
      const key = this.keyAt(event);
      if (key === this.pointer) return;
      this.pointer = key;
      this.host.requestUpdate();
    },
    pointerleave: () => {
      this.tooltip.leave();
      this.pointer = undefined;
      this.host.requestUpdate();
    },
    click: (event) => {
      const key = this.keyAt(event);
      if (key === undefined) return;
      this.active = key;
      this.say(this.chart.select(key));
    },
    focus: () => {
      this.active ??= this.chart.start?.() ?? this.chart.keys()[0];
      if (this.active !== undefined) this.say(this.chart.describe(this.active));
    },
    blur: () => {
      this.active = undefined;
      this.host.requestUpdate();
    },
    keydown: (event) => {
      const keys = this.chart.keys();
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (this.active !== undefined) this.say(this.chart.select(this.active));
        return;
      }
      const next = nextKey(event.key, keys, this.active);
      if (next === undefined) return;
      event.preventDefault();
      if (next === this.active) return;
      this.active = next;
      this.pointer = undefined;
      this.say(this.chart.describe(next));
    },
  };

  /** The mark under a pointer event on the plot's SVG. */
  private keyAt(event: PointerEvent | MouseEvent): K | undefined {
    const frame = this.chart.frame();
    const box = (event.currentTarget as Element | null)?.getBoundingClientRect();
    if (!frame || !box?.width || !box.height) return undefined;
    const x = ((event.clientX - box.left) / box.width) * frame.width;
    const y = ((event.clientY - box.top) / box.height) * frame.height;
    return this.chart.keyAt(x, y);
  }

  private say(words: string): void {
    this.announcement = words;
    this.host.requestUpdate();
  }
}

/** The key a navigation key moves to from `active` (the first for none yet), or undefined for other keys. */
export function nextKey<K>(key: string, keys: readonly K[], active: K | undefined): K | undefined {
  if (!keys.length) return undefined;
  const i = active === undefined ? -1 : keys.indexOf(active);
  if (key === 'ArrowRight' || key === 'ArrowDown') return keys[Math.min(keys.length - 1, i + 1)];
  if (key === 'ArrowLeft' || key === 'ArrowUp') return keys[Math.max(0, i - 1)];
  if (key === 'Home') return keys[0];
  if (key === 'End') return keys[keys.length - 1];
  return undefined;
}
