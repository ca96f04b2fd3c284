// The React 19 example (examples/react/) as a partner's bundler app builds it:
// `import 'rights-atlas/democracy-map'` resolved through package.json exports to
// dist/, bundled by esbuild, rendered in <StrictMode>, props of their natural
// types, events through refs. Needs dist/ (npm run build:lib).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { schemeYlGnBu } from 'd3-scale-chromatic';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const example = join(root, 'examples/react');
const v15 = JSON.parse(readFileSync(join(root, 'data/vdem-v15.json'), 'utf8'));
/** The map's fill for a country's Electoral Democracy Index in a year (as in embed.test.mjs). */
const ediFill = (code, year) => schemeYlGnBu[5][Math.min(4, Math.floor(v15.countries[code].polyarchy[year - v15.countries[code].start] / 0.2))];
const EVENTS = ['rights-ready', 'rights-year-change', 'rights-select'];

// The example's App mounted afresh outside any user event (as a router's
// navigation does), once the page has loaded the data: its charts draw at once.
const REMOUNT = `
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';
const root = createRoot(document.getElementById('root'));
let key = 0;
const render = () => root.render(<StrictMode><App key={key} /></StrictMode>);
render();
window.__remount = () => { key += 1; render(); };
`;

let site;
let server;
let browser;

// Counts every rights-* event dispatched on the page (they bubble and are
// composed), independently of the app's own ref listeners.
const PROBE = `
window.__dispatched = {};
for (const type of ${JSON.stringify(EVENTS)}) {
  document.addEventListener(type, () => { __dispatched[type] = (__dispatched[type] ?? 0) + 1; }, true);
}`;

