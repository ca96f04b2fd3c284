// The committed data/ must be exactly what the build script makes from raw,
// and every shipped file must carry a complete provenance record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildAll } from '../../scripts/build-data.mjs';
import { dataDir, readData, rawTest } from './helpers.mjs';

rawTest('rebuilding from raw gives byte-identical data/', () => {
  const out = mkdtempSync(join(tmpdir(), 'rights-atlas-data-'));
  try {
    buildAll(out);
    const built = readdirSync(out).sort();
    const committed = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort();
    assert.deepEqual(built, committed, 'same set of files');
    for (const name of built) {
      const a = readFileSync(join(out, name));
      const b = readFileSync(join(dataDir, name));
      assert.ok(a.equals(b), `${name} differs from a fresh build: run npm run build:data`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('every shipped file has a complete provenance record', () => {
  const sources = readData('sources.json');
  const shipped = readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'sources.json');
  const recorded = Object.values(sources).flatMap((s) => s.files);
  assert.deepEqual([...recorded].sort(), [...shipped].sort());
  for (const [id, source] of Object.entries(sources)) {
    for (const key of ['title', 'publisher', 'version', 'licence', 'credit', 'citation', 'url', 'commercialPublisher']) {
      assert.ok(typeof source[key] === 'string' && source[key].length > 3, `${id}.${key}`);
    }
    assert.ok(Array.isArray(source.caveats) && source.caveats.length > 0, `${id} caveats`);
    assert.ok(source.raw.length > 0, `${id} raw files`);
    for (const raw of source.raw) {
      assert.match(raw.sha256, /^[0-9a-f]{64}$/, `${id} ${raw.path} sha256`);
      const excluded = raw.excluded.reduce((sum, e) => sum + e.rows, 0);
      assert.equal(raw.rowsUsed + excluded, raw.rowsIn, `${id} ${raw.path}: rows add up`);
      assert.equal(raw.rowsExcluded, excluded);
      for (const e of raw.excluded) assert.ok(e.reason.length > 5, `${id}: exclusion has a reason`);
    }
    for (const file of source.files) {
      assert.equal(readData(file).meta.id, id, `${file} carries its provenance`);
    }
  }
});

test('each data file is at most 150 KB gzip', () => {
  for (const name of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
    const size = gzipSync(readFileSync(join(dataDir, name)), { level: 9 }).length;
    assert.ok(size <= 150 * 1024, `${name} is ${size} bytes gzip`);
  }
});

test('DATA-LICENSES.md lists every dataset as data/sources.json does', async () => {
  const { dataLicenses } = await import('../../scripts/data-licenses.mjs');
  const current = readFileSync(join(dataDir, '../DATA-LICENSES.md'), 'utf8');
  assert.equal(current, dataLicenses(readData('sources.json')), 'run npm run build:data');
});

// What a chart footer shows comes from each file's meta (see src/core/chrome.ts renderFooter):
// it must be written for readers. Internal paths, hashes and field names stay in sources.json.
const READER_FIELDS = ['title', 'publisher', 'version', 'edition', 'licence', 'credit', 'readerNote', 'citation', 'caveats'];
const NOT_FOR_READERS = [
  [/\bverify\b/i, '"verify"'],
  [/shared\/datasets|\braw\//, 'a repository path'],
  [/@[0-9a-f]{6,}|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b/, 'a commit hash'],
  [/\b[a-z]+[A-Z]\w*\b/, 'a field name'],
  [/\.(json|csv|mjs|md)\b/, 'a file name'],
];

test('reader-facing provenance has no "verify", repository path, commit hash or field name (issue #10)', () => {
  for (const name of readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'sources.json')) {
    const { meta } = readData(name);
    for (const key of READER_FIELDS) {
      for (const text of [].concat(meta[key] ?? [])) {
        for (const [pattern, what] of NOT_FOR_READERS) {
          assert.doesNotMatch(text, pattern, `${name} meta.${key} contains ${what}: ${text}`);
        }
      }
    }
  }
});

test('every dataset records its terms with source URLs and whether commercial use is allowed (issue #10)', () => {
  const sources = readData('sources.json');
  for (const [id, source] of Object.entries(sources)) {
    assert.ok(['allowed', 'permission-required', 'unknown'].includes(source.commercialUse), id);
    assert.ok(source.terms.length > 0, `${id} terms`);
    for (const t of source.terms) {
      assert.match(t.url, /^https?:\/\//, `${id} term url`);
      assert.ok(['A', 'B', 'C'].includes(t.confidence), `${id} confidence`);
    }
  }
  assert.match(sources['sipri-us-arms'].credit, /^Information from the SIPRI Arms Transfers Database/);
  assert.equal(sources['sipri-us-arms'].commercialUse, 'permission-required');
  assert.match(sources['tbij-strikes'].url, /airwars\.org/);
  assert.match(sources['tbij-strikes'].credit, /archived by Airwars/);
  assert.match(sources['airwars-somalia'].commercialPublisher, /no licence/);
  assert.match(sources['tbij-strikes'].commercialPublisher, /no licence/);
  assert.match(sources['vdem-v14'].licence, /CC BY-SA/);
  // The BSD-3 and MIT notices are reproduced in DATA-LICENSES.md.
  const licences = readFileSync(join(dataDir, '../DATA-LICENSES.md'), 'utf8');
  assert.match(licences, /Redistributions of source code must retain the above copyright notice/);
  assert.match(licences, /The MIT License/);
  assert.doesNotMatch(licences, /verify/i);
});
