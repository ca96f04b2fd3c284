import { whenIdle } from './idle.js';

/** Names written per idle slice at least, so a page that is never idle still gets them (whenIdle's deadline). */
const MIN_PER_SLICE = 24;

/** The writers with names still to write, page-wide. */
const pendingWriters = new Set<OptionNames>();

/** True while some chart on the page has option names still to write (tests wait on it). */
export const optionNamesPending = (): boolean => pendingWriters.size > 0;

/**
 * The accessible names of a listbox's many options (a map's ~176 countries),
 * written outside the update that changed them. A year change is a new
 * colour and a new name for every country; the names, a sentence each, cost
 * most of the update, so they are written when the main thread is next idle
 * and a playing timeline keeps to its frames. The focused option's name
 * (the listbox's aria-activedescendant) is written at once, so the option a
 * screen reader is on is never read out of date; the others keep their
 * previous names for that moment. New options get every name at once: no
 * option is ever without one.
 */
export class OptionNames {
  private options: Element[] = [];
  private codes: string[] = [];
  private indexOf = new Map<string, number>();
  private written: (string | undefined)[] = [];
  private key: readonly unknown[] = [];
  private nameOf: (code: string) => string = () => '';
  private cancel?: () => void;

  /** New options, one per code: every name written now. */
  reset(options: Element[], codes: string[], key: readonly unknown[], nameOf: (code: string) => string): void {
    this.stop();
    this.options = options;
    this.codes = codes;
    this.indexOf = new Map(codes.map((code, i) => [code, i]));
    this.written = [];
    this.key = key;
    this.nameOf = nameOf;
    for (let i = 0; i < codes.length; i++) this.write(i);
  }

  /**
   * The names for `key` (everything `nameOf` depends on; entries compared
   * with Object.is): written when idle if the key changed, the `active`
   * option's now.
   */
  update(key: readonly unknown[], nameOf: (code: string) => string, active: string): void {
    if (key.length !== this.key.length || key.some((k, i) => !Object.is(k, this.key[i]))) {
      this.stop();
      this.key = key;
      this.nameOf = nameOf;
      this.schedule(0);
    }
    const index = this.indexOf.get(active);
    if (this.cancel && index !== undefined) this.write(index);
  }

  /** True while some options still carry earlier names (tests wait on it). */
  get pending(): boolean {
    return this.cancel !== undefined;
  }

  private stop(): void {
    this.cancel?.();
    this.cancel = undefined;
    pendingWriters.delete(this);
  }

  private schedule(from: number): void {
    pendingWriters.add(this);
    this.cancel = whenIdle((budget) => {
      const count = this.codes.length;
      let i = from;
      while (i < count && (i - from < MIN_PER_SLICE || budget.timeRemaining() > 1)) this.write(i++);
      if (i < count) this.schedule(i);
      else this.stop();
    });
  }

  private write(index: number): void {
    const name = this.nameOf(this.codes[index]!);
    if (name !== this.written[index]) {
      this.options[index]!.setAttribute('aria-label', name);
      this.written[index] = name;
    }
  }
}