before(async () => {
  if (!existsSync(join(root, 'dist/charts/democracy-map/index.js'))) {
    throw new Error('dist/ is missing: run "npm run build:lib" before this test.');
  }
  site = mkdtempSync(join(tmpdir(), 'rights-atlas-react-'));
  // Development React runs StrictMode's double mount; production is what ships.
  const bundles = [
    ['development', { entryPoints: [join(example, 'main.jsx')] }],
    ['production', { entryPoints: [join(example, 'main.jsx')] }],
    ['remount', { stdin: { contents: REMOUNT, resolveDir: example, sourcefile: 'remount.jsx', loader: 'jsx' } }],
  ];
  for (const [name, entry] of bundles) {
    await build({
      ...entry,
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      format: 'esm',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': JSON.stringify(name === 'production' ? 'production' : 'development') },
      entryNames: 'main',
      outdir: join(site, name, 'build'),
      logLevel: 'error',
    });
    for (const file of ['index.html', 'app.css']) copyFileSync(join(example, file), join(site, name, file));
  }
  server = await serveStatic(site);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

async function open(mode) {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} ${message.location().url}`);
  });
  await tab.addInitScript(PROBE);
  await tab.goto(`${server.url}/${mode}/index.html`);
  // Drawn: the map's countries are on screen and each element fired rights-ready.
  await tab.waitForFunction(
    () => window.__dispatched['rights-ready'] >= 3 && document.querySelector('rights-democracy-map').shadowRoot.querySelectorAll('path.country').length > 170,
    null,
    { polling: 100 },
  );
  return { tab, problems };
}

/** What the page's chart shows, read from the map's shadow root. */
const mapState = (tab) =>
  tab.evaluate(() => {
    const map = document.querySelector('rights-democracy-map');
    const shadow = map.shadowRoot;
    const pathOf = (code) => shadow.querySelector(`path.country[data-code="${code}"]`);
    const highlighted = [...shadow.querySelectorAll('path.highlight')].map((outline) =>
      [...shadow.querySelectorAll('path.country')].find((country) => country.getAttribute('d') === outline.getAttribute('d'))?.dataset.code,
    );
    return {
      year: map.year,
      controls: map.controls,
      heading: shadow.querySelector('h2').textContent.trim(),
      notice: shadow.querySelector('[part=notice]')?.textContent.trim() ?? null,
      timeline: Boolean(shadow.querySelector('[part=timeline]')),
      fills: Object.fromEntries(['HUN', 'POL', 'BRA', 'IND'].map((code) => [code, pathOf(code)?.getAttribute('fill')])),
      highlighted: highlighted.sort(),
      filled: [...shadow.querySelectorAll('path.country')].filter((p) => /^#[0-9a-f]{6}$/i.test(p.getAttribute('fill') ?? '')).length,
    };
  });

// The app's own count of each event (from its listeners, shown on the page) and
// the events actually dispatched (the probe).
const READ_COUNTS = `(() => {
  const text = document.querySelector('#event-counts').textContent;
  const count = (type) => Number(new RegExp(type + ': ([0-9]+)').exec(text)?.[1]);
  const types = ${JSON.stringify(EVENTS)};
  return {
    app: Object.fromEntries(types.map((type) => [type, count(type)])),
    dispatched: Object.fromEntries(types.map((type) => [type, window.__dispatched[type] ?? 0])),
  };
})()`;

/** Both counts, once the app has caught up (React renders state set in a native listener in a later task). */
async function eventCounts(tab) {
  const settled = `(() => { const { app, dispatched } = ${READ_COUNTS}; return Object.keys(app).every((type) => app[type] === dispatched[type]); })()`;
  // On a timeout, the caller's assertion reports the difference.
  await tab.waitForFunction(settled, null, { timeout: 3000, polling: 50 }).catch(() => {});
  return tab.evaluate(READ_COUNTS);
}

const click = (tab, name) => tab.getByRole('button', { name }).click();

test('React 19 in StrictMode: props of natural types draw the charts, events arrive once through refs', async () => {
  const { tab, problems } = await open('development');
  // StrictMode's double mount: one element of each, one map, one listener per event.
  assert.deepEqual(
    await tab.evaluate(() => ['rights-democracy-map', 'rights-democracy-trend', 'rights-assistance-ranking'].map((tag) => document.querySelectorAll(tag).length)),
    [1, 1, 1],
  );
  assert.deepEqual(
    await tab.evaluate(() => {
      const shadow = document.querySelector('rights-democracy-map').shadowRoot;
      const codes = [...shadow.querySelectorAll('path.country')].map((p) => p.dataset.code);
      return [shadow.querySelectorAll('svg.map').length, codes.length === new Set(codes).size];
    }),
    [1, true],
  );
  let counts = await eventCounts(tab);
  assert.deepEqual(counts.app, counts.dispatched, 'each dispatched event reaches the app exactly once');
  assert.equal(counts.app['rights-ready'], 3);
  assert.match(await tab.locator('#last-event').textContent(), /Last event: rights-ready from <rights-/);

  // year={2010}, controls={false}, highlight={['HUN', 'POL']} were set as properties and drawn.
  let state = await mapState(tab);
  assert.equal(state.year, 2010);
  assert.equal(state.controls, false);
  assert.equal(state.heading, 'Electoral democracy around the world, 2010');
  assert.equal(state.notice, null);
  assert.equal(state.timeline, false, 'controls={false} hides the timeline');
  assert.ok(state.filled > 150, `${state.filled} countries filled`);
  assert.deepEqual(state.fills, { HUN: ediFill('HUN', 2010), POL: ediFill('POL', 2010), BRA: ediFill('BRA', 2010), IND: ediFill('IND', 2010) });
  assert.deepEqual(state.highlighted, ['HUN', 'POL']);
  assert.deepEqual(await tab.evaluate(() => document.querySelector('rights-democracy-trend').countries), ['HUN', 'POL', 'IND']);
  assert.equal(await tab.evaluate(() => document.querySelector('rights-assistance-ranking').shadowRoot.querySelector('h2').textContent.trim()), 'Major arms deliveries from the United States: top recipients, 2010');

  // Buttons change props; the charts follow.
  await click(tab, 'Year 2000');
  await tab.waitForFunction(() => document.querySelector('rights-democracy-map').shadowRoot.querySelector('h2').textContent.includes('2000'));
  state = await mapState(tab);
  assert.equal(state.year, 2000);
  assert.deepEqual(state.fills, { HUN: ediFill('HUN', 2000), POL: ediFill('POL', 2000), BRA: ediFill('BRA', 2000), IND: ediFill('IND', 2000) });
  assert.equal(await tab.evaluate(() => document.querySelector('rights-democracy-trend').year), 2000);

  await click(tab, 'Highlight IND, TUR, USA');
  await tab.waitForFunction(() => document.querySelector('rights-democracy-map').shadowRoot.querySelectorAll('path.highlight').length === 3);
  assert.deepEqual((await mapState(tab)).highlighted, ['IND', 'TUR', 'USA']);

  await click(tab, 'Show liberal democracy');
  await tab.waitForFunction(() => document.querySelector('rights-democracy-map').shadowRoot.querySelector('h2').textContent.trim() === 'Liberal democracy around the world, 2000');
  assert.equal(await tab.evaluate(() => document.querySelector('rights-democracy-trend').metric), 'libdem');
  // The map draws newly loaded data (V-Dem v14): one more rights-ready, from the map (the trend fires it only on its first draw).
  await tab.waitForFunction(() => /rights-ready: 4\b/.test(document.querySelector('#event-counts').textContent));
  assert.match(await tab.locator('#last-event').textContent(), /rights-ready from <rights-democracy-map> \{"year":2000,"metric":"libdem"\}/);

  // Show the timeline, move the year with the slider: one rights-year-change,
  // received once, and React's year state follows it.
  await click(tab, "Show the map's timeline");
  const slider = tab.locator('rights-democracy-map input[type=range]');
  await slider.waitFor({ state: 'visible' });
  assert.equal(await tab.evaluate(() => document.querySelector('rights-democracy-map').controls), true);
  await slider.focus();
  await tab.keyboard.press('ArrowRight');
  await tab.waitForFunction(() => document.querySelector('#year').textContent === '2001');
  assert.match(await tab.locator('#last-event').textContent(), /rights-year-change from <rights-democracy-map> \{"year":2001\}/);
  assert.equal((await mapState(tab)).heading, 'Liberal democracy around the world, 2001');

  // Select a country on the map: the app adds it to the trend's countries array.
  await tab.locator('rights-democracy-map path.country[data-code="BRA"]').click();
  await tab.waitForFunction(() => document.querySelector('rights-democracy-trend').countries.includes('BRA'));
  assert.match(await tab.locator('#last-event').textContent(), /rights-select from <rights-democracy-map> \{"code":"BRA","name":"Brazil","selected":true\}/);
  await tab.waitForFunction(() => document.querySelector('rights-democracy-trend').shadowRoot.textContent.includes('Brazil'));

  counts = await eventCounts(tab);
  assert.deepEqual(counts.app, { 'rights-ready': 4, 'rights-year-change': 1, 'rights-select': 1 });
  assert.deepEqual(counts.dispatched, counts.app, 'one event per action, received once');
  assert.deepEqual(problems, []);
  await tab.close();
});

test('a bad prop value from React shows the chart\'s message, and the chart keeps working', async () => {
  const { tab, problems } = await open('development');
  await click(tab, 'Try year=NaN');
  await tab.waitForFunction(() => document.querySelector('rights-democracy-map').shadowRoot.querySelector('[part=notice]'));
  let state = await mapState(tab);
  assert.ok(Number.isNaN(state.year));
  assert.match(state.notice, /Year NaN is not a year; showing 2024/);
  assert.equal(state.heading, 'Electoral democracy around the world, 2024');
  assert.equal(state.fills.HUN, ediFill('HUN', 2024));
  assert.ok(await tab.locator('rights-democracy-map [part=notice]').isVisible());
  assert.match(await tab.evaluate(() => document.querySelector('rights-democracy-trend').shadowRoot.querySelector('[part=notice]')?.textContent ?? ''), /not a year/);

  // A valid value again: the message goes, the map draws that year.
  await click(tab, 'Year 2000');
  await tab.waitForFunction(() => !document.querySelector('rights-democracy-map').shadowRoot.querySelector('[part=notice]'));
  state = await mapState(tab);
  assert.equal(state.heading, 'Electoral democracy around the world, 2000');
  assert.equal(state.fills.HUN, ediFill('HUN', 2000));
  await click(tab, 'Next year');
  await tab.waitForFunction(() => document.querySelector('rights-democracy-map').shadowRoot.querySelector('h2').textContent.includes('2001'));
  assert.equal((await mapState(tab)).fills.POL, ediFill('POL', 2001));
  // Warnings, not errors: nothing thrown, no console error.
  assert.deepEqual(problems, []);
  await tab.close();
});

test('an App mounted after the data has loaded still gets rights-ready through its ref listeners', async () => {
  const { tab, problems } = await open('remount');
  assert.deepEqual((await eventCounts(tab)).app, { 'rights-ready': 3, 'rights-year-change': 0, 'rights-select': 0 });
  const first = await tab.evaluateHandle(() => document.querySelector('rights-democracy-map'));
  // Not from a user event: React runs passive effects (useEffect) in a later task,
  // after a chart whose data is already loaded has drawn and fired rights-ready.
  await tab.evaluate(() => window.__remount());
  await tab.waitForFunction(
    (old) => {
      const map = document.querySelector('rights-democracy-map');
      return map !== old && window.__dispatched['rights-ready'] === 6 && map.shadowRoot.querySelectorAll('path.country').length > 170;
    },
    first,
    { polling: 50 },
  );
  const counts = await eventCounts(tab);
  assert.deepEqual(counts.app, { 'rights-ready': 3, 'rights-year-change': 0, 'rights-select': 0 }, 'the new App counts its own charts\' rights-ready');
  assert.deepEqual(problems, []);
  await tab.close();
});

test('the production build of the example draws the same way', async () => {
  const { tab, problems } = await open('production');
  const state = await mapState(tab);
  assert.equal(state.heading, 'Electoral democracy around the world, 2010');
  assert.equal(state.timeline, false);
  assert.deepEqual(state.highlighted, ['HUN', 'POL']);
  assert.equal(state.fills.HUN, ediFill('HUN', 2010));
  const counts = await eventCounts(tab);
  assert.deepEqual(counts.app, counts.dispatched);
  assert.deepEqual(problems, []);
  await tab.close();
});
