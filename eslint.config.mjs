// Lint: typescript-eslint's recommended rules plus the layering of src/ that
// docs/ARCHITECTURE.md describes. Layers, lowest first:
//   data/  <  core/, geo/  <  democracy/, harm/, assistance/ (themes)  <  charts/<name>/  <  entry files
// A layer imports only from layers below it; a chart never imports a sibling chart's folder.
import tseslint from 'typescript-eslint';

const themes = ['democracy', 'harm', 'assistance'];
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const noCharts = { regex: '(^|/)charts/', message: 'Shared layers must not import a chart: move the shared code down to core/, geo/ or a theme folder.' };
const noThemes = { regex: `(^|/)(${themes.join('|')})/`, message: 'core/, geo/ and data/ must not import a theme folder.' };
const noCore = { regex: '(^|/)(core|geo)/', message: 'data/ must not import core/ or geo/: loaders stay framework-free.' };

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'bench/**', 'custom-elements.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Chai assertions read as expressions (`expect(x).to.be.true`).
  { files: ['test/**'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  { files: ['src/data/**/*.ts'], rules: restrict([noCharts, noThemes, noCore]) },
  { files: ['src/core/**/*.ts', 'src/geo/**/*.ts'], rules: restrict([noCharts, noThemes]) },
  { files: themes.map((theme) => `src/${theme}/**/*.ts`), rules: restrict([noCharts]) },
  {
    files: ['src/charts/**/*.ts'],
    rules: restrict([
      // From src/charts/<name>/x.ts, "../<other>/" is a sibling chart; shared layers are two levels up.
      { regex: '^\\.\\./(?!\\.\\./)', message: 'A chart never imports another chart folder: move the shared code to core/, geo/ or its theme folder.' },
    ]),
  },
);
