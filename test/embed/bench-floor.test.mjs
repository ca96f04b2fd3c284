// The benchmarks' floor map (bench/floor-map.js) must keep drawing the map from the embed's own
// data files: when those became compact, the floor stopped drawing and `npm run bench` failed
// with nobody told. Bundled as the benchmarks bundle it, then drawn once in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { bundleFloor } from '../../bench/floor-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(root, 'dist/embed-chunks.json'), 'utf8'));
const vdem = JSON.parse(readFileSync(join(root, 'data/vdem-v15.json'), 'utf8'));

let browser;
let server;
let work;
before(async () => {
  work = mkdtempSync(join(tmpdir(), 'rights-floor-'));
  await bundleFloor(join(work, 'floor.js'));
  writeFileSync(join(work, 'floor.html'), '<!doctype html><meta charset="utf-8"><div id="box"></div>');
  server = await serveStatic(root, { mounts: { '/bench-tmp/': work } });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the floor map draws every country with its V-Dem colour from the embed data file', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/bench-tmp/floor.html`);
    const drawn = await page.evaluate(async (urls) => {
      const { drawMap } = await import('/bench-tmp/floor.js');
      const map = await drawMap(document.getElementById('box'), 2019, urls);
      return [...map.svg.querySelectorAll('path')].map((p) => ({ code: p.dataset.code, fill: p.getAttribute('fill') }));
    }, { world: '/data/world-110m.json', vdem: `/dist/${manifest.data['vdem-v15.json']}` });
    assert.ok(drawn.length > 150, `${drawn.length} countries drawn`);
    // Coded countries get one of the five bins' colours, uncoded ones the grey: both must occur.
    const coded = drawn.filter((d) => vdem.countries[d.code]?.polyarchy?.[2019 - vdem.countries[d.code].start] != null);
    assert.ok(coded.length > 150, `${coded.length} coded in 2019`);
    assert.ok(coded.every((d) => d.fill !== '#c9ced6'), 'a coded country drawn as not coded');
    assert.ok(new Set(coded.map((d) => d.fill)).size === 5, 'all five bins used');
  } finally {
    await page.close();
  }
});
