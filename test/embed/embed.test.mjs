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
const heightAfterFrame = (key) => requestAnimationFrame(() => requestAnimationFrame(() => {
  __probe[key] = document.querySelector('rights-democracy-map').getBoundingClientRect().height;
  __probe[key + 'At'] = performance.now();
}));
// First render: the map itself when the data is quick, else the reserved placeholder.
customElements.whenDefined('rights-democracy-map')
  .then(() => document.querySelector('rights-democracy-map').updateComplete)
  .then(() => {
    __probe.firstRender = document.querySelector('rights-democracy-map').shadowRoot.querySelector('.loading') ? 'placeholder' : 'map';
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
  // Which file holds what, from the build's own chunk manifest.
  const chunks = JSON.parse(readFileSync(join(dist, 'embed-chunks.json'), 'utf8'));
  const chunkOf = (module) => Object.keys(chunks).find((file) => chunks[file].module === module);
  rmSync(join(site, 'cdn/no-data', chunkOf('data/vdem-v15.json')));
  rmSync(join(site, 'cdn/no-code', chunkOf('src/charts/democracy-map/index.ts')));
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
  server = await serveStatic(site, { csp: CSP });
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
  await tab.locator('rights-democracy-map .toolbar button').focus();
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
    const data = /rights-atlas-vdem-v15-[^/]*\.js$/;
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

test('an element chunk and everything it imports are requested together, not one after another', () => {
  const chunks = JSON.parse(readFileSync(join(dist, 'embed-chunks.json'), 'utf8'));
  const entryFile = Object.keys(chunks).find((file) => chunks[file].entry);
  const entryCode = readFileSync(join(dist, entryFile), 'utf8');
  const staticTree = (file, seen = new Set()) => {
    for (const imported of chunks[file].imports) if (!seen.has(imported)) staticTree(imported, seen.add(imported));
    return seen;
  };
  const loadedWithEntry = staticTree(entryFile).add(entryFile);
  // Each dynamic import in the entry, as the list of files it requests at once.
  const groups = [...entryCode.matchAll(/Promise\.all\(\[((?:import\("[^"]+"\),?)+)\]\)|import\("([^"]+)"\)/g)].map((match) =>
    match[1] ? [...match[1].matchAll(/import\("\.\/([^"]+)"\)/g)].map((m) => m[1]) : [match[2].replace('./', '')],
  );
  const elements = Object.keys(chunks).filter((file) => /src\/charts\/[^/]+\/index\.ts$/.test(chunks[file].module ?? ''));
  assert.equal(elements.length, 10);
  for (const file of elements) {
    const group = groups.find((files) => files[0] === file);
    assert.ok(group, `${file} is imported by the entry`);
    const needed = [...staticTree(file)].filter((dependency) => !loadedWithEntry.has(dependency));
    assert.ok(needed.length > 0, `${file} has chunks of its own to load`);
    assert.deepEqual([...group.slice(1)].sort(), needed.sort(), `${chunks[file].module}: requested with its chunk`);
  }
});
