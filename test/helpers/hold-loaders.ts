/**
 * Holds some of a loader table's loads until `release()`, to test what a chart
 * shows while its data is on the way. `restore()` puts the real loaders back
 * (call it in `finally`).
 */
export function holdLoaders<T extends Record<string, () => Promise<unknown>>>(
  loaders: T,
  ...keys: (keyof T)[]
): { release: () => void; restore: () => void } {
  const original = { ...loaders };
  let release!: () => void;
  const gate = new Promise<void>((done) => (release = done));
  for (const key of keys) {
    const load = original[key]!;
    loaders[key] = (async () => {
      await gate;
      return load();
    }) as T[keyof T];
  }
  return { release, restore: () => Object.assign(loaders, original) };
}

/**
 * Makes some of a loader table's loads fail (as a dropped connection would)
 * until `restore()` puts the real loaders back (call it in `finally`).
 */
export function failLoaders<T extends Record<string, () => Promise<unknown>>>(
  loaders: T,
  ...keys: (keyof T)[]
): { restore: () => void } {
  const original = { ...loaders };
  for (const key of keys) loaders[key] = (() => Promise.reject(new Error(`test: ${String(key)} offline`))) as T[keyof T];
  return { restore: () => Object.assign(loaders, original) };
}
