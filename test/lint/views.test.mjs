// Every `*.lazy.ts` (code a chart loads on first use) is imported by
// test/helpers/views.ts, so that the catalogue checks see its words; and a
// lazy file is loaded only with import(), never imported statically (which
// would put it back into the chart's first download).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const sources = readdirSync(join(root, 'src'), { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join(root, 'src', file));
const lazy = sources.filter((file) => file.endsWith('.lazy.ts'));

test('test/helpers/views.ts imports every *.lazy.ts', () => {
  const helper = readFileSync(join(root, 'test/helpers/views.ts'), 'utf8');
  const imported = [...helper.matchAll(/import '\.\.\/\.\.\/(src\/[\w/.-]+\.lazy)\.js';/g)].map((match) => `${match[1]}.ts`);
  assert.ok(lazy.length > 0, 'some chart loads code on first use');
  assert.deepEqual(imported.sort(), lazy.map((file) => relative(root, file)).sort());
});

test('a *.lazy.ts is loaded only with import()', () => {
  const static_ = sources.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+\.lazy\.js)'/gm)]
      .filter((match) => !/^import\s+type\s/.test(match[0]))
      .map((match) => `${relative(root, file)} imports ${match[1]}`),
  );
  assert.deepEqual(static_, []);
});
