// Deterministic output: stable key order comes from the builders, numbers are
// already rounded, and files end with one newline.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';

export function writeJson(outDir, name, value) {
  const path = resolve(outDir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value)}\n`);
  return path;
}

/** Sorted copy of an object's entries, so output does not depend on input order. */
export function sortedObject(entries) {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
