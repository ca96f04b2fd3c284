import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Timeline, prefersReducedMotion } from './timeline.js';
import { emit } from './events.js';
import { messages } from './i18n.js';

const msg = messages({
  'timeline.year': 'Year',
  'timeline.pause': 'Pause',
  'timeline.play': 'Play through the years',
});

export interface TimelineView {
  /** The year the slider shows (0: the end of the range). */
  year: number;
  /** Text beside the slider, e.g. "2019" or "FY2019"; the year when omitted. */
  label?: string;
  /** True while there is nothing to play through (data on the way). */
  disabled?: boolean;
  /** Accessible name of the slider (default "Year"). */
  sliderLabel?: string;
}

/**
 * The year timeline under a chart: a headless `Timeline` (the chart's range
 * and year), a play button and a native range slider. The reader moving it
 * calls `onYear`; the chart sets its `year` and fires `rights-year-change`.
 * Playback never starts by itself, pauses when the chart leaves the page, and
 * steps more slowly for readers who ask for less motion.
 */
export class TimelineController implements ReactiveController {
  readonly timeline: Timeline;
  playing = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    onYear: (year: number, cause: 'set' | 'play') => void,
    range: { min: number; max: number },
    /** Milliseconds per year while playing; readers who prefer reduced motion get at least 1.5 s. */
    public interval = 600,
    onPlayState?: (playing: boolean) => void,
  ) {
    host.addController(this);
    this.timeline = new Timeline({ ...range, year: range.max, interval });
    this.timeline.onYear(onYear);
    this.timeline.onPlayState((playing) => {
      this.playing = playing;
      onPlayState?.(playing);
      this.host.requestUpdate();
    });
  }

  /** The usual wiring: the reader moving the timeline sets the chart's `year` and fires `rights-year-change`. */
  static forYear(host: ReactiveControllerHost & HTMLElement & { year: number | string }, range: { min: number; max: number }, interval?: number): TimelineController {
    return new TimelineController(
      host,
      (year) => {
        host.year = year;
        emit(host, 'rights-year-change', { year });
      },
      range,
      interval,
    );
  }

  /** Follows the chart's settings; never notifies, as no reader moved it. */
  sync(min: number, max: number, year: number): void {
    this.timeline.setRange(min, max);
    this.timeline.year = Math.min(max, Math.max(min, year));
  }

  pause(): void {
    this.timeline.pause();
  }

  hostDisconnected(): void {
    this.timeline.pause();
  }

  render({ year, label, disabled = false, sliderLabel = msg('timeline.year') }: TimelineView): TemplateResult {
    const { min, max } = this.timeline;
    return html`<div class="timeline" part="timeline">
      <button type="button" @click=${this.togglePlay} ?disabled=${disabled} aria-label=${this.playing ? msg('timeline.pause') : msg('timeline.play')}>
        ${this.playing ? '❚❚' : '▶'}
      </button>
      <input type="range" min=${min} max=${max} step="1" .value=${String(year || max)} ?disabled=${disabled} aria-label=${sliderLabel} @input=${this.onSlider} />
      <output aria-hidden="true">${disabled ? '' : (label ?? (year || ''))}</output>
    </div>`;
  }

  private readonly onSlider = (event: Event): void => {
    this.timeline.pause();
    this.timeline.set(Number((event.target as HTMLInputElement).value));
  };

  private readonly togglePlay = (): void => {
    this.timeline.interval = prefersReducedMotion() ? Math.max(1500, this.interval) : this.interval;
    this.timeline.toggle();
  };
}
