// The Download menu in the embed, as a partner page uses it: dist/ on a
// CDN-like path, one <script> and one tag, under the strict CSP of the
// README. The menu's code is a file of its own, requested only when a reader
// first opens the menu; pictures are made and saved under that CSP; where the
// page's CSP forbids blob: and data: images, the menu says so.
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
/** A page that allows no blob: or data: images: no picture can be made from the chart's SVG. */
const NO_IMAGES = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'";
const PNG_BLOCKED = 'This page does not allow the chart to be turned into a picture. Download the SVG instead.';

let site;
let strict;
let noImages;
let browser;

const PROBE = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => __violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

before(async () => {
  assert.ok(manifest.export, 'embed-chunks.json names the export file (npm run build)');
  site = mkdtempSync(join(tmpdir(), 'rights-atlas-download-'));
  mkdirSync(join(site, 'cdn'));
  cpSync(dist, join(site, 'cdn'), { recursive: true, filter: (src) => !src.endsWith('.d.ts') });
  mkdirSync(join(site, 'site'));
  writeFileSync(join(site, 'site/probe.js'), PROBE);
  writeFileSync(
    join(site, 'site/map.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
<script src="/site/probe.js"></script><script type="module" src="/cdn/rights-atlas.js"></script></head>
<body><h1>An article</h1><rights-democracy-map year="2019"></rights-democracy-map><p>Text after the chart.</p></body></html>`,
  );
  strict = await serveStatic(site, { csp: STRICT });
  noImages = await serveStatic(site, { csp: NO_IMAGES });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await strict?.close();
  await noImages?.close();
  rmSync(site, { recursive: true, force: true });
});

async function open(server, width = 900) {
  const tab = await browser.newPage({ viewport: { width, height: 1000 }, acceptDownloads: true });
  const problems = [];
  const requested = [];
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' && !/favicon|404/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await tab.goto(`${server.url}/site/map.html`);
  await tab.locator('rights-democracy-map path.country').nth(170).waitFor({ state: 'attached' });
  return { tab, problems, requested };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Chooses a menu item and returns the file the browser saved. */
async function download(tab, label) {
  const menu = tab.locator('rights-democracy-map .download-panel');
  if (!(await menu.count())) await tab.locator('rights-democracy-map .toolbar button[aria-haspopup="menu"]').click();
  const [file] = await Promise.all([tab.waitForEvent('download'), menu.getByRole('menuitem', { name: label, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('the menu code loads on first use, and under the strict CSP the SVG, both PNGs and the CSV download', async () => {
  const { tab, problems, requested } = await open(strict);
  const exportPath = `/cdn/${manifest.export}`;
  assert.ok(!requested.includes(exportPath), 'the export file is not requested before the menu is opened');

  const svg = await download(tab, 'Image (SVG)');
  assert.deepEqual(
    requested.filter((path) => path === exportPath),
    [exportPath],
    'requested once, on first use',
  );
  assert.match(svg.name, /^democracy-map-(polyarchy-)?2019\.svg$/);
  const text = svg.bytes.toString('utf8');
  const parsed = await tab.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const root = doc.documentElement;
    return { error: !!doc.querySelector('parsererror'), width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')), text: root.textContent };
  }, text);
  assert.equal(parsed.error, false, 'well-formed SVG');
  const heading = (await tab.locator('rights-democracy-map h2').textContent()).trim();
  assert.ok(parsed.text.includes(heading), 'the heading is in the SVG');
  assert.match(parsed.text, /V-Dem/, 'the credit line is in the SVG');
  assert.match(parsed.text, /CC BY-SA 4\.0/, 'the licence is in the SVG');

  const png = await download(tab, 'Image (PNG)');
  assert.match(png.name, /\.png$/);
  assert.deepEqual(pngSize(png.bytes), [parsed.width * 2, parsed.height * 2], 'PNG at twice the size');

  const social = await download(tab, 'Image for social media (PNG, 1200×675)');
  assert.match(social.name, /-social\.png$/);
  assert.deepEqual(pngSize(social.bytes), [1200, 675]);

  // The CSV, where the chart gives its table (core/export/data-table.ts).
  const givesTable = await tab.evaluate(() => typeof document.querySelector('rights-democracy-map').dataTable === 'function');
  if (givesTable) {
    const csv = await download(tab, 'Data (CSV)');
    assert.match(csv.name, /\.csv$/);
    assert.ok(csv.bytes.toString('utf8').split('\r\n').length > 100, 'one row per country');
  }

  // Once the export file is in, no further request for it.
  assert.equal(requested.filter((path) => path === exportPath).length, 1);
  assert.deepEqual(await tab.evaluate(() => window.__violations), [], 'no CSP violations');
  assert.deepEqual(problems, []);
  await tab.close();
});

test('where the page forbids blob: and data: images, the menu says a picture cannot be made; the SVG still downloads', async () => {
  const { tab, problems } = await open(noImages, 360);
  await tab.locator('rights-democracy-map .toolbar button[aria-haspopup="menu"]').click();
  const menu = tab.locator('rights-democracy-map .download-panel');
  await menu.getByRole('menuitem', { name: 'Image (PNG)', exact: true }).click();
  const status = menu.locator('.download-status');
  await tab.waitForFunction(
    (message) => document.querySelector('rights-democracy-map').shadowRoot.querySelector('.download-status')?.textContent === message,
    PNG_BLOCKED,
  );
  assert.equal(await status.isVisible(), true, 'the message is visible');
  assert.equal(await menu.getByRole('menuitem', { name: 'Image (PNG)', exact: true }).getAttribute('aria-disabled'), 'true');
  // The message fits the phone-width chart.
  const chart = await tab.locator('rights-democracy-map .chart').boundingBox();
  const box = await menu.boundingBox();
  assert.ok(box.x >= chart.x && box.x + box.width <= chart.x + chart.width + 0.5, 'the menu fits the 360 px chart');
  const violations = await tab.evaluate(() => window.__violations);
  assert.ok(violations.length > 0 && violations.every((v) => v.startsWith('img-src')), `only the blocked images: ${violations.join(', ')}`);

  const svg = await download(tab, 'Image (SVG)');
  assert.match(svg.name, /\.svg$/);
  assert.deepEqual(problems.filter((p) => p.startsWith('pageerror')), [], 'no uncaught exception');
  await tab.close();
});

test('a menu file whose download failed is asked for again under a fresh URL on the next click', async () => {
  const tab = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  const asked = [];
  const file = new RegExp(`/${manifest.export.replace(/[.]/g, '\\.')}(\\?.*)?$`);
  await tab.route(file, (route) => {
    asked.push(new URL(route.request().url()).search);
    return asked.length > 1 ? route.continue() : route.abort('connectionreset');
  });
  await tab.goto(`${strict.url}/site/map.html`);
  await tab.locator('rights-democracy-map path.country').nth(170).waitFor({ state: 'attached' });
  const button = tab.locator('rights-democracy-map .toolbar button[aria-haspopup="menu"]');
  await button.click();
  const message = tab.locator('rights-democracy-map .download-failed');
  await message.waitFor({ state: 'visible' });
  assert.match(await message.textContent(), /could not be loaded/);
  await button.click();
  await tab.locator('rights-democracy-map .download-panel [role="menuitem"]').first().waitFor({ state: 'visible' });
  assert.equal(await message.count(), 0, 'the message goes once the menu opens');
  assert.deepEqual(asked, ['', '?attempt=1']);
  assert.deepEqual(errors, []);
  await tab.close();
});
