// Views a chart loads on first use (its table and the Download menu's table,
// civilian-harm's comparison view: core/lazy-module.ts) in the embed, as a
// partner page uses it: dist/ on a CDN-like path under the strict CSP of the
// README. The view's file is requested only when a reader asks for the view;
// a failed download shows the load error with its retry, and the retry asks
// again under a fresh URL (a module that failed stays failed under its URL).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, 'embed-chunks.json'), 'utf8'));
const STRICT = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'";
const PROBE = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => __violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

let site;
let server;
let browser;

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
<script src="/site/probe.js"></script><script type="module" src="/cdn/rights-atlas.js"></script></head>
<body><h1>An article</h1>${body}<p>Text after the chart.</p></body></html>`;

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'rights-atlas-lazy-'));
  mkdirSync(join(site, 'cdn'));
  cpSync(dist, join(site, 'cdn'), { recursive: true, filter: (src) => !src.endsWith('.d.ts') });
  mkdirSync(join(site, 'site'));
  writeFileSync(join(site, 'site/probe.js'), PROBE);
  writeFileSync(join(site, 'site/ranking.html'), page('<rights-assistance-ranking measure="aid" year="2019"></rights-assistance-ranking>'));
  writeFileSync(join(site, 'site/comparison.html'), page('<rights-civilian-harm view="official-vs-independent"></rights-civilian-harm>'));
  writeFileSync(join(site, 'site/strikes.html'), page('<rights-strike-map country="SOM"></rights-strike-map>'));
  server = await serveStatic(site, { csp: STRICT });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

/** The file an element loads on first use (its views, or its pointer and key handling), from the build's manifest. */
function viewsFile(element, kind = /-(views|table)-/) {
  const lazy = (manifest.elements[element].lazy ?? []).filter((file) => kind.test(file));
  assert.equal(lazy.length, 1, `<rights-${element}> loads one such file on first use`);
  return lazy[0];
}

async function open(path) {
  const tab = await browser.newPage({ viewport: { width: 900, height: 1000 }, acceptDownloads: true });
  const problems = [];
  const requested = [];
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await tab.goto(`${server.url}/site/${path}`);
  return { tab, problems, requested };
}

test('the table view and the CSV load their code on first use, once, under the strict CSP', async () => {
  const views = `/cdn/${viewsFile('assistance-ranking')}`;
  const { tab, problems, requested } = await open('ranking.html');
  const chart = tab.locator('rights-assistance-ranking');
  await chart.locator('svg.bars g.row').first().waitFor({ state: 'attached' });
  assert.ok(!requested.includes(views), 'the chart is drawn without its table code');

  await chart.locator('.toolbar button[aria-pressed]').click();
  await chart.locator('table tbody tr').nth(9).waitFor({ state: 'attached' });
  assert.equal(requested.filter((path) => path === views).length, 1, 'requested on first use');

  await chart.locator('.toolbar button[aria-haspopup="menu"]').click();
  const [file] = await Promise.all([tab.waitForEvent('download'), chart.locator('.download-panel').getByRole('menuitem', { name: 'Data (CSV)', exact: true }).click()]);
  const csv = readFileSync(await file.path(), 'utf8');
  assert.ok(csv.split('\r\n').length > 20, 'one row per recipient');
  assert.equal(requested.filter((path) => path === views).length, 1, 'the CSV uses the file already loaded');
  assert.deepEqual(await tab.evaluate(() => window.__violations), [], 'no CSP violations');
  assert.deepEqual(problems, []);
  await tab.close();
});

test('a view whose code failed to download says so, and its retry asks again under a fresh URL', async () => {
  const views = viewsFile('civilian-harm');
  const tab = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  const asked = [];
  await tab.route(new RegExp(`/${views.replace(/[.]/g, '\\.')}(\\?.*)?$`), (route) => {
    asked.push(new URL(route.request().url()).search);
    return asked.length > 1 ? route.continue() : route.abort('connectionreset');
  });
  await tab.goto(`${server.url}/site/comparison.html`);
  const chart = tab.locator('rights-civilian-harm');
  const error = chart.locator('.stage .error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /could not be loaded/);
  await error.getByRole('button', { name: 'Try again' }).click();
  await chart.locator('.comparison [role="option"]').first().waitFor({ state: 'attached' });
  assert.equal(await error.count(), 0, 'the error goes once the view is drawn');
  assert.deepEqual(asked, ['', '?attempt=1']);
  assert.notEqual((await chart.locator('.summary').textContent()).trim(), '', 'the summary, which the view code writes, is there');
  assert.deepEqual(errors, []);
  await tab.close();
});

test('a map fetches its pointer and key code while first drawn, and answers the keys once it is here', async () => {
  const interaction = `/cdn/${viewsFile('strike-map', /-interaction-/)}`;
  const views = `/cdn/${viewsFile('strike-map')}`;
  const { tab, problems, requested } = await open('strikes.html');
  const chart = tab.locator('rights-strike-map');
  await chart.locator('svg.map circle.strike, svg.map g.cluster').first().waitFor({ state: 'attached' });
  const map = chart.locator('svg.map');
  await map.focus();
  await tab.keyboard.press('ArrowRight');
  const announced = chart.locator('[role="status"][aria-live="polite"]');
  await tab.waitForFunction((el) => /\d/.test(el.shadowRoot.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? ''), await chart.elementHandle());
  assert.match(await announced.textContent(), /Record \d+ of \d+/);
  assert.equal(requested.filter((path) => path === interaction).length, 1, 'the interaction file, once');
  assert.ok(!requested.includes(views), 'not the table code');
  assert.deepEqual(await tab.evaluate(() => window.__violations), [], 'no CSP violations');
  assert.deepEqual(problems, []);
  await tab.close();
});
