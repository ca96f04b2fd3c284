// Small shared test helpers: shadow-root queries and console capture.

/** First match in the element's shadow root. */
export const $ = (el: Element, selector: string): Element | null => el.shadowRoot!.querySelector(selector);

/** Every match in the element's shadow root. */
export const $$ = (el: Element, selector: string): Element[] => [...el.shadowRoot!.querySelectorAll(selector)];

/** Runs `run` with console.warn collected into `warnings` instead of printed. */
export async function withWarnings<T>(run: (warnings: string[]) => Promise<T>): Promise<T> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return await run(warnings);
  } finally {
    console.warn = warn;
  }
}

/** Runs `run` with console.warn silenced (for tests of bad input, where warnings are expected). */
export const quietly = <T>(run: () => Promise<T>): Promise<T> => withWarnings(() => run());
