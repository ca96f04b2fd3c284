/**
 * How the embed build loads a data file: `fetch` and `JSON.parse`, in place of
 * the `import('…/data/x.json')` that source, tests and bundler apps use (the
 * build rewrites each such import into a call of this function). JSON parses
 * faster than the same data as a JavaScript module, and a failed or truncated
 * download can be tried again: a module that failed once stays failed under
 * its URL until the page reloads, a fetch does not.
 *
 * One download per file per page: the cache is keyed by the file's name (which
 * carries a hash of its content) and kept on `globalThis`, so every element and
 * a second copy of the embed script on the same page share it.
 */
interface SharedDataFiles {
  pending: Map<string, Promise<unknown>>;
  /** Files whose last download failed: the next one bypasses the HTTP cache. */
  failed: Set<string>;
}

const KEY = Symbol.for('rights-atlas.data-files');

function shared(): SharedDataFiles {
  const holder = globalThis as unknown as Record<symbol, SharedDataFiles | undefined>;
  return (holder[KEY] ??= { pending: new Map(), failed: new Set() });
}

export function fetchDataModule(url: string): Promise<{ default: unknown }> {
  const files = shared();
  const name = new URL(url).pathname.split('/').pop() ?? url;
  let pending = files.pending.get(name);
  if (!pending) {
    // After a failure the HTTP cache may hold the broken body: ask the server again.
    const cache: RequestCache = files.failed.has(name) ? 'reload' : 'default';
    pending = fetch(url, { cache }).then((response) => {
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    pending.then(
      () => files.failed.delete(name),
      () => {
        files.pending.delete(name);
        files.failed.add(name);
      },
    );
    files.pending.set(name, pending);
  }
  return pending.then((value) => ({ default: value }));
}
