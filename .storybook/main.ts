// Storybook 10 for the rights-atlas elements, runnable offline.
//
// Decorators (the "Vite 8 decorator trap"): the project uses legacy decorators
// (`experimentalDecorators`) with `useDefineForClassFields: false`, as tsc and
// @rollup/plugin-typescript do in the library build. Checked with Storybook
// 10.6 + Vite 8.3 (Oxc): Vite reads both options from tsconfig.json and emits
// `__decorate` calls plus constructor assignments (no class fields shadowing
// Lit's accessors), so stories render and update. The trap would bite if the
// project switched to standard decorators, or if Vite stopped reading those
// options: then `SB_ESBUILD_TS=1` compiles `src/**/*.ts` with esbuild and the
// project's compilerOptions before Vite sees them (a pre-plugin, also tested).
// stories/check-stories.mjs sets a reactive property on every story and fails
// if the element does not re-render, so a regression cannot pass silently.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const srcDir = resolve(root, 'src') + sep;
const require = createRequire(import.meta.url);

/** The project's tsconfig compilerOptions (JSON without comments). */
function projectCompilerOptions(): Record<string, unknown> {
  const tsconfig = JSON.parse(readFileSync(resolve(root, 'tsconfig.json'), 'utf8')) as {
    compilerOptions?: Record<string, unknown>;
  };
  // Passed as they are: esbuild follows experimentalDecorators (legacy) or, when
  // it is off, lowers standard decorators, which Vite 8 leaves untransformed.
  return tsconfig.compilerOptions ?? {};
}

/** Compiles project `src/**\/*.ts` with esbuild and the project's own compilerOptions. */
function esbuildTypeScript(): Plugin {
  const compilerOptions = projectCompilerOptions();
  let transform: typeof import('esbuild').transform | undefined;
  return {
    name: 'rights-atlas:esbuild-ts',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(srcDir) || !file.endsWith('.ts') || file.endsWith('.d.ts')) return null;
      transform ??= (await import('esbuild')).transform;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        format: 'esm',
        sourcemap: true,
        sourcefile: file,
        tsconfigRaw: { compilerOptions } as import('esbuild').TsconfigRaw,
      });
      // Already JavaScript now: stop Vite's own TS transform from running again.
      return { code: result.code, map: result.map, moduleType: 'js' };
    },
  };
}

/**
 * Autodocs pages (tags: ['autodocs'] in preview.ts) need @storybook/addon-docs,
 * which is not a devDependency yet; it is added when installed.
 */
function hasPackage(name: string): boolean {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}
const docs = hasPackage('@storybook/addon-docs');

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: docs ? ['@storybook/addon-docs'] : [],
  core: { disableTelemetry: true },
  ...(docs ? { docs: { defaultName: 'Docs' } } : {}),
  // custom-elements.json is written by `npm run analyze` (the start and build:storybook scripts run it first).
  async viteFinal(viteConfig) {
    if (!existsSync(resolve(root, 'custom-elements.json'))) {
      throw new Error('custom-elements.json is missing: run "npm run analyze" first (npm start and npm run build:storybook do).');
    }
    if (process.env.SB_ESBUILD_TS !== '1') return viteConfig;
    return { ...viteConfig, plugins: [esbuildTypeScript(), ...(viteConfig.plugins ?? [])] };
  },
};

export default config;
