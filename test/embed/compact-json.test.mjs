// The embed's compact data files (scripts/lib/compact-json.mjs, undone by
// expandJson in src/data/fetch-data.ts): every data file comes back exactly,
// and the year series files get smaller.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { compactJson } from '../../scripts/lib/compact-json.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const source = readFileSync(join(root, 'src/data/fetch-data.ts'), 'utf8');
const { code } = await transform(source, { loader: 'ts', format: 'esm' });
const { expandJson } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const files = readdirSync(join(root, 'data')).filter((name) => name.endsWith('.json'));
const gzip = (text) => gzipSync(text, { level: 9 }).length;

test('every data file, compacted and expanded, is the same data to the last bit', () => {
  for (const name of files) {
    const original = JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));
    const shipped = compactJson(original);
    assert.deepStrictEqual(expandJson(JSON.parse(shipped)), original, name);
  }
});

test('V-Dem and population files ship compact and at least a fifth smaller; others never grow', () => {
  for (const name of files) {
    const original = JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));
    const plain = JSON.stringify(original);
    const shipped = compactJson(original);
    assert.ok(gzip(shipped) <= gzip(plain), name);
    if (/^(vdem-v1[45]|population)\.json$/.test(name)) {
      assert.ok(shipped.startsWith('{"$compact":1'), `${name} is compact`);
      assert.ok(gzip(shipped) < 0.8 * gzip(plain), `${name}: ${gzip(shipped)} vs ${gzip(plain)} bytes gzip`);
    }
  }
});

test('deltas restore decimals exactly, with nulls, negatives and short arrays left alone', () => {
  const series = [0.418, 0.42, 0.42, null, 0.425, -0.1, 0.003, 1, 0.999];
  const value = { a: series, short: [0.1, 0.2], mixed: [1, 'x', 2, 3, 4, 5, 6, 7], nested: { b: [series, series] } };
  // Slowly changing series (a seeded random walk at three decimals), where the compact form pays.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const walk = () => {
    let x = 0.5;
    return Array.from({ length: 120 }, () => (x = Math.round((x + (random() - 0.5) * 0.02) * 1000) / 1000));
  };
  const big = { ...value, many: Array.from({ length: 200 }, walk) };
  const shipped = JSON.parse(compactJson(big));
  assert.equal(shipped.$compact, 1);
  assert.deepEqual(shipped.data.short, [0.1, 0.2]);
  assert.deepEqual(shipped.data.mixed, [1, 'x', 2, 3, 4, 5, 6, 7]);
  assert.deepStrictEqual(expandJson(shipped), big);
  // A plain value passes through.
  assert.deepStrictEqual(expandJson({ a: [1, 2] }), { a: [1, 2] });
});
