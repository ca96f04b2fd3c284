// Where raw files live and how they are read. Raw files stay in ../shared;
// the project only ever reads them.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Raw dataset folder: RIGHTS_ATLAS_RAW, else ../shared/datasets/raw beside the clone. */
export const rawRoot = resolve(
  process.env.RIGHTS_ATLAS_RAW ?? resolve(projectRoot, '../shared/datasets/raw'),
);

/** A raw file read once, with the identity recorded in provenance. */
export function readRaw(relPath) {
  const path = resolve(rawRoot, relPath);
  let buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    throw new Error(
      `Raw file missing: ${path}. Set RIGHTS_ATLAS_RAW to the datasets/raw folder (${error.code}).`,
    );
  }
  return {
    path: relative(rawRoot, path),
    sha256: createHash('sha256').update(buffer).digest('hex'),
    text: buffer.toString('utf8'),
  };
}

export function readRawCsv(relPath) {
  const file = readRaw(relPath);
  return { ...file, rows: csvParse(file.text.replace(/^\uFEFF/, '')) };
}

export function readRawJson(relPath) {
  const file = readRaw(relPath);
  return { ...file, json: JSON.parse(file.text) };
}

/** Parses a numeric cell; NA, empty and non-numbers become null. */
export function num(cell) {
  if (cell === undefined || cell === null) return null;
  const text = String(cell).trim();
  if (text === '' || text === 'NA') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Rounds to the given number of decimals (the source's precision). */
export function round(value, decimals) {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
