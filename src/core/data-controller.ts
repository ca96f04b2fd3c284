import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type ReadyDetail } from './events.js';

export interface DataOptions<T, K extends string> {
  /** Which load the host needs now (e.g. the edition its metric reads); one load when omitted. */
  key?: () => K;
  /** Starts or joins the load of a key; lazy loaders make repeated calls cheap. */
  load: (key: K) => Promise<T>;
  /** The value at once when every part has already arrived, so a render can draw it without a placeholder frame. */
  settled?: (key: K) => T | undefined;
  /** Throws when a file parsed but has the wrong shape, so the reader sees the load error, not an endless "Loading…". */
  validate?: (value: T, key: K) => void;
  /** What the reader is told when loading fails. */
  /** The reader's message when the load fails; a function is read at render time, in the chart's language. */
  failure: string | (() => string);
  /** `detail` of `rights-ready` once the host has drawn newly loaded data; undefined while it has not. */
  ready: () => ReadyDetail | undefined;
}

/**
 * Loads what a chart draws and owns the load's status: the value per key,
 * the reader-facing error and its retry, and `rights-ready` once per load
 * that the chart has drawn (first load, retry, or a key not loaded before).
 * A load that finishes while the chart is out of the page is drawn when the
 * chart comes back.
 */
export class DataController<T, K extends string = ''> implements ReactiveController {
  /** Reader-facing message of the last failed load; empty when none. */
  private failed = false;

  /** The failure message while the last load failed, else ''. */
  get error(): string {
    if (!this.failed) return '';
    const { failure } = this.options;
    return typeof failure === 'function' ? failure() : failure;
  }
  private readonly values = new Map<K, T>();
  private readonly pending = new Map<K, Promise<void>>();
  /** A value arrived that the chart has not yet announced with `rights-ready`. */
  private undrawn = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DataOptions<T, K>,
  ) {
    host.addController(this);
  }

  get key(): K {
    return this.options.key?.() ?? ('' as K);
  }

  /** The value for the host's current key, starting its load when it is missing (and has not failed). */
  get value(): T | undefined {
    const key = this.key;
    // After a failure the reader decides when to try again (the error's button).
    if (this.failed) return this.values.get(key);
    const value = this.values.get(key) ?? this.adopt(key);
    if (value === undefined) void this.request(key);
    return value;
  }

  get status(): 'loading' | 'ready' | 'error' {
    if (this.failed) return 'error';
    return this.values.has(this.key) ? 'ready' : 'loading';
  }

  /** Loads a key (joins a load under way); settles when it has arrived or failed. */
  request(key: K = this.key): Promise<void> {
    if (this.values.has(key)) return Promise.resolve();
    let pending = this.pending.get(key);
    if (!pending) {
      pending = Promise.resolve()
        .then(() => this.options.load(key))
        .then((value) => {
          this.options.validate?.(value, key);
          this.store(key, value);
        })
        .catch((error: unknown) => {
          this.failed = true;
          console.warn(`<${this.host.localName}>: data load failed`, error);
        })
        .finally(() => {
          this.pending.delete(key);
          this.host.requestUpdate();
        });
      this.pending.set(key, pending);
    }
    return pending;
  }

  /** Clears the error and loads again (the "Try again" button). */
  retry(): void {
    this.failed = false;
    void this.request();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Data that arrived while the chart was out of the page is drawn now.
    if (this.values.size) this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.undrawn || !this.values.has(this.key)) return;
    const detail = this.options.ready();
    if (detail === undefined) return;
    this.undrawn = false;
    emit(this.host, 'rights-ready', detail);
  }

  private adopt(key: K): T | undefined {
    const value = this.options.settled?.(key);
    if (value === undefined) return undefined;
    try {
      this.options.validate?.(value, key);
    } catch {
      return undefined; // request() reports it
    }
    this.store(key, value);
    return value;
  }

  private store(key: K, value: T): void {
    this.values.set(key, value);
    this.failed = false;
    this.undrawn = true;
  }
}
