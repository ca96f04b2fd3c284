// The iframe embed (dist/frame.html and rights-atlas-frame.js) as a partner
// page without our script uses it: one chart per iframe from its URL query,
// the host script sizing each iframe to its content, under a strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// RIGHTS_ATLAS_DIST=<dir>: another embed build (node scripts/build-embed.mjs --out <dir>).
const dist = resolve(process.env.RIGHTS_ATLAS_DIST ?? join(root, 'dist'));
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; frame-src 'self'";
const manifest = JSON.parse(readFileSync(join(dist, 'embed-chunks.json'), 'utf8'));
const ELEMENTS = Object.keys(manifest.elements);

let site;
let server;
let other;
let browser;

const VIOLATIONS = "window.__violations=[];document.addEventListener('securitypolicyviolation',e=>__violations.push(e.violatedDirective+' '+e.blockedURI));";

function hostPage(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
<script src="/site/violations.js"></script>
<script src="/cdn/rights-atlas-frame.js"></script>
<link rel="stylesheet" href="/site/frame.css"></head>
<body><h1>An article</h1>${body}<p>Text after the chart.</p></body></html>`;
}

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'rights-atlas-frame-'));
  mkdirSync(join(site, 'cdn'));
  cpSync(dist, join(site, 'cdn'), { recursive: true, filter: (src) => !src.endsWith('.d.ts') });
  mkdirSync(join(site, 'site'));
  writeFileSync(join(site, 'site/violations.js'), VIOLATIONS);
  const frames = ELEMENTS.map((name) => `<iframe id="${name}" title="${name}" src="/cdn/frame.html?chart=${name}"></iframe>`).join('\n');
  writeFileSync(join(site, 'site/every.html'), hostPage(frames));
  writeFileSync(
    join(site, 'site/one.html'),
    hostPage('<iframe id="map" title="Map" src="/cdn/frame.html?chart=democracy-map&year=2019&highlight=HUN+IND&colour=red&%3Cb%3E=1"></iframe>'),
  );
  writeFileSync(join(site, 'site/sandboxed.html'), hostPage('<iframe id="map" title="Map" sandbox="allow-scripts" src="/cdn/frame.html?chart=regime-share"></iframe>'));
  writeFileSync(join(site, 'site/frame.css'), 'iframe{border:0;width:100%;display:block}');
  writeFileSync(
    join(site, 'site/coloured.html'),
    hostPage('<iframe id="map" title="Map" src="/cdn/frame.html?chart=democracy-map&view=table&theme=dark&lang=fr&transparent"></iframe>').replace(
      '</head>',
      '<link rel="stylesheet" href="/site/coloured.css"></head>',
    ),
  );
  writeFileSync(join(site, 'site/coloured.css'), 'body{background:rgb(255,0,255);margin:0}');
  // Another origin, posting height messages at the host page.
  const elsewhere = mkdtempSync(join(tmpdir(), 'rights-atlas-other-'));
  writeFileSync(join(elsewhere, 'post.js'), "parent.postMessage({ type: 'rights-atlas:height', height: 3 }, '*');");
  writeFileSync(join(elsewhere, 'post.html'), '<!doctype html><script src="post.js"></script>');
  other = await serveStatic(elsewhere);
  // The host page may frame that origin, so its message really arrives (and must be ignored).
  server = await serveStatic(site, { csp: `${CSP} ${other.url}`, cors: ['/cdn/'] });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

/** The frame's chart, drawn: no loading state, SVG marks, a table or (the timeline) its slider. */
async function drawn(frame) {
  await frame.waitForFunction(
    () => {
      const chart = [...document.body.children].find((el) => el.localName.startsWith('rights-'));
      const shadow = chart?.shadowRoot;
      return !!shadow && !shadow.querySelector('.loading, [aria-busy="true"]') && !!shadow.querySelector('svg path, svg circle, svg rect, table, input[type="range"]');
    },
    null,
    { timeout: 30000 },
  );
}

async function frameHeights(tab) {
  return tab.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('iframe')].map((iframe) => [
        iframe.id,
        { iframe: iframe.getBoundingClientRect().height, content: iframe.contentDocument?.body.getBoundingClientRect().height ?? -1 },
      ]),
    ),
  );
}

test('every element renders in an iframe from its query, under a strict CSP, and its iframe takes its height', async () => {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${server.url}/site/every.html`);
  for (const name of ELEMENTS) await drawn(tab.frame({ url: new RegExp(`chart=${name}$`) }));
  await tab.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => Math.abs(f.getBoundingClientRect().height - f.contentDocument.body.getBoundingClientRect().height) < 1.5), null, { timeout: 20000 });
  const heights = await frameHeights(tab);
  // Taller than an iframe's default 150 px, except the timeline (a slider row).
  for (const name of ELEMENTS) assert.ok(heights[name].iframe > (name === 'timeline' ? 40 : 150), `${name}: ${JSON.stringify(heights[name])}`);
  assert.deepEqual(errors, []);
  const violations = await tab.evaluate(() => window.__violations);
  assert.deepEqual(violations, []);
  for (const frame of tab.frames().slice(1)) {
    assert.deepEqual(await frame.evaluate(() => window.__violations ?? []), []);
  }
  await tab.close();
});

