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
  return () => {
    pending ??= load().then(
      (module) => prepare((module as { default: Raw }).default),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}
