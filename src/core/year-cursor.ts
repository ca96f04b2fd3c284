import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearestIndex } from './axes.js';
import { clamp } from './timeline.js';

/** What the cursor needs to know of the chart, read at each event. */
export interface CursorFrame {
  /** Years drawn, in order, and their x positions in layout units. */
  years: readonly number[];
  xs: readonly number[];
  /** Layout width (the SVG's viewBox width) and the plot's right edge. */
  width: number;
  right: number;
}

/** Keys that move a year cursor, in years; Home/End go to the ends. */
const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageDown: -10, PageUp: 10 };

/** The year a key moves the cursor to, or undefined for a key that does not move it. */
export function yearForKey(key: string, current: number, from: number, to: number, vertical = false): number | undefined {
  const steps = vertical ? { ...STEPS, ArrowDown: -1, ArrowUp: 1 } : STEPS;
  if (key in steps) return clamp(current + steps[key]!, from, to);
  if (key === 'Home') return from;
  if (key === 'End') return to;
  return undefined;
}

/**
 * The year cursor of the time-series charts: the year under the pointer
 * (hover), whether the plot has keyboard focus, and moving the chart's
 * cursor year by pointer and keys. The chart owns the cursor year itself (its
 * `year` attribute) and is told of each move through `move`.
 */
export class YearCursorController implements ReactiveController {
  /** Year under the pointer; 0 when none. */
  hoverYear = 0;
  focused = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      frame: () => CursorFrame | undefined;
      /** The chart's cursor year (0: none yet) and its range. */
      cursor: () => { year: number; from: number; to: number };
      /** The reader moved the cursor to `year` (the chart sets `year` and fires `rights-year-change`). */
      move: (year: number) => void;
      /** Up and Down move the year too (charts where they do not switch series). */
      vertical?: boolean;
    },
  ) {
    host.addController(this);
  }

  /** The year the readout shows: the pointer's, else the cursor's. */
  get shownYear(): number {
    return this.hoverYear || this.options.cursor().year;
  }

  /** True when the readout is up: a pointer over the plot, or keyboard focus on it. */
  get active(): boolean {
    return this.hoverYear > 0 || this.focused;
  }

  yearAt(event: PointerEvent): number {
    const frame = this.options.frame();
    const box = (event.currentTarget as Element).getBoundingClientRect();
    if (!frame || !box.width) return 0;
    const x = ((event.clientX - box.left) / box.width) * frame.width;
    if (x > frame.right + 4) return 0;
    return frame.years[nearestIndex(frame.xs as number[], x)] ?? 0;
  }

  readonly onPointerMove = (event: PointerEvent): void => {
    this.setHover(this.yearAt(event));
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    const year = this.yearAt(event);
    if (year) this.moveTo(year);
  };

  readonly onPointerLeave = (): void => {
    this.setHover(0);
  };

  /** Handles a cursor key; false for any other key. */
  handleKey(event: KeyboardEvent): boolean {
    const { year, from, to } = this.options.cursor();
    const next = yearForKey(event.key, year || to, from, to, this.options.vertical);
    if (next === undefined) return false;
    event.preventDefault();
    this.setHover(0);
    this.moveTo(next);
    return true;
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.host.requestUpdate();
  }

  moveTo(year: number): void {
    if (year === this.options.cursor().year) return;
    this.options.move(year);
  }

  hostDisconnected(): void {
    this.hoverYear = 0;
    this.focused = false;
  }

  private setHover(year: number): void {
    if (year === this.hoverYear) return;
    this.hoverYear = year;
    this.host.requestUpdate();
  }
}
