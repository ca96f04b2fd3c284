#!/usr/bin/env node
// Builds data/ from the raw files in ../shared/datasets/raw (or RIGHTS_ATLAS_RAW).
// Usage: node scripts/build-data.mjs [outDir]   (default: data/)
import { resolve } from 'node:path';
import { projectRoot, rawRoot } from './data/lib/raw.mjs';
import { writeJson, sortedObject } from './data/lib/write.mjs';
import { DATASETS } from './data/datasets.mjs';

const REQUIRED = ['id', 'title', 'publisher', 'version', 'licence', 'citation', 'url', 'caveats', 'raw'];

export function buildAll(outDir) {
  const sources = [];
  for (const build of DATASETS) {
    const { source, files } = build();
    const missing = REQUIRED.filter((key) => source[key] === undefined || source[key] === '');
    if (missing.length) throw new Error(`${source.id}: provenance lacks ${missing.join(', ')}`);
    const meta = Object.fromEntries(
      ['id', 'title', 'publisher', 'version', 'licence', 'citation', 'url', 'caveats'].map((k) => [k, source[k]]),
    );
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
