// Year series in the embed's data files, written smaller: an array of numbers
// (nulls allowed) becomes its values as integers at the array's own number of
// decimals, each the difference from the previous value, e.g. V-Dem's
// [0.418, 0.42, 0.42, null, 0.425] becomes {"$delta":3,"v":[418,2,0,null,5]}.
// Years change little from one to the next, so the differences are short and
// repetitive, and gzip does the rest (V-Dem v15: 71 kB gzip becomes 53 kB).
// src/data/fetch-data.ts (expandJson) restores exactly the same numbers:
// an integer divided by a power of ten is the double nearest that decimal,
// which is what JSON.parse gives for it.
//
// A file is written this way only when that makes it smaller after gzip; its
// top level then reads {"$compact":1,"data":…}.
import { gzipSync } from 'node:zlib';

const MIN_LENGTH = 8;
const MAX_DECIMALS = 6;

function decimals(x) {
  if (Number.isInteger(x)) return 0;
  const text = String(x);
  const point = text.indexOf('.');
  return point < 0 || /e/i.test(text) ? Infinity : text.length - point - 1;
}

function encode(node) {
  if (Array.isArray(node)) {
    const numbers = node.filter((v) => v !== null);
    if (node.length >= MIN_LENGTH && numbers.length && numbers.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      const places = Math.max(...numbers.map(decimals));
      const scale = 10 ** places;
      if (places <= MAX_DECIMALS && numbers.every((v) => Math.abs(v * scale) < Number.MAX_SAFE_INTEGER)) {
        let previous = 0;
        const v = node.map((value) => {
          if (value === null) return null;
          const n = Math.round(value * scale);
          const delta = n - previous;
          previous = n;
          return delta;
        });
        return { $delta: places, v };
      }
    }
    return node.map(encode);
  }
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, encode(value)]));
  return node;
}

const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/** The JSON text to ship for `value`: compact when that is smaller after gzip, else plain. */
export function compactJson(value) {
  const plain = JSON.stringify(value);
  const compact = JSON.stringify({ $compact: 1, data: encode(value) });
  return gzipSize(compact) < gzipSize(plain) ? compact : plain;
}
