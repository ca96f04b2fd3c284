// dist/ for bundlers: ESM, one module per source file, .d.ts; lit and the few
// d3 modules stay external so apps dedupe them, and data stays JSON imports
// that every bundler understands. The embed (dist/rights-atlas.js and the
// files beside it) is built by scripts/build-embed.mjs.
import typescript from '@rollup/plugin-typescript';
import json from '@rollup/plugin-json';

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
];
