import { parseYear, type Parsed } from './parse.js';
import { html, type TemplateResult } from 'lit';
import { renderError } from './chrome.js';
import type { DataController } from './data-controller.js';
import type { TooltipController } from './tooltip-controller.js';
import type { YearCursorController } from './year-cursor.js';
import { layoutWidth } from './size.js';
import { stageClientWidth } from './stage-width.js';
import { messages } from './i18n.js';

const msg = messages({
  'frame.spanReversed': '"from" ({from}) must be before "to" ({to}); showing {defaultFrom}–{last}.',
  'frame.loadingChart': 'Loading chart…',
});

/** Breakpoint (layout width) below which the chart gets taller; mirrored in the styles' container query. */
export const NARROW = 536;

export function chartHeight(width: number): number {
  return Math.round(width < NARROW ? width * 0.8 : width * 0.5);
}

/**
 * Where the readout of a time-series chart points: the cursor's x, with the
 * readout's top on the plot's top edge (the place it has always had), in
 * stage pixels. `scale` is stage pixels per layout unit.
 */
export function readoutAnchor(x: number, plotTop: number, scale: number, tip: HTMLElement | undefined): { x: number; y: number } {
  return { x: x * scale, y: Math.max(0, plotTop * scale) + (tip?.offsetHeight ?? 0) / 2 };
}

/**
 * The span of years a time-series chart shows, from its `from` and `to`
 * settings inside [first, last]: defaults `defaultFrom`–`last`, problems for
 * bad values, and back to the defaults when `from` is not before `to`.
 */
export function parseYearSpan(from: unknown, to: unknown, first: number, last: number, defaultFrom = first): Parsed<{ from: number; to: number }> {
  const start = parseYear(from, first, last, defaultFrom);
  const end = parseYear(to, first, last, last);
  const problems = [start.problem, end.problem].filter(Boolean);
  if (start.value >= end.value) {
    problems.push(msg('frame.spanReversed', { from: start.value, to: end.value, defaultFrom, last }));
    return { value: { from: defaultFrom, to: last }, problem: problems.join(' ') };
  }
  return { value: { from: start.value, to: end.value }, ...(problems.length ? { problem: problems.join(' ') } : {}) };
}

/**
 * The layout width of a chart's stage: the stage's own width once drawn, else
 * the host's content width less the chart's padding (measured now if the
 * ResizeObserver has not reported yet, so data that is already loaded is laid
 * out at its real width on the first render).
 */
export function stageWidth(stage: HTMLElement | undefined, host: HTMLElement, observed: number): number {
  return layoutWidth(stageClientWidth(stage) || Math.max(296, (observed || host.clientWidth) - 24) || 640);
}

/** The listeners of a time-series plot (its SVG). */
export interface PlotHandlers {
  pointermove: (event: PointerEvent) => void;
  pointerdown: (event: PointerEvent) => void;
  pointerleave: () => void;
  keydown: (event: KeyboardEvent) => void;
  focus: () => void;
  blur: () => void;
}

/**
 * A plot's listeners, wired to its year cursor and readout: the pointer moves
 * the hover year and the readout, focus shows the readout. `keydown` and
 * `focus` add what the chart does itself (e.g. the first cursor year).
 */
export function plotHandlers(
  cursor: YearCursorController,
  tooltip: TooltipController,
  own: { keydown: (event: KeyboardEvent) => void; focus: () => void },
): PlotHandlers {
  return {
    pointermove: (event) => {
      tooltip.track(event);
      cursor.onPointerMove(event);
    },
    pointerdown: cursor.onPointerDown,
    pointerleave: () => {
      tooltip.leave();
      cursor.onPointerLeave();
    },
    keydown: own.keydown,
    focus: () => {
      cursor.setFocused(true);
      own.focus();
    },
    blur: () => cursor.setFocused(false),
  };
}

/** What the stage shows instead of the chart while there is nothing to draw: the load error with its retry, else the loading placeholder. */
export function stagePlaceholder(data: Pick<DataController<unknown, string>, 'error' | 'retry'>): TemplateResult {
  return data.error ? renderError(data.error, () => data.retry()) : html`<div class="loading" role="status">${msg('frame.loadingChart')}</div>`;
}
