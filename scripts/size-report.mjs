#!/usr/bin/env node
// Size report of the embed build, from dist/embed-chunks.json (written by
// scripts/build-embed.mjs): the entry, each element's code as a page downloads
// it (entry + the element's file; data excluded), the views an element loads
// on first use (its table, a second view), the Download menu's file
// (loaded only when a reader opens the menu, so in no element's first load),
// and every data file. Checked against the budgets agreed in the issues; exits
// 1 when a budget is exceeded, so `npm run build` fails rather than shipping it.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const KB = 1024;
/**
 * Issue #2: code to render one element, data and geometry excluded (35 kB
 * gzip); issue #3: each data file. What a chart loads on first use or while
 * it is first drawn (its table view, the Download menu's table,
 * civilian-harm's comparison view, the maps' pointer and key handling:
 * `*.lazy.ts`, core/lazy-module.ts) is listed under it, outside the budget:
 * no first drawing waits for it.
 */
export const BUDGETS = { elementCode: 35 * KB, dataChunk: 150 * KB };

export function sizeReport(dir = resolve(dirname(fileURLToPath(import.meta.url)), '../dist')) {
  const manifestPath = join(dir, 'embed-chunks.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run npm run build:lib first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const size = (file) => {
    const bytes = readFileSync(join(dir, file));
    return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const entry = size(manifest.entry);
  const rows = [{ name: 'entry (Lit, core, autoloader)', kind: 'entry', files: [manifest.entry], ...entry }];
  for (const [element, { file, lazy = [] }] of Object.entries(manifest.elements)) {
    const own = size(file);
    rows.push({
      name: `<rights-${element}> code`,
      kind: 'element',
      files: [manifest.entry, file],
      min: entry.min + own.min,
      gzip: entry.gzip + own.gzip,
      budget: BUDGETS.elementCode,
    });
    for (const view of lazy) {
      const name = view.replace(new RegExp(`^rights-atlas-${element}-(.+)-[\\w-]{8}\\.js$`), '$1');
      rows.push({ name: `  + ${name} (on first use)`, kind: 'view', files: [view], ...size(view) });
    }
  }
  if (manifest.export) {
    rows.push({ name: 'download menu (on first use)', kind: 'export', files: [manifest.export], ...size(manifest.export) });
  }
  for (const [name, file] of Object.entries(manifest.data)) {
    rows.push({ name: `data/${name}`, kind: 'data', files: [file], ...size(file), budget: BUDGETS.dataChunk });
  }
  return rows.map((row) => ({ ...row, over: row.budget !== undefined && row.gzip > row.budget }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = sizeReport();
  const kb = (n) => `${(n / KB).toFixed(1)} kB`;
  console.log('\nEmbed build size (dist/rights-atlas.js; element code = entry + element file)');
  console.log(`${'what'.padEnd(44)} ${'min'.padStart(10)} ${'gzip'.padStart(10)}  budget`);
  for (const r of rows) {
    const budget = r.budget ? `${r.over ? 'OVER' : 'ok'} (<= ${kb(r.budget)} gzip)` : '';
    console.log(`${r.name.padEnd(44)} ${kb(r.min).padStart(10)} ${kb(r.gzip).padStart(10)}  ${budget}`);
  }
  const over = rows.filter((r) => r.over);
  if (over.length) {
    console.error(`\nSize budget exceeded: ${over.map((r) => r.name).join(', ')}`);
    process.exit(1);
  }
  console.log('\nAll size budgets hold.');
}
