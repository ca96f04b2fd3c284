// Two builds:
//  1. dist/ (ESM for bundlers, one module per source file, .d.ts; lit, d3 and
//     topojson stay external so apps dedupe them).
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
      nodeResolve({ exportConditions: ['production'] }),
      json({ compact: true, preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, noEmitOnError: true, outDir: 'dist' }),
      terser({ format: { comments: false }, ecma: 2022, module: true }),
    ],
  },
];
