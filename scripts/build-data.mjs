#!/usr/bin/env node
// Builds data/ from the raw files in ../shared/datasets/raw (or RIGHTS_ATLAS_RAW).
// Usage: node scripts/build-data.mjs [outDir]   (default: data/)
import { resolve } from 'node:path';
import { projectRoot, rawRoot, readRaw } from './data/lib/raw.mjs';
import { writeJson, sortedObject } from './data/lib/write.mjs';
import { DATASETS } from './data/datasets.mjs';
import { readPackageFile } from './data/us-states.mjs';
import { LICENCES, COMMERCIAL_USE, BSD3 } from './data/lib/licences.mjs';

const REQUIRED = ['id', 'title', 'publisher', 'version', 'licenceName', 'licence', 'credit', 'commercialUse', 'citation', 'url', 'caveats', 'raw'];
/**
 * Provenance copied into every data file's `meta`: what a chart may show. These
 * fields are written for readers (no internal paths, commit hashes or field names;
 * a data test checks). `readerNote` and `edition` are optional.
 */
export const META_KEYS = ['id', 'title', 'publisher', 'version', 'edition', 'licenceName', 'licence', 'credit', 'creditShort', 'commercialUse', 'readerNote', 'citation', 'url', 'caveats'];

/** Licence notices a dataset must carry, as text (raw licence file or a standard text). */
function noticeText(notice) {
  if (notice.text === 'bsd3') return BSD3('Philippe Rivière (Visionscarto)');
  if (notice.package) return readPackageFile(notice.package, 'LICENSE').text.trim();
  return readRaw(notice.file).text.trim();
}

export function buildAll(outDir) {
  const sources = [];
  for (const build of DATASETS) {
    const { source: built, files } = build();
    const terms = LICENCES[built.id];
    if (!terms) throw new Error(`${built.id}: no entry in scripts/data/lib/licences.mjs`);
    const { notice, ...licence } = terms;
    const source = { ...built, ...licence };
    if (notice) source.notice = { name: notice.name, text: noticeText(notice) };
    const missing = REQUIRED.filter((key) => source[key] === undefined || source[key] === '');
    // '' is allowed: a dataset the footer line need not name (map outlines).
    if (typeof source.creditShort !== 'string') missing.push('creditShort');
    if (missing.length) throw new Error(`${source.id}: provenance lacks ${missing.join(', ')}`);
    if (!COMMERCIAL_USE.includes(source.commercialUse)) throw new Error(`${source.id}: commercialUse ${source.commercialUse}`);
    const meta = Object.fromEntries(META_KEYS.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
    for (const file of files) writeJson(outDir, file.name, { meta, ...file.data });
    sources.push([source.id, { ...source, files: files.map((file) => file.name) }]);
  }
  writeJson(outDir, 'sources.json', sortedObject(sources));
  return sources.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = resolve(process.argv[2] ?? resolve(projectRoot, 'data'));
  const count = buildAll(outDir);
  console.log(`built ${count} datasets from ${rawRoot} into ${outDir}`);
}
