#!/usr/bin/env node
// The embed build: dist/rights-atlas.js (the one <script> a partner adds) and,
// beside it, one file per element and one JSON file per dataset.
//
//   rights-atlas.js                    Lit, the shared core, the autoloader
//   rights-atlas-<element>-<hash>.js   everything else the element needs to draw
//   rights-atlas-<element>-<view>-<hash>.js   a view the element loads on first
//                                      use (its table, a second view)
//   rights-atlas-<data>-<hash>.json    data, fetched and parsed as JSON
//   rights-atlas-export-<hash>.js      the Download menu (CSV, SVG, PNG), loaded
//                                      when a reader first opens it
//   frame.html (+ rights-atlas-frame-page.js, .css)   the iframe embed
//   rights-atlas-frame.js              optional: sizes those iframes on a partner's page
//
// A page with one chart therefore makes the script's request, the element's,
// and one per data file it shows. Code that several elements share but the
// entry does not need is copied into each element's file rather than split
// into shared chunks: more requests in a row cost a reader more than a few
// repeated kilobytes, and a file that does not import another lazily loaded
// file can be fetched afresh after a failed download (a module that failed
// stays failed under its URL until the page reloads).
//
// Four passes of rollup:
//  E. the Download menu's code (core/export/), one file that imports nothing,
//     which the element files load with import() on first use (their
//     toolbar's Download button); the entry and the element files stay
//     without it;
//  A. the entry's module graph (which modules the entry itself contains);
//  B. each element, importing anything in that graph from ./rights-atlas.js,
//     with the views it loads on first use as files of their own;
//  C. the entry, exporting exactly the bindings the elements import, with the
//     element files' names filled in.
// Writes dist/embed-chunks.json for the size report and the embed tests.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { minifyCss } from './lib/minify-css.mjs';
import { compactJson } from './lib/compact-json.mjs';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--out <dir>` writes the embed elsewhere (e.g. to measure a change without touching dist/).
const outIndex = process.argv.indexOf('--out');
const dist = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, 'dist');
const ENTRY_FILE = 'rights-atlas.js';
/** What element files import the entry's bindings from (rewritten to ./rights-atlas.js). */
const ENTRY_ID = 'rights-atlas:entry';
const ELEMENTS = readdirSync(join(root, 'src/charts')).sort();
const elementIndex = (name) => join(root, 'src/charts', name, 'index.ts');
const isElementIndex = (id) => /\/src\/charts\/[^/]+\/index\.(ts|js)$/.test(id);

/** The Download menu: its own file, loaded by toolbar.ts with import() the first time a reader opens it. */
const EXPORT_SOURCE = join(root, 'src/core/export/download-menu.ts');
const EXPORT_ID = 'rights-atlas:export';

const minifyCssTemplates = (code) => code.replace(/\bcss`([^`]*)`/g, (_, text) => `css\`${minifyCss(text)}\``);

/** TypeScript to JavaScript (types are checked by `npm run typecheck`, not here). */
function typescript() {
  const tsconfigRaw = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } };
  return {
    name: 'typescript',
    async resolveId(source, importer, options) {
      // Sources import each other as `./x.js`; the files are `x.ts`.
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const resolved = await this.resolve(source.replace(/\.js$/, '.ts'), importer, { ...options, skipSelf: true });
      return resolved ?? null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(minifyCssTemplates(code), { loader: 'ts', target: 'es2022', format: 'esm', tsconfigRaw, sourcefile: id });
      return { code: result.code, map: null };
    },
  };
}

/**
 * `import('…/data/x.json')` (or `…/i18n/lang-fr.json`) becomes `fetchDataModule(<url of x.json beside the script>)`
 * and the JSON, minified (year series delta-coded where that is smaller:
 * lib/compact-json.mjs), becomes an asset with a content hash in its name.
 */
