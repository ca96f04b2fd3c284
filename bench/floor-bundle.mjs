// Bundles and minifies bench/floor-map.js into `file` as the embed is built (rollup + terser),
// for bench/elements.mjs and bench/map-render.mjs. The floor decodes the embed's compact data
// with the element's own expandJson (src/data/fetch-data.ts), so TypeScript is stripped here.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const stripTypes = {
  name: 'strip-types',
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = await transform(code, { loader: 'ts', format: 'esm', target: 'es2022' });
    return { code: out.code, map: null };
  },
};

export async function bundleFloor(file) {
  const bundle = await rollup({
    input: join(here, 'floor-map.js'),
    plugins: [stripTypes, nodeResolve({ exportConditions: ['production'], extensions: ['.js', '.ts'] }), terser({ format: { comments: false }, ecma: 2022, module: true })],
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
  });
  await bundle.write({ file, format: 'es' });
  await bundle.close();
}