test('attributes from the query are applied; others are named in a visible notice and ignored', async () => {
  const tab = await browser.newPage({ viewport: { width: 360, height: 900 } });
  await tab.goto(`${server.url}/site/one.html`);
  const frame = tab.frame({ url: /chart=democracy-map/ });
  await drawn(frame);
  const state = await frame.evaluate(() => {
    const map = document.querySelector('rights-democracy-map');
    return {
      year: map.getAttribute('year'),
      highlight: map.getAttribute('highlight'),
      colour: map.hasAttribute('colour'),
      notice: document.querySelector('.frame-notice')?.textContent ?? '',
      bold: document.querySelectorAll('b').length,
    };
  });
  assert.equal(state.year, '2019');
  assert.equal(state.highlight, 'HUN IND');
  assert.equal(state.colour, false);
  assert.match(state.notice, /Ignored "colour", "<b>"/);
  assert.equal(state.bold, 0, 'a parameter name is text, never markup');
  await tab.close();
});

test('the iframe follows its content within two frames (table view, narrower window) and ignores other windows', async () => {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await tab.goto(`${server.url}/site/one.html`);
  const frame = tab.frame({ url: /chart=democracy-map/ });
  await drawn(frame);
  const settled = () => tab.waitForFunction(() => {
    const iframe = document.querySelector('iframe');
    return Math.abs(iframe.getBoundingClientRect().height - iframe.contentDocument.body.getBoundingClientRect().height) < 1.5;
  }, null, { timeout: 10000 });
  await settled();
  const before = (await frameHeights(tab)).map;

  // Table view: count animation frames on the host page until the iframe has the new height.
  const frames = await tab.evaluate(async () => {
    const iframe = document.querySelector('iframe');
    const body = iframe.contentDocument.body;
    const map = iframe.contentDocument.querySelector('rights-democracy-map');
    map.setAttribute('view', 'table');
    await map.updateComplete;
    let count = 0;
    while (Math.abs(iframe.getBoundingClientRect().height - body.getBoundingClientRect().height) >= 1.5 && count < 30) {
      await new Promise(requestAnimationFrame);
      count++;
    }
    return count;
  });
  assert.ok(frames <= 2, `${frames} frames`);
  const table = (await frameHeights(tab)).map;
  assert.notEqual(Math.round(table.iframe), Math.round(before.iframe));

  // A narrower window: the chart reflows taller and the iframe follows.
  await tab.evaluate(() => document.querySelector('iframe').contentDocument.querySelector('rights-democracy-map').setAttribute('view', 'map'));
  await settled();
  const wide = (await frameHeights(tab)).map.iframe;
  await tab.setViewportSize({ width: 360, height: 900 });
  await tab.waitForFunction((wide) => document.querySelector('iframe').getBoundingClientRect().height !== wide, wide, { timeout: 10000 });
  await settled();

  // Messages from the host page itself and from another origin's frame change nothing.
  const kept = (await frameHeights(tab)).map.iframe;
  // Wait until the host page has received both messages (the host script's listener ran first).
  await tab.evaluate((url) => {
    const heard = new Set();
    const both = new Promise((done) =>
      window.addEventListener('message', (event) => {
        if (event.data?.type === 'rights-atlas:height' && (event.data.height === 5 || event.data.height === 3)) heard.add(event.data.height);
        if (heard.size === 2) done();
      }),
    );
    window.postMessage({ type: 'rights-atlas:height', height: 5 }, '*');
    const stranger = document.createElement('iframe');
    stranger.src = url;
    document.body.append(stranger);
    return both;
  }, `${other.url}/post.html`);
  const after = await frameHeights(tab);
  assert.equal(after.map.iframe, kept);
  await tab.close();
});

test('a sandboxed iframe (allow-scripts only) renders and is sized', async () => {
  const tab = await browser.newPage({ viewport: { width: 600, height: 900 } });
  await tab.goto(`${server.url}/site/sandboxed.html`);
  const frame = tab.frame({ url: /chart=regime-share/ });
  await drawn(frame);
  const content = await frame.evaluate(() => document.body.getBoundingClientRect().height);
  await tab.waitForFunction((content) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - content) < 1.5, content, { timeout: 10000 });
  await tab.close();
});

