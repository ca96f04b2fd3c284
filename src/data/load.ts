/** Values of loaders that have finished, so a chart can draw them without waiting a turn. */
const settled = new WeakMap<() => Promise<unknown>, unknown>();

/**
 * A data chunk loaded once, on first use, and optionally prepared once (e.g.
 * TopoJSON -> features). Chunks are dynamic imports, so the embed build splits
 * them into files resolved relative to the script itself: dist/ works from any
 * host or CDN path. A failed load is not cached, so a retry can succeed.
 */
export function lazy<T, Raw = T>(
  load: () => Promise<unknown>,
  prepare: (raw: Raw) => T = (raw) => raw as unknown as T,
): () => Promise<T> {
  let pending: Promise<T> | undefined;
  const loader = (): Promise<T> => {
    pending ??= load().then(
      (module) => {
        const value = prepare((module as { default: Raw }).default);
        settled.set(loader, value);
        return value;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return loader;
}

/**
 * The value of a `lazy` loader that has already finished, else undefined (not
 * started, still loading, failed, or a loader a host or test swapped in).
 */
export function loadedValue<T>(loader: () => Promise<T>): T | undefined {
  return settled.get(loader) as T | undefined;
}
