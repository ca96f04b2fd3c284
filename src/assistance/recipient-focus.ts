import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ListboxHandlers } from '../core/handlers.js';
import { TooltipController, type Point } from '../core/tooltip-controller.js';

/** What the focus controller asks of its chart; each is read when needed, so the chart's current state answers. */
export interface FocusChart {
  /** The recipients the arrow keys step through, in order. */
  codes(): string[];
  /** Where keyboard focus starts. */
  start(codes: string[]): string;
  /** The code a key moves to from `active`, or undefined for a key that does not move. */
  next(key: string, codes: string[], active: string): string | undefined;
  /** What a reader hears for a recipient. */
  describe(code: string): string;
  /** Where the tooltip of `code` points when it is not under the pointer, in stage pixels. */
  anchor(code: string): Point | undefined;
  /** Selects or deselects `code` (and tells the page); '' clears the selection. */
  toggle(code: string): void;
}

/**
 * Pointer, keyboard and focus over a chart's listbox of recipients (the
 * ranking's bars, the map's countries, the scatter's dots): which recipient is
 * under the pointer and which has keyboard focus, what the live region says,
 * and the listbox's listeners. The chart decides the order of the recipients
 * and how keys move between them; a change of state asks the host to render.
 */
export class RecipientFocus implements ReactiveController {
  /** The recipient with keyboard focus (or last clicked), or ''. */
  active = '';
  /** The recipient under the pointer, or ''. */
  pointer = '';
  /** What the polite live region says. */
  announcement = '';

  /** Hover: beside the pointer; keyboard focus: beside the mark (`anchor`); inside the stage, clear of the controls. */
  readonly tooltip: TooltipController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chart: FocusChart,
  ) {
    this.tooltip = new TooltipController(
      host,
      (at) => {
        const code = this.tipCode;
        const stage = this.tooltip.stageRef.value;
        // A pointer inside the stage (a synthetic event without coordinates is not).
        const onStage = at && stage && at.x >= 0 && at.y >= 0 && at.x <= stage.clientWidth && at.y <= stage.clientHeight;
        return code && code === this.pointer && onStage ? at : code ? chart.anchor(code) : undefined;
      },
      { withinStage: true },
    );
    host.addController(this);
  }

  /** Before each render: keyboard focus leaves a recipient that is no longer drawn (a new year, limit or filter). */
  hostUpdate(): void {
    if (!this.chart.codes().includes(this.active)) this.active = '';
  }

  /** The recipient whose tooltip shows: under the pointer, else focused. */
  get tipCode(): string {
    return this.pointer || this.active;
  }

  /** The listbox's listeners (arrow functions: Lit calls them with the element as `this`). */
  readonly on: ListboxHandlers = {
    pointermove: (event) => {
      this.tooltip.track(event);
      const code = codeOf(event);
      if (code === this.pointer) return this.tooltip.place();
      this.pointer = code;
      this.host.requestUpdate();
    },
    pointerleave: () => {
      this.tooltip.leave();
      this.pointer = '';
      this.host.requestUpdate();
    },
    click: (event) => {
      const code = codeOf(event);
      if (!code) return;
      this.active = code;
      this.chart.toggle(code);
    },
    focus: () => {
      const codes = this.chart.codes();
      if (!codes.length) return;
      this.active ||= this.chart.start(codes);
      this.announce(this.active);
    },
    blur: () => {
      this.active = this.pointer = '';
      this.host.requestUpdate();
    },
    keydown: (event) => {
      const codes = this.chart.codes();
      if (!codes.length) return;
      const next = this.chart.next(event.key, codes, this.active);
      if (next === undefined && !this.selectByKey(event.key)) return;
      event.preventDefault();
      if (next && next !== this.active) {
        this.active = next;
        this.pointer = '';
        this.announce(next);
      }
    },
  };

  /** Says what `code` is in the live region (and re-renders). */
  private announce(code: string): void {
    this.announcement = this.chart.describe(code);
    this.host.requestUpdate();
  }

  /** Enter or Space toggles the active recipient, Escape clears the selection; false for any other key. */
  private selectByKey(key: string): boolean {
    if (key === 'Enter' || key === ' ') {
      if (this.active) this.chart.toggle(this.active);
    } else if (key === 'Escape') {
      this.pointer = '';
      this.host.requestUpdate();
      this.chart.toggle('');
    } else return false;
    return true;
  }
}

function codeOf(event: Event): string {
  return (event.target as Element | null)?.getAttribute?.('data-code') ?? '';
}
