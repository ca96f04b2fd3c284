// The layering of src/ (docs/ARCHITECTURE.md) is enforced by ESLint; these
// checks make sure the rules really fail on a forbidden import, so a broken
// pattern cannot pass silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function problems(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('a chart importing a sibling chart folder fails', async () => {
  const found = await problems('src/charts/assistance-map/x.ts', "import { layoutMap } from '../democracy-map/map-layout.js';\nexport const y = layoutMap;\n");
  assert.equal(found.length, 1);
  assert.match(found[0], /another chart folder/);
});

test('a chart importing core, geo, data or its theme passes', async () => {
  const code = [
    "import { emit } from '../../core/events.js';",
    "import { layoutMap } from '../../geo/map-layout.js';",
    "import { democracyLoaders } from '../../data/democracy.js';",
    "import { REGIME_NAMES } from '../../democracy/regimes.js';",
    "import { renderMapLegend } from './map-views.js';",
    'export const all = [emit, layoutMap, democracyLoaders, REGIME_NAMES, renderMapLegend];',
  ].join('\n');
  assert.deepEqual(await problems('src/charts/democracy-map/x.ts', code), []);
});

test('core and geo never import a chart or a theme; data never imports core', async () => {
  assert.equal((await problems('src/core/x.ts', "import { a } from '../charts/democracy-map/map-scale.js';\nexport const b = a;\n")).length, 1);
  assert.equal((await problems('src/geo/x.ts', "import { a } from '../democracy/regimes.js';\nexport const b = a;\n")).length, 1);
  assert.equal((await problems('src/data/x.ts', "import { a } from '../core/parse.js';\nexport const b = a;\n")).length, 1);
  assert.equal((await problems('src/democracy/x.ts', "import { a } from '../charts/regime-share/chart.js';\nexport const b = a;\n")).length, 1);
});
