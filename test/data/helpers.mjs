// Reads shipped data files for the data tests, and tells whether the raw datasets
// are here. Checks of shipped figures read data/ and always run; checks that rebuild
// or compare against the raw files are registered with rawTest and run only when the
// raw folder is found (CI sets RIGHTS_ATLAS_REQUIRE_RAW=1, so there they must run).
import { existsSync, readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { rawRoot } from '../../scripts/data/lib/raw.mjs';

export const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

export const RAW_AVAILABLE = existsSync(resolve(rawRoot, 'tbij-drone-strikes/SOURCE.md'));

export const RAW_SKIPPED =
  `rebuild-from-raw checks skipped: raw datasets not found at ${rawRoot}. ` +
  'To run them, put the shared datasets beside the clone (../shared/datasets/raw) or set RIGHTS_ATLAS_RAW to that folder.';

if (!RAW_AVAILABLE && process.env.RIGHTS_ATLAS_REQUIRE_RAW) {
  throw new Error(`RIGHTS_ATLAS_REQUIRE_RAW is set but ${RAW_SKIPPED}`);
}

/** A test that reads the raw files: registered only when they are here (see raw.test.mjs). */
export const rawTest = RAW_AVAILABLE ? test : () => {};

/** A value computed once, on first use (for raw files read by several tests). */
export function once(compute) {
  let value;
  let done = false;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}

export function readData(name) {
  return JSON.parse(readFileSync(resolve(dataDir, name), 'utf8'));
}

/** Value of a per-country series (see scripts/data/lib/series.mjs) in a year, or null. */
export function valueAt(series, field, year) {
  if (!series) return null;
  return series[field][year - series.start] ?? null;
}
