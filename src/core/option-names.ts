import { whenIdle } from './idle.js';

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
  private key: readonly unknown[] = [];
  private nameOf: (code: string) => string = String;
  private cancel?: () => void;

  /** New options, one per code: every name written now. */
  reset(options: Element[], codes: string[], key: readonly unknown[], nameOf: (code: string) => string): void {
    this.options = options;
    this.codes = codes;
    this.use(key, nameOf);
    this.writeAll();
  }

  /**
   * The names for `key` (everything `nameOf` depends on, entry by entry; of
   * the same length on every call): written when idle if the key changed;
   * the `active` option's now.
   */
  update(key: readonly unknown[], nameOf: (code: string) => string, active: string): void {
    if (key.some((k, i) => k !== this.key[i])) {
      this.use(key, nameOf);
      this.cancel = whenIdle(() => this.writeAll());
    }
    if (this.cancel) this.write(this.codes.indexOf(active));
  }

  private use(key: readonly unknown[], nameOf: (code: string) => string): void {
    this.cancel?.();
    this.cancel = undefined;
    this.key = key;
    this.nameOf = nameOf;
  }

  private writeAll(): void {
    // All at once: ~176 short sentences take a millisecond or two, well inside an idle period.
    this.codes.forEach((_, i) => this.write(i));
    this.use(this.key, this.nameOf);
  }

  private write(index: number): void {
    this.options[index]?.setAttribute('aria-label', this.nameOf(this.codes[index]!));
  }
}
