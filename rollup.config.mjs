// Two builds:
//  1. dist/ (ESM for bundlers, one module per source file, .d.ts; lit and the
//     few d3 modules stay external so apps dedupe them).
//  2. dist/rights-atlas.js, the embed: everything bundled, Lit in production
//     mode, minified; data and geometry become lazy chunks beside it.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';

/** Writes dist/embed-chunks.json: each chunk's static and dynamic imports, for the size report. */
function chunkManifest() {
  return {
    name: 'chunk-manifest',
    generateBundle(_, bundle) {
      const chunks = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunks[file] = {
          entry: chunk.isEntry,
          module: chunk.facadeModuleId ? chunk.facadeModuleId.replace(process.cwd() + '/', '') : null,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
        };
      }
      this.emitFile({ type: 'asset', fileName: 'embed-chunks.json', source: JSON.stringify(chunks, null, 2) });
    },
  };
}

/**
 * Loads a lazy chunk's static imports together with the chunk, not after it.
 * Without this a browser learns that the map chunk needs d3-geo, the layout and
 * the loaders only once the map chunk has arrived and been parsed: two or three
 * round trips in a row. Every `import("./chunk.js")` with static imports becomes
 * `Promise.all([import("./chunk.js"), import("./dep.js"), ...]).then((m) => m[0])`,
 * listing the chunk's whole static import tree except what the importer has
 * already loaded. Runs after minification, on the final file names.
 */
function parallelChunkImports() {
  return {
    name: 'parallel-chunk-imports',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const staticTree = (file, seen = new Set()) => {
        for (const dependency of byFile.get(file)?.imports ?? []) {
          if (!seen.has(dependency)) {
            seen.add(dependency);
            staticTree(dependency, seen);
          }
        }
        return seen;
      };
      for (const importer of chunks) {
        const loaded = staticTree(importer.fileName).add(importer.fileName);
        for (const target of importer.dynamicImports) {
          const extra = [...staticTree(target)].filter((file) => !loaded.has(file));
          if (extra.length === 0) continue;
          const pattern = new RegExp(`import\\((["'])\\./${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1\\)`, 'g');
          const calls = [target, ...extra].map((file) => `import("./${file}")`).join(',');
          const replaced = importer.code.replace(pattern, `Promise.all([${calls}]).then(m=>m[0])`);
          if (replaced === importer.code) this.error(`parallel-chunk-imports: import("./${target}") not found in ${importer.fileName}`);
          importer.code = replaced;
        }
      }
    },
  };
}

const external = (id) => /^(lit|@lit\/|lit-html|lit-element|d3-|topojson-client|tslib)/.test(id);

export default [
  {
    input: { index: 'src/index.ts' },
    external,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
    plugins: [
      json({ compact: true, preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', noEmitOnError: true }),
    ],
  },
  {
    input: { 'rights-atlas': 'src/embed.ts' },
    // Chunks import Lit and core straight from the entry (no facade file, one request fewer).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'rights-atlas-[name]-[hash].js',
    },
    plugins: [
      chunkManifest(),
      parallelChunkImports(),
      nodeResolve({ exportConditions: ['production'] }),
      json({ compact: true, preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, noEmitOnError: true, outDir: 'dist' }),
      terser({ format: { comments: false }, ecma: 2022, module: true }),
    ],
  },
];