function dataAsFetch() {
  const fetchModule = join(root, 'src/data/fetch-data.ts');
  // Data files, and the language catalogues (src/i18n/lang-<code>.json), which load the same way.
  const pattern = /import\((['"])((?:\.\.?\/)+(?:data|i18n)\/[\w.-]+\.json)\1\)/g;
  return {
    name: 'data-as-fetch',
    transform(code, id) {
      if (!id.endsWith('.ts') || !pattern.test(code)) return null;
      pattern.lastIndex = 0;
      const rewritten = code.replace(pattern, (_, _quote, path) => {
        const file = resolve(dirname(id), path);
        const source = compactJson(JSON.parse(readFileSync(file, 'utf8')));
        const ref = this.emitFile({ type: 'asset', name: basename(file), source });
        return `__fetchDataModule(import.meta.ROLLUP_FILE_URL_${ref})`;
      });
      return { code: `import { fetchDataModule as __fetchDataModule } from ${JSON.stringify(fetchModule)};\n${rewritten}`, map: null };
    },
  };
}

const common = (extra = []) => [
  ...extra,
  dataAsFetch(),
  typescript(),
  nodeResolve({ exportConditions: ['production'], extensions: ['.ts', '.js', '.mjs'] }),
];
const output = {
  dir: dist,
  format: 'es',
  assetFileNames: 'rights-atlas-[name]-[hash][extname]',
  // EMBED_READABLE=1 keeps names and lines, for reading a profile of the embed (bench/README.md).
  plugins: [
    process.env.EMBED_READABLE
      ? terser({ format: { comments: false, beautify: true }, ecma: 2022, module: true, compress: false, mangle: false })
      : terser({ format: { comments: false }, ecma: 2022, module: true, compress: { passes: 3 } }),
  ],
};
const quiet = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
  // A proxy offers every export of an entry module; an element uses some.
  if (warning.code === 'UNUSED_EXTERNAL_IMPORT' && warning.exporter === ENTRY_ID) return;
  warn(warning);
};

// E. The Download menu's file.
let exportFile;
{
  const bundle = await rollup({ input: { export: EXPORT_SOURCE }, onwarn: quiet, plugins: common() });
  const { output: written } = await bundle.write({ ...output, entryFileNames: 'rights-atlas-[name]-[hash].js', inlineDynamicImports: true });
  await bundle.close();
  const chunks = written.filter((file) => file.type === 'chunk');
  if (chunks.length !== 1 || chunks[0].imports.length || chunks[0].dynamicImports.length) throw new Error('the export file must be one file that imports nothing');
  exportFile = chunks[0].fileName;
}

/**
 * The entry's and the elements' import() of the Download menu stays an
 * import() of its file (`./rights-atlas-export-<hash>.js`, beside theirs),
 * and toolbar.ts learns the file's name (to ask again under a fresh URL after
 * a failed download).
 */
function exportAsFile() {
  const marker = '/* export-file */ undefined';
  return {
    name: 'export-as-file',
    async resolveId(source, importer, options) {
      if (source === EXPORT_ID) return { id: EXPORT_ID, external: true };
      if (!importer || !/\/download-menu(\.[jt]s)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === EXPORT_SOURCE ? { id: EXPORT_ID, external: true } : resolved;
    },
    transform(code, id) {
      if (!id.endsWith('/src/core/toolbar.ts')) return null;
      if (!code.includes(marker)) this.error(`src/core/toolbar.ts has lost its "${marker}" marker`);
      return { code: code.replace(marker, JSON.stringify(exportFile)), map: null };
    },
  };
}

// A. The entry's own module graph and each module's exports.
const entryModules = new Map();
{
  const bundle = await rollup({
    input: join(root, 'src/embed.ts'),
    onwarn: quiet,
    external: (id) => isElementIndex(id),
    plugins: common([
      exportAsFile(),
      {
        name: 'entry-graph',
        async buildEnd() {
          // Own and re-exported names; `export *` is followed to the modules it names.
          const own = new Map();
          const stars = new Map();
          for (const id of this.getModuleIds()) {
            const info = this.getModuleInfo(id);
            if (info.isExternal) continue;
            own.set(id, (info.exports ?? []).filter((name) => name !== '*'));
            const sources = Object.entries(info.exportedBindings ?? {}).filter(([, names]) => names.includes('*'));
            stars.set(id, await Promise.all(sources.map(async ([source]) => (await this.resolve(source, id)).id)));
          }
          const all = (id, seen = new Set()) => {
            if (seen.has(id)) return [];
            seen.add(id);
            return [...new Set([...(own.get(id) ?? []), ...(stars.get(id) ?? []).flatMap((star) => all(star, seen).filter((name) => name !== 'default'))])];
          };
          for (const id of own.keys()) entryModules.set(id, all(id));
        },
      },
    ]),
  });
  await bundle.close();
}
const moduleIndex = new Map([...entryModules.keys()].map((id, index) => [id, index]));
/** The entry's export name for `name` of entry module `id`: short, unique, the same from build to build. */
const exportName = (id, name) => `$${moduleIndex.get(id).toString(36)}_${entryModules.get(id).indexOf(name).toString(36)}`;

/**
 * A view's code that a chart loads on first use (core/lazy-module.ts) is a
 * file of its own. Its import() keeps a count of failed downloads on the
 * importing file's `import.meta` and asks again under a fresh URL
 * (`?attempt=1`…): a module that failed stays failed under its URL until the
 * page reloads. Written inline, so the element file needs no helper for it.
 */
function lazyViewRetry() {
  return {
    name: 'lazy-view-retry',
    renderDynamicImport({ targetChunk }) {
      if (!targetChunk) return null; // the Download menu's file: toolbar.ts retries it itself
      return {
        left: '((f,m)=>{const t=m.rightsAtlasFailed??={};return import(t[f]?f+"?attempt="+t[f]:f).catch(e=>{t[f]=(t[f]||0)+1;throw e})})(new URL(',
        right: ',import.meta.url).href,import.meta)',
      };
    },
  };
}

// B. Each element in its file, and each view it loads on first use in a file
// of its own; what the entry has comes from the entry.
const elementFiles = {};
const needed = new Map(); // entry export name -> [module id, name]
for (const element of ELEMENTS) {
  const proxyPrefix = '\0entry-proxy:';
  const bundle = await rollup({
    input: { [element]: elementIndex(element) },
    // The element's file may export more than its index does: what its lazily loaded views import from it.
    preserveEntrySignatures: 'allow-extension',
    onwarn: quiet,
    plugins: common([
      exportAsFile(),
      lazyViewRetry(),
      {
        name: 'import-from-entry',
        async resolveId(source, importer, options) {
          if (source === ENTRY_ID) return { id: ENTRY_ID, external: true };
          if (source.startsWith(proxyPrefix) || !importer) return null;
          const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
          if (resolved && !resolved.external && entryModules.has(resolved.id)) return proxyPrefix + resolved.id;
          return resolved;
        },
        load(id) {
          if (!id.startsWith(proxyPrefix)) return null;
          const target = id.slice(proxyPrefix.length);
          const names = entryModules.get(target);
          for (const name of names) needed.set(exportName(target, name), [target, name]);
          const specifiers = names.map((name) => `${exportName(target, name)} as ${name === 'default' ? 'default' : name}`);
          return { code: `export { ${specifiers.join(', ')} } from ${JSON.stringify(ENTRY_ID)};`, moduleSideEffects: false };
        },
      },
    ]),
  });
  const { output: files } = await bundle.write({
    ...output,
    entryFileNames: 'rights-atlas-[name]-[hash].js',
    chunkFileNames: (chunk) => `rights-atlas-${element}-${chunk.name.replace(/\.lazy$/, '')}-[hash].js`,
    paths: { [ENTRY_ID]: `./${ENTRY_FILE}`, [EXPORT_ID]: `./${exportFile}` },
  });
  await bundle.close();
  const chunks = files.filter((file) => file.type === 'chunk');
  const chunk = chunks.find((file) => file.isEntry);
  const lazy = chunks.filter((file) => file !== chunk);
  for (const view of lazy) {
    // Asked for again under a fresh URL after a failed download, a view's file
    // must not depend on another lazily loaded file, which would stay failed.
    const others = view.imports.filter((file) => file !== `./${ENTRY_FILE}` && file !== chunk.fileName);
    if (!view.isDynamicEntry || others.length) throw new Error(`${view.fileName}: a lazily loaded view must import only the entry and its element's file (imports ${others.join(', ')})`);
  }
  elementFiles[element] = {
    file: chunk.fileName,
    lazy: lazy.map((file) => file.fileName),
    entryImports: [...new Set(chunks.flatMap((file) => file.importedBindings[`./${ENTRY_FILE}`] ?? []))],
    data: files.filter((file) => file.type === 'asset').map((file) => file.fileName),
  };
}

// C. The entry: embed.ts, plus the bindings the elements import from it.
const used = new Set(Object.values(elementFiles).flatMap((element) => element.entryImports));
const byModule = new Map();
for (const name of used) {
  const [id, original] = needed.get(name);
  byModule.set(id, [...(byModule.get(id) ?? []), `${original} as ${name}`]);
}
const entrySource = [
  `export * from ${JSON.stringify(join(root, 'src/embed.ts'))};`,
  ...[...byModule].map(([id, specifiers]) => `export { ${specifiers.join(', ')} } from ${JSON.stringify(id)};`),
].join('\n');
const hashes = Object.fromEntries(
  ELEMENTS.map((element) => {
    const hash = elementFiles[element].file.match(new RegExp(`^rights-atlas-${element}-([^.]+)\\.js$`))?.[1];
    if (!hash) throw new Error(`unexpected element file name ${elementFiles[element].file}`);
    return [element, hash];
  }),
);
let entryData = [];
{
  const bundle = await rollup({
    input: { 'rights-atlas': ENTRY_ID },
    onwarn: quiet,
    preserveEntrySignatures: 'strict',
    external: (id) => isElementIndex(id),
    plugins: common([
      exportAsFile(),
      {
        name: 'entry',
        resolveId: (source) => (source === ENTRY_ID ? ENTRY_ID : null),
        load: (id) => (id === ENTRY_ID ? entrySource : null),
        transform(code, id) {
          // The element files' hashes, so the entry loads each file by its URL (again under a
          // fresh URL after a failed download); their bundled imports are left out of the entry.
          if (id.endsWith('/src/element-code.ts')) {
            const names = [...code.matchAll(/'([a-z-]+)': \(\) => import\('\.\/charts\/\1\/index\.js'\)/g)].map((match) => match[1]).sort();
            if (names.join() !== ELEMENTS.join()) this.error(`src/element-code.ts: expected one bundled import per element, found ${names.join(', ')}`);
            return { code: 'export const BUNDLED = undefined;', map: null };
          }
          if (!id.endsWith('/src/elements.ts')) return null;
          const marker = '/* embed-hashes */ undefined';
          if (!code.includes(marker)) this.error(`src/elements.ts has lost its "${marker}" marker`);
          return { code: code.replace(marker, JSON.stringify(hashes)), map: null };
        },
      },
    ]),
  });
  const { output: written } = await bundle.write({ ...output, entryFileNames: '[name].js', paths: (id) => (id === EXPORT_ID ? `./${exportFile}` : id) });
  await bundle.close();
  const entry = written.find((file) => file.type === 'chunk' && file.isEntry);
  if (written.some((file) => file.type === 'chunk' && !file.isEntry)) throw new Error('the entry split into several files');
  const bundledElements = [...entry.imports, ...entry.dynamicImports].filter((file) => isElementIndex(file));
  if (bundledElements.length) throw new Error(`the entry imports element code instead of loading it by hash: ${bundledElements.join(', ')}`);
  for (const element of ELEMENTS) {
    if (!new RegExp(`["']?${element}["']?\\s*:\\s*["']${hashes[element]}["']`).test(entry.code)) throw new Error(`the entry does not load ${elementFiles[element].file}`);
  }
  if (entry.imports.includes(`./${exportFile}`)) throw new Error('the entry imports the Download menu: it must load on first use');
  entryData = written.filter((file) => file.type === 'asset').map((file) => file.fileName);
}

// D. The iframe embed: frame.html draws one element from its URL query, with
// the attributes custom-elements.json documents; rights-atlas-frame.js sizes
// such iframes on the partner's page.
const FRAME = { page: 'frame.html', script: 'rights-atlas-frame-page.js', css: 'rights-atlas-frame.css', host: 'rights-atlas-frame.js' };
{
  const cem = join(root, 'custom-elements.json');
  if (!existsSync(cem)) throw new Error('custom-elements.json is missing: run "npm run analyze" before the embed build');
  const attributes = {};
  for (const module of JSON.parse(readFileSync(cem, 'utf8')).modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName && ELEMENTS.includes(declaration.tagName.replace(/^rights-/, ''))) {
        attributes[declaration.tagName] = (declaration.attributes ?? []).map((attribute) => attribute.name).sort();
      }
    }
  }
  for (const element of ELEMENTS) if (!attributes[`rights-${element}`]) throw new Error(`custom-elements.json does not document <rights-${element}>`);
  const fill = (marker, value) => ({
    name: 'fill',
    transform(code, id) {
      if (!id.endsWith('/src/frame/page.ts')) return null;
      if (!code.includes(marker)) this.error(`src/frame/page.ts has lost its "${marker}" marker`);
      return { code: code.replace(marker, JSON.stringify(value)), map: null };
    },
  });
  for (const [input, file, format] of [
    ['src/frame/page.ts', FRAME.script, 'es'],
    ['src/frame/host.ts', FRAME.host, 'iife'],
  ]) {
    const bundle = await rollup({ input: join(root, input), onwarn: quiet, plugins: common([fill('/* frame-attributes */ {}', attributes)]) });
    await bundle.write({ ...output, format, file: join(dist, file), dir: undefined });
    await bundle.close();
  }
  writeFileSync(
    join(dist, FRAME.css),
    minifyCss(`
      body { margin: 0; }
      html.transparent, html.transparent body { background: transparent; }
      .frame-notice { font: 14px/1.4 system-ui, sans-serif; margin: 0 0 8px; padding: 6px 8px; background: #fff4d6; color: #5c3d00; border-radius: 3px; }
    `),
  );
  writeFileSync(
    join(dist, FRAME.page),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chart</title>
<link rel="stylesheet" href="${FRAME.css}">
<script type="module" src="${ENTRY_FILE}"></script>
<script type="module" src="${FRAME.script}"></script>
</head>
<body></body>
</html>
`,
  );
}

const manifest = {
  entry: ENTRY_FILE,
  export: exportFile,
  frame: FRAME,
  elements: Object.fromEntries(ELEMENTS.map((element) => [element, { file: elementFiles[element].file, lazy: elementFiles[element].lazy, data: elementFiles[element].data }])),
  entryData,
  data: Object.fromEntries(
    [...new Set([...entryData, ...Object.values(elementFiles).flatMap((element) => element.data)])]
      .sort()
      .map((file) => [file.replace(/^rights-atlas-(.+)-[\w-]{8}\.json$/, '$1.json'), file]),
  ),
};
writeFileSync(join(dist, 'embed-chunks.json'), JSON.stringify(manifest, null, 2));
console.log(`embed: ${ENTRY_FILE}, ${ELEMENTS.length} element files, ${exportFile}, ${Object.keys(manifest.data).length} data files`);