test('an unknown chart says which charts there are', async () => {
  const tab = await browser.newPage({ viewport: { width: 600, height: 600 } });
  await tab.goto(`${server.url}/cdn/frame.html?chart=pie`);
  const text = await tab.locator('.frame-notice').textContent();
  assert.match(text, /No chart "pie"/);
  assert.match(text, /democracy-map/);
  await tab.close();
});

test('the frame\'s notices follow lang= in the query (French; Arabic right to left)', async () => {
  const tab = await browser.newPage({ viewport: { width: 600, height: 600 } });
  await tab.goto(`${server.url}/cdn/frame.html?chart=pie&lang=fr`);
  const french = await tab.locator('.frame-notice').textContent();
  assert.match(french, /^Aucun graphique « pie »/);
  assert.match(french, /democracy-map/);
  await tab.goto(`${server.url}/cdn/frame.html?chart=democracy-map&lang=ar&colour=red&size=2`);
  await drawn(tab.mainFrame());
  const arabic = await tab.locator('.frame-notice').evaluate((box) => ({ text: box.textContent, dir: box.dir, lang: box.lang }));
  assert.match(arabic.text, /^تم تجاهل "colour", "size"/);
  assert.deepEqual([arabic.dir, arabic.lang], ['rtl', 'ar']);
  await tab.goto(`${server.url}/cdn/frame.html?chart=democracy-map&lang=de&colour=red`);
  assert.match(await tab.locator('.frame-notice').textContent(), /^Ignored "colour": not a setting of this chart/);
  // Garbage for lang: English notices, and the chart is still drawn.
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${server.url}/cdn/frame.html?chart=democracy-map&lang=%25%25%3Cb%3E&colour=red&size=2`);
  await drawn(tab.mainFrame());
  assert.match(await tab.locator('.frame-notice').textContent(), /^Ignored "colour", "size": not settings of this chart/);
  assert.deepEqual(errors, []);
  // The French catalogue fails to load: English notices, marked as English.
  await tab.route(/rights-atlas-lang-fr-[\w-]+\.json/, (route) => route.abort());
  await tab.goto(`${server.url}/cdn/frame.html?chart=pie&lang=fr`);
  const fallback = await tab.locator('.frame-notice').evaluate((box) => ({ text: box.textContent, lang: box.lang }));
  assert.match(fallback.text, /^No chart "pie"/);
  assert.equal(fallback.lang, 'en');
  await tab.close();
});

test('theme and lang come from the query; transparent shows the page through the chart, keeping what must stay opaque', async () => {
  const tab = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await tab.goto(`${server.url}/site/coloured.html`);
  const frame = tab.frame({ url: /chart=democracy-map/ });
  await drawn(frame);
  await frame.waitForFunction(() => {
    const shadow = document.querySelector('rights-democracy-map').shadowRoot;
    return getComputedStyle(shadow.querySelector('.chart')).backgroundColor === 'rgba(0, 0, 0, 0)';
  }, null, { timeout: 10000 });
  const state = await frame.evaluate(() => {
    const map = document.querySelector('rights-democracy-map');
    const shadow = map.shadowRoot;
    return {
      theme: map.getAttribute('theme'),
      lang: map.getAttribute('lang'),
      dark: shadow.querySelector('.chart').classList.contains('dark'),
      table: shadow.querySelector('table').textContent,
      page: getComputedStyle(document.body).backgroundColor,
      header: getComputedStyle(shadow.querySelector('thead th')).backgroundColor,
    };
  });
  assert.equal(state.theme, 'dark');
  assert.equal(state.lang, 'fr');
  assert.equal(state.dark, true);
  assert.match(state.table, /Allemagne/, 'country names in French');
  assert.equal(state.page, 'rgba(0, 0, 0, 0)');
  // Sticky table headers keep the theme's background, or scrolled rows would show through them.
  assert.notEqual(state.header, 'rgba(0, 0, 0, 0)');

  // A pixel inside the chart's padding is the host page's colour.
  const box = await tab.locator('iframe').boundingBox();
  const shot = await tab.screenshot({ clip: { x: box.x + 3, y: box.y + 3, width: 1, height: 1 } });
  const blank = await browser.newPage();
  const pixel = await blank.evaluate(async (data) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data];
  }, shot.toString('base64'));
  assert.deepEqual(pixel, [255, 0, 255, 255]);
  await blank.close();
  await tab.close();
});
