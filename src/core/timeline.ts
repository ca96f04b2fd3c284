/**
 * Headless owner of time: the current year within a range, and playback.
 * Framework-free so several charts (or a page script) can share one instance.
 * It never starts playing by itself.
 */
export type TimelineListener = (year: number, cause: 'set' | 'play') => void;

export interface TimelineOptions {
  min: number;
  max: number;
  year: number;
  /** Milliseconds per year while playing. */
  interval?: number;
}

export class Timeline {
  min: number;
  max: number;
  year: number;
  interval: number;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly listeners = new Set<TimelineListener>();
  private readonly stateListeners = new Set<(playing: boolean) => void>();

  constructor({ min, max, year, interval = 600 }: TimelineOptions) {
    this.min = min;
    this.max = max;
    this.year = clamp(year, min, max);
    this.interval = interval;
  }

  get playing(): boolean {
    return this.timer !== undefined;
  }

  /** Changes the range (e.g. another metric); clamps the year without notifying, as no reader moved it. */
  setRange(min: number, max: number): void {
    this.min = min;
    this.max = max;
    this.year = clamp(this.year, min, max);
  }

  set(year: number, cause: 'set' | 'play' = 'set'): void {
    const next = clamp(Math.round(year), this.min, this.max);
    if (next === this.year) return;
    this.year = next;
    for (const listener of this.listeners) listener(next, cause);
  }

  step(by: number): void {
    this.set(this.year + by);
  }

  /** Plays from the current year; from the start again when already at the end. */
  play(): void {
    if (this.playing) return;
    if (this.year >= this.max) this.set(this.min);
    this.timer = setInterval(() => {
      if (this.year >= this.max) {
        this.pause();
        return;
      }
      this.set(this.year + 1, 'play');
      if (this.year >= this.max) this.pause();
    }, this.interval);
    this.notifyState();
  }

  pause(): void {
    if (!this.playing) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.notifyState();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  onYear(listener: TimelineListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onPlayState(listener: (playing: boolean) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  private notifyState(): void {
    for (const listener of this.stateListeners) listener(this.playing);
  }
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Readers who ask for less motion get slower, stepwise playback. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
