// The embed as a partner site uses it: dist/ copied to a CDN-like path, a page
// elsewhere with one <script> and one tag, served under a strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemeYlGnBu } from 'd3-scale-chromatic';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";
const v15 = JSON.parse(readFileSync(join(root, 'data/vdem-v15.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(dist, 'embed-chunks.json'), 'utf8'));
const edi = (code, year) => v15.countries[code].polyarchy[year - v15.countries[code].start];

let site;
let server;
let browser;

// Records what a page cannot see from outside: CSP violations, events, layout shifts.
const PROBE = `
window.__probe = { violations: [], events: [], shifts: [], definedAt: null };
document.addEventListener('securitypolicyviolation', (e) => __probe.violations.push(e.violatedDirective + ' ' + e.blockedURI));
for (const type of ['rights-year-change', 'rights-select', 'rights-ready']) {
  document.addEventListener(type, (e) => __probe.events.push([type, e.detail]));
}
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) __probe.shifts.push([entry.startTime, entry.value]);
}).observe({ type: 'layout-shift', buffered: true });
// Pages whose chart is not in the document (a widget's closed shadow root) skip the height probes.
const heightAfterFrame = (key) => requestAnimationFrame(() => requestAnimationFrame(() => {
  const map = document.querySelector('rights-democracy-map');
  if (!map) return;
  __probe[key] = map.getBoundingClientRect().height;
  __probe[key + 'At'] = performance.now();
}));
// First render: the map itself when the data is quick, else the reserved placeholder.
customElements.whenDefined('rights-democracy-map')
  .then(() => document.querySelector('rights-democracy-map')?.updateComplete)
  .then(() => {
    const map = document.querySelector('rights-democracy-map');
    if (!map) return;
    __probe.firstRender = map.shadowRoot.querySelector('.loading') ? 'placeholder' : 'map';
    heightAfterFrame('skeleton');
  });
document.addEventListener('rights-ready', () => heightAfterFrame('ready'), { once: true });
`;

function page(scripts, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
<script src="/site/probe.js"></script>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
<link rel="stylesheet" href="/site/site.css"></head>
<body><h1>An article</h1><p>Text before the chart.</p>${body}<p id="below">Text after the chart.</p></body></html>`;
}

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'rights-atlas-embed-'));
  for (const copy of ['cdn/lib/v1', 'cdn/lib/v2', 'cdn/no-data', 'cdn/no-code']) {
    mkdirSync(join(site, copy), { recursive: true });
    cpSync(dist, join(site, copy), { recursive: true, filter: (src) => !src.endsWith('.d.ts') });
  }
  // Which file holds what, from the build's own manifest.
  rmSync(join(site, 'cdn/no-data', manifest.data['vdem-v15.json']));
  rmSync(join(site, 'cdn/no-code', manifest.elements['democracy-map'].file));
  mkdirSync(join(site, 'site'));
  writeFileSync(join(site, 'site/probe.js'), PROBE);
  // Host CSS that tries to break the chart: it must not reach inside.
  writeFileSync(join(site, 'site/site.css'), 'body{font:16px serif;max-width:900px;margin:20px} svg,path{fill:red!important;display:none} h2{color:red}');
  const map = '<rights-democracy-map year="2019" highlight="HUN"></rights-democracy-map>';
  writeFileSync(join(site, 'site/article.html'), page(['/cdn/lib/v1/rights-atlas.js'], map));
  writeFileSync(join(site, 'site/twice.html'), page(['/cdn/lib/v1/rights-atlas.js', '/cdn/lib/v2/rights-atlas.js'], map + map));
  writeFileSync(join(site, 'site/no-data.html'), page(['/cdn/no-data/rights-atlas.js'], map));
  writeFileSync(join(site, 'site/no-code.html'), page(['/cdn/no-code/rights-atlas.js'], map));
  const every = [
    '<rights-democracy-map id="map" year="2019"></rights-democracy-map>',
    '<rights-timeline for="map share trend"></rights-timeline>',
    '<rights-regime-share id="share" edition="2020"></rights-regime-share>',
    '<rights-democracy-trend id="trend" countries="HUN IND" follow="map"></rights-democracy-trend>',
    '<rights-democracy-change from="2010" to="2024"></rights-democracy-change>',
    '<rights-civilian-harm countries="PAK"></rights-civilian-harm>',
    '<rights-strike-map country="PAK"></rights-strike-map>',
    '<rights-assistance-ranking measure="military-aid" year="2010"></rights-assistance-ranking>',
    '<rights-assistance-map measure="arms" year="2020"></rights-assistance-map>',
    '<rights-assistance-vs-democracy measure="arms" year="2020"></rights-assistance-vs-democracy>',
  ].join('\n');
  writeFileSync(join(site, 'site/every.html'), page(['/cdn/lib/v1/rights-atlas.js'], every));
  // A design-system widget that keeps its chart in a closed shadow root, loaded through the script's autoload().
  writeFileSync(
    join(site, 'site/closed-host.js'),
    `import { autoload } from '/cdn/lib/v1/rights-atlas.js';
customElements.define('partner-widget', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'closed' });
    root.innerHTML = '<rights-democracy-map year="2019"></rights-democracy-map>';
    window.__closedMap = root.querySelector('rights-democracy-map');
    this.stop = autoload(root);
  }
});`,
  );
  writeFileSync(join(site, 'site/closed.html'), page(['/cdn/lib/v1/rights-atlas.js', '/site/closed-host.js'], '<partner-widget></partner-widget>'));
  // A page in a sandbox="allow-scripts" iframe has an opaque origin: every file it loads is cross-origin.
  writeFileSync(join(site, 'site/sandboxed-v1.html'), page(['/cdn/lib/v1/rights-atlas.js'], map));
  writeFileSync(join(site, 'site/sandboxed-v2.html'), page(['/cdn/lib/v2/rights-atlas.js'], map));
  // v1 is served as a CDN should be (Access-Control-Allow-Origin), v2 without it.
  server = await serveStatic(site, { csp: CSP, cors: ['/cdn/lib/v1/'] });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

async function open(path, width = 900) {
  const tab = await browser.newPage({ viewport: { width, height: 1000 } });
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' && !/favicon|404/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await tab.goto(`${server.url}${path}`);
  return { tab, problems };
}

test('a page elsewhere shows a coloured, working map under a strict CSP', async () => {
  const { tab, problems } = await open('/site/article.html');
  const countries = tab.locator('rights-democracy-map path.country');
  await countries.nth(170).waitFor({ state: 'attached' });
  assert.ok((await countries.count()) > 170);
  const hungary = tab.locator('rights-democracy-map path.country[data-code="HUN"]');
  const expected = schemeYlGnBu[5][Math.min(4, Math.floor(edi('HUN', 2019) / 0.2))];
  assert.equal(await hungary.getAttribute('fill'), expected);
  // Host CSS (svg{display:none}, fill:red!important) does not reach the shadow DOM.
  assert.notEqual(await hungary.evaluate((p) => getComputedStyle(p).fill), 'rgb(255, 0, 0)');
  assert.ok((await hungary.boundingBox()).width > 5);

  // Tooltip on hover.
  const box = await tab.locator('rights-democracy-map path.country[data-code="BRA"]').boundingBox();
  await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = tab.locator('rights-democracy-map .tooltip');
  await tooltip.waitFor({ state: 'visible' });
  assert.match(await tooltip.textContent(), /Brazil/);

  // Keyboard: one tab stop into the map, arrows move, live region speaks.
  // The toolbar's last control (Table, then the zoom buttons), then the map.
  await tab.locator('rights-democracy-map .toolbar button').last().focus();
  await tab.keyboard.press('Tab');
  const svg = tab.locator('rights-democracy-map svg.map');
  assert.equal(await svg.getAttribute('aria-activedescendant'), 'c-HUN');
  await tab.keyboard.press('ArrowDown');
  assert.notEqual(await svg.getAttribute('aria-activedescendant'), 'c-HUN');
  assert.ok((await tab.locator('rights-democracy-map [aria-live="polite"]').textContent()).length > 10);

  // Timeline.
  await tab.locator('rights-democracy-map input[type="range"]').focus();
  await tab.keyboard.press('ArrowLeft');
  await tab.waitForFunction(() => document.querySelector('rights-democracy-map').getAttribute('year') === '2018');
  const probe = await tab.evaluate(() => window.__probe);
  assert.deepEqual(probe.events.find(([type]) => type === 'rights-year-change'), ['rights-year-change', { year: 2018 }]);
  assert.deepEqual(probe.violations, [], 'no CSP violations');
  assert.deepEqual(problems, []);
  await tab.close();
});

// Quick data: the map's code is held back until its data has arrived and the
// page is idle again (the data module evaluated).
// Slow data: the data is held back until the page shows the placeholder.
for (const [width, dataDelay] of [[360, false], [1000, false], [360, true], [1000, true]]) {
  const how = dataDelay ? `slow data: the placeholder first` : 'quick data: the map at once';
  test(`the page does not jump when data arrives (${width} px, ${how})`, async () => {
    const tab = await browser.newPage({ viewport: { width, height: 1000 } });
    const data = /rights-atlas-vdem-v15-[^/]*\.json$/;
    const held = dataDelay ? data : /rights-atlas-democracy-map-[^/]*\.js$/;
    const dataArrived = dataDelay ? undefined : tab.waitForResponse(data);
    const idle = () => tab.evaluate(() => new Promise((done) => requestIdleCallback(done)));
    await tab.route(held, async (route) => {
      if (dataDelay) await tab.waitForFunction(() => window.__probe.firstRender !== undefined, null, { timeout: 10000 });
      else await (await dataArrived).finished().then(idle);
      await route.continue();
    });
    await tab.goto(`${server.url}/site/article.html`);
    await tab.locator('rights-democracy-map path.country').nth(170).waitFor({ state: 'attached', timeout: 10000 });
    await tab.waitForFunction(() => window.__probe.ready !== undefined);
    // Two more frames, then idle: shifts of those frames have reached the observer.
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(done)))));
    const probe = await tab.evaluate(() => window.__probe);
    assert.equal(probe.firstRender, dataDelay ? 'placeholder' : 'map');
    // The first render (placeholder or map) already has the final height...
    assert.ok(Math.abs(probe.skeleton - probe.ready) <= 1, `first render ${probe.skeleton}px, with data ${probe.ready}px`);
    // ...so nothing moves once the chart has first drawn.
    const late = probe.shifts.filter(([time]) => time > probe.skeletonAt).reduce((sum, [, value]) => sum + value, 0);
    const total = probe.shifts.reduce((sum, [, value]) => sum + value, 0);
    console.log(`layout shift at ${width}px (${how}): ${total.toFixed(4)} in all (the tag growing when it first draws), ${late.toFixed(4)} after`);
    assert.equal(late, 0);
    await tab.close();
  });
}

test('every element works from the embed file under the strict CSP', async () => {
  const { tab, problems } = await open('/site/every.html', 1000);
  const tags = await tab.evaluate(() => [...document.body.querySelectorAll('*')].map((el) => el.localName).filter((t) => t.startsWith('rights-')));
  assert.equal(tags.length, 10);
  // Drawn: defined, out of the loading state, no error, and marks or a slider on screen.
  await tab.waitForFunction(
    () =>
      [...document.body.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('rights-'))
        .every((el) => {
          const root = el.shadowRoot;
          if (!customElements.get(el.localName) || !root) return false;
          if (root.querySelector('.loading, [part=error]')) return false;
          return root.querySelectorAll('svg path, svg rect, svg circle, input[type=range]').length > 0;
        }),
    null,
    { timeout: 60000, polling: 200 },
  );
  const probe = await tab.evaluate(() => window.__probe);
  assert.deepEqual(probe.violations, [], 'no CSP violations');
  assert.deepEqual(problems, []);
  // Each chart cites its sources.
  for (const tag of tags.filter((t) => t !== 'rights-timeline')) {
    const footer = await tab.locator(`${tag} footer`).first().textContent();
    assert.match(footer, /Licence/i, `${tag} footer names a licence`);
  }
  await tab.close();
});

test('two copies of the bundle on one page do not break each other', async () => {
  const { tab, problems } = await open('/site/twice.html');
  await tab.locator('rights-democracy-map >> nth=1').locator('path.country').nth(170).waitFor({ state: 'attached' });
  assert.equal(await tab.locator('rights-democracy-map').count(), 2);
  assert.deepEqual(problems, []);
  await tab.close();
});

test('a data chunk that fails to load shows a visible message, not a blank box', async () => {
  const { tab, problems } = await open('/site/no-data.html');
  const error = tab.locator('rights-democracy-map .error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /could not be loaded/);
  assert.ok((await error.boundingBox()).height > 100);
  assert.deepEqual(problems.filter((p) => p.startsWith('pageerror')), []);
  await tab.close();
});

test("an element whose code fails to load says so in its box", async () => {
  const { tab, problems } = await open('/site/no-code.html');
  const element = tab.locator('rights-democracy-map');
  await tab.waitForFunction(() => document.querySelector('rights-democracy-map').textContent.includes('could not be loaded'));
  assert.ok((await element.boundingBox()).height > 0);
  assert.deepEqual(problems.filter((p) => p.startsWith('pageerror')), []);
  await tab.close();
});

test('a page with one map makes four requests after the script: its code, outlines, names, scores', async () => {
  const { tab, problems } = await open('/site/article.html');
  const requested = [];
  tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await tab.reload();
  await tab.locator('rights-democracy-map path.country').nth(170).waitFor({ state: 'attached' });
  await tab.waitForFunction(() => window.__probe.events.some(([type]) => type === 'rights-ready'));
  const after = requested.filter((path) => path.startsWith('/cdn/') && !path.endsWith('/rights-atlas.js'));
  const expected = [
    manifest.elements['democracy-map'].file,
    manifest.data['world-110m-equal-earth.json'],
    manifest.data['countries.json'],
    manifest.data['vdem-v15.json'],
  ].map((file) => `/cdn/lib/v1/${file}`);
  assert.deepEqual(after.sort(), expected.sort());
  assert.deepEqual(problems, []);
  await tab.close();
});

test('the second copy of the script on a page downloads nothing more than itself', async () => {
  const { tab, problems } = await open('/site/twice.html');
  const requested = [];
  tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await tab.reload();
  await tab.locator('rights-democracy-map >> nth=1').locator('path.country').nth(170).waitFor({ state: 'attached' });
  await tab.waitForFunction(() => window.__probe.events.filter(([type]) => type === 'rights-ready').length === 2);
  assert.deepEqual(requested.filter((path) => path.startsWith('/cdn/lib/v2/')), ['/cdn/lib/v2/rights-atlas.js']);
  // Each file once, though two maps show it.
  const fromV1 = requested.filter((path) => path.startsWith('/cdn/lib/v1/'));
  assert.deepEqual(fromV1, [...new Set(fromV1)]);
  assert.deepEqual(problems, []);
  await tab.close();
});

/** Serves requests matching `pattern` with half their body (a 200, as a dropped connection behind a proxy can) until released. */
async function truncate(tab, pattern, { times = Infinity } = {}) {
  let truncated = 0;
  await tab.route(pattern, async (route) => {
    if (truncated >= times) return route.continue();
    truncated += 1;
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
  });
  return { count: () => truncated, release: () => (times = 0) };
}

test("a chart inside a widget's closed shadow root loads through the script's autoload()", async () => {
  const { tab, problems } = await open('/site/closed.html');
  await tab.waitForFunction(() => (window.__closedMap?.shadowRoot?.querySelectorAll('path.country').length ?? 0) > 170);
  const probe = await tab.evaluate(() => window.__probe);
  assert.deepEqual(probe.violations, [], 'no CSP violations');
  assert.deepEqual(problems, []);
  await tab.close();
});

test('in a sandbox="allow-scripts" iframe the chart loads when the files are served with Access-Control-Allow-Origin', async () => {
  const tab = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  // The partner's page holding the two frames (served without the test CSP, which forbids frames).
  await tab.route('**/site/sandboxed.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: ['v1', 'v2'].map((v) => `<iframe sandbox="allow-scripts" src="/site/sandboxed-${v}.html" width="800" height="700"></iframe>`).join(''),
    }),
  );
  await tab.goto(`${server.url}/site/sandboxed.html`, { waitUntil: 'load' });
  const frame = (name) => tab.frames().find((f) => f.url().endsWith(`/site/sandboxed-${name}.html`));
  await frame('v1').waitForFunction(() => (document.querySelector('rights-democracy-map')?.shadowRoot?.querySelectorAll('path.country').length ?? 0) > 170);
  // Without the header the browser refuses the module script: the README asks hosts to send it.
  await frame('v2').waitForLoadState('load');
  const scriptRan = (name) => frame(name).evaluate(() => Symbol.for('rights-atlas.embed') in globalThis);
  assert.equal(await scriptRan('v1'), true);
  assert.equal(await scriptRan('v2'), false);
  await tab.close();
});

test('data whose download was cut short can be tried again without reloading the page', async () => {
  const tab = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  const cut = await truncate(tab, /rights-atlas-vdem-v15-[^/]*\.json$/);
  await tab.goto(`${server.url}/site/article.html`);
  const error = tab.locator('rights-democracy-map .error');
  await error.waitFor({ state: 'visible' });
  assert.ok(cut.count() >= 1);
  cut.release();
  await error.locator('button').click();
  await tab.locator('rights-democracy-map path.country').nth(170).waitFor({ state: 'attached' });
  assert.ok(await tab.locator('rights-democracy-map path.country[data-code="HUN"][fill^="#"]').count());
  assert.deepEqual(errors, []);
  await tab.close();
});

test("an element's code whose download was cut short loads when the tag is used again", async () => {
  const tab = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  const cut = await truncate(tab, /rights-atlas-democracy-map-[^/]*\.js(\?.*)?$/, { times: 1 });
  await tab.goto(`${server.url}/site/article.html`);
  await tab.waitForFunction(() => document.querySelector('rights-democracy-map').textContent.includes('could not be loaded'));
  assert.equal(cut.count(), 1);
  // A new tag (a CMS adding a widget, a reader's retry) makes the autoloader try again, under a fresh URL.
  await tab.evaluate(() => document.body.append(document.createElement('rights-democracy-map')));
  await tab.locator('rights-democracy-map >> nth=0').locator('path.country').nth(170).waitFor({ state: 'attached' });
  await tab.locator('rights-democracy-map >> nth=1').locator('path.country').nth(170).waitFor({ state: 'attached' });
  assert.equal(await tab.evaluate(() => document.querySelector('rights-democracy-map').textContent.trim()), '');
  assert.deepEqual(errors, []);
  await tab.close();
});
