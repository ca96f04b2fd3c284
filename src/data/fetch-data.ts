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
      return response.json().then(expandJson);
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

interface Delta {
  $delta: number;
  v: (number | null)[];
}

/**
 * Undoes scripts/lib/compact-json.mjs: a file whose top level is
 * {"$compact":1,"data":…} has its delta-coded number arrays restored (the
 * same doubles JSON.parse gives for the original decimals); any other value
 * is returned as it is.
 */
export function expandJson(value: unknown): unknown {
  const file = value as { $compact?: number; data?: unknown } | null;
  return file && typeof file === 'object' && file.$compact === 1 ? expand(file.data) : value;
}

function expand(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(expand);
  if (!node || typeof node !== 'object') return node;
  const delta = node as Delta;
  if (typeof delta.$delta === 'number' && Array.isArray(delta.v)) {
    const scale = 10 ** delta.$delta;
    let running = 0;
    return delta.v.map((step) => (step === null ? null : (running += step) / scale));
  }
  const out: Record<string, unknown> = {};
  for (const key in node) out[key] = expand((node as Record<string, unknown>)[key]);
  return out;
}
