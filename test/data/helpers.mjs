// Reads shipped data files for the data tests.
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

export function readData(name) {
  return JSON.parse(readFileSync(resolve(dataDir, name), 'utf8'));
}

/** Value of a per-country series (see scripts/data/lib/series.mjs) in a year, or null. */
export function valueAt(series, field, year) {
  if (!series) return null;
  return series[field][year - series.start] ?? null;
}
