/**
 * `fn`, remembering its last call for each first argument (an object: the
 * records shown): called again with the same arguments (`Object.is` each),
 * it returns that result without running. For text over every record shown
 * that each render needs but only some updates change (a pan or a hover
 * changes no summary; switching countries back finds theirs).
 */
export function lastCallPer<F extends object, A extends unknown[], R>(fn: (first: F, ...rest: A) => R): (first: F, ...rest: A) => R {
  const calls = new WeakMap<F, { rest: A; result: R }>();
  return (first: F, ...rest: A): R => {
    const last = calls.get(first);
    if (last && last.rest.length === rest.length && last.rest.every((arg, i) => Object.is(arg, rest[i]))) return last.result;
    const result = fn(first, ...rest);
    calls.set(first, { rest, result });
    return result;
  };
}

/** The last `size` values made, by key: `get` makes a value only for a key not kept, and forgets the least recently used past `size`. */
export class Recent<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K, make: () => V): V {
    let value: V;
    if (this.values.has(key)) {
      value = this.values.get(key)!;
      this.values.delete(key);
    } else value = make();
    this.values.set(key, value); // most recently used last
    if (this.values.size > this.size) this.values.delete(this.values.keys().next().value!);
    return value;
  }

  clear(): void {
    this.values.clear();
  }
}
