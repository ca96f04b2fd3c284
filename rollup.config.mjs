// Two builds:
//  1. dist/ (ESM for bundlers, one module per source file, .d.ts; lit, d3 and
//     topojson stay external so apps dedupe them).
//  2. dist/rights-atlas.js, the embed: everything bundled, Lit in production
//     mode, minified; data and geometry become lazy chunks beside it.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';

const external = (id) => /^(lit|@lit\/|lit-html|lit-element|d3-|topojson-client|tslib)/.test(id);

export default [
  {
    input: { index: 'src/index.ts', 'democracy-map': 'src/charts/democracy-map/index.ts' },
    external,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: (chunk) => (chunk.facadeModuleId?.endsWith('.json') ? 'data/[name].js' : '[name].js'),
    },
    plugins: [
      json({ compact: true, preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', noEmitOnError: true }),
    ],
  },
  {
    input: { 'rights-atlas': 'src/index.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'rights-atlas-[name]-[hash].js',
    },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      json({ compact: true, preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, noEmitOnError: true, outDir: 'dist' }),
      terser({ format: { comments: false }, ecma: 2022, module: true }),
    ],
  },
];
