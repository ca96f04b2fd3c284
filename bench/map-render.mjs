#!/usr/bin/env node
// Benchmark: <rights-democracy-map> from the embed (dist/rights-atlas.js)
// against a floor, a minimal hand-written d3-geo map of the same data and size
// (bench/floor-map.js), in headless Chromium, side by side in one run.
//
//   npm run bench                        (builds first)
//   node bench/map-render.mjs [--runs 15] [--years 40]
//
// Each run opens a fresh page (new browser context; the server sends
// no-store, so every script and data chunk is downloaded and compiled again)
// and measures, with the same boundaries for both:
//   cold first render  create the element / call drawMap, including the code's
//                      and the data chunks' download, parse and preparation:
//                      the element page adds the embed script (dist/rights-atlas.js)
//                      with the tag, which then loads the map's chunks; the floor
//                      page imports its one bundle at that moment. Until ready
//                      (element: `rights-ready`; floor: paths appended) plus one
//                      frame (rAF, then a task after it, so style, layout and
//                      paint of that frame are counted);
//   warm first render  the same again on that page after removing the first
//                      map: data modules loaded and prepared, new element/map;
//   year update        set the year (element: `el.year = y`, then
//                      `await el.updateComplete`; floor: re-set each path's
//                      fill) for N consecutive years, each until one frame;
//                      also reported: the work alone, before that frame
//                      (frames are vsync-bound, ~16.7 ms, which hides the rest).
// Element and floor runs alternate (ABAB, then BABA) so drift hits both.
// It reports; it does not fail on the ratios.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFloor } from './floor-bundle.mjs';
import { serveStatic } from '../scripts/lib/static-server.mjs';
import { launchChromium } from '../scripts/lib/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const dist = join(root, 'dist');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const RUNS = option('--runs', 15);
const YEAR_COUNT = option('--years', 40);
const FIRST_YEAR = 2000;
const UPDATE_FROM = 1980; // years 1980 .. 1980 + YEAR_COUNT - 1
const WIDTH = 960;
const TARGETS = { first: 1.3, update: 1.5 };

if (!existsSync(join(dist, 'rights-atlas.js'))) {
  console.error('dist/rights-atlas.js is missing: run npm run build first');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(dist, 'embed-chunks.json'), 'utf8'));
const dataFile = (name) => {
  const file = manifest.data?.[`${name}.json`];
  if (!file) {
    console.error(`no file of data/${name}.json in dist/embed-chunks.json: run npm run build first`);
    process.exit(1);
  }
  return `/dist/${file}`;
};
// — the floor bundle and the two pages, in a temp folder served at /bench-tmp/ —
const work = mkdtempSync(join(tmpdir(), 'rights-bench-'));
// The floor reads the TopoJSON outlines, which no element ships any more (both
// maps draw outlines pre-projected by the data build).
const urls = { world: '/data/world-110m.json', vdem: dataFile('vdem-v15') };
await bundleFloor(join(work, 'floor.js'));

// Shared by both pages. The box is WIDTH px wide; the element pads its chart by
// 12px, so the floor's SVG sits in a box padded the same way (same drawn size).
const harness = `
const frame = () => new Promise((done) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done();
  channel.port2.postMessage(0);
}));
const box = document.getElementById('box');
const timed = async (work) => { const t0 = performance.now(); const result = await work(); const t1 = performance.now(); await frame(); return { result, ms: performance.now() - t0, workMs: t1 - t0 }; };
`;
const style = `<style>
  body { margin: 0; font-family: system-ui, sans-serif; }
  #box { width: ${WIDTH}px; }
  .floor { padding: 12px; }
  .floor svg { display: block; width: 100%; height: auto; aspect-ratio: 2 / 1; background: #f7f9fb; }
  .floor path { stroke: #fff; stroke-width: 0.5; }
</style>`;

const elementPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">${style}
</head><body><div id="box"></div>
<script type="module">
${harness}
window.runBench = async ({ year, years }) => {
  const create = () => new Promise((ready) => {
    const el = document.createElement('rights-democracy-map');
    el.setAttribute('year', String(year));
    el.addEventListener('rights-ready', () => ready(el), { once: true });
    box.append(el);
    // Cold: the embed script itself is added now, as the floor's code is imported now.
    if (!document.querySelector('script[src="/dist/rights-atlas.js"]')) {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/dist/rights-atlas.js';
      document.head.append(script);
    }
  });
  const cold = await timed(create);
  cold.result.remove();
  const warm = await timed(create);
  const el = warm.result;
  const updates = [];
  const work = [];
  for (const y of years) {
    const t = await timed(async () => { el.year = y; await el.updateComplete; });
    updates.push(t.ms);
    work.push(t.workMs);
  }
  const fills = Object.fromEntries([...el.shadowRoot.querySelectorAll('svg.map path.country')].map((p) => [p.dataset.code, p.getAttribute('fill')]));
  return { cold: cold.ms, warm: warm.ms, updates, work, fills };
};
</script></body></html>`;

const floorPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">${style}
</head><body><div id="box"></div>
<script type="module">
${harness}
// Loaded on first use, as the embed loads the element's code when its tag
// appears: both cold first renders include downloading and compiling code.
let floorModule;
const drawMap = async (...args) => (await (floorModule ??= import('/bench-tmp/floor.js'))).drawMap(...args);
const urls = ${JSON.stringify(urls)};
window.runBench = async ({ year, years }) => {
  const create = () => {
    const holder = document.createElement('div');
    holder.className = 'floor';
    box.append(holder);
    return drawMap(holder, year, urls).then((map) => ({ map, holder }));
  };
  const cold = await timed(create);
  cold.result.holder.remove();
  const warm = await timed(create);
  const { map } = warm.result;
  const updates = [];
  const work = [];
  for (const y of years) {
    const t = await timed(async () => map.setYear(y));
    updates.push(t.ms);
    work.push(t.workMs);
  }
  const fills = Object.fromEntries([...map.svg.querySelectorAll('path')].map((p) => [p.dataset.code, p.getAttribute('fill')]));
  return { cold: cold.ms, warm: warm.ms, updates, work, fills };
};
</script></body></html>`;
writeFileSync(join(work, 'element.html'), elementPage);
writeFileSync(join(work, 'floor.html'), floorPage);

// — run —
const server = await serveStatic(root, { mounts: { '/bench-tmp/': work } });
const browser = await launchChromium();
const chromiumVersion = browser.version();
const years = Array.from({ length: YEAR_COUNT }, (_, i) => UPDATE_FROM + i);
const empty = () => ({ cold: [], warm: [], updates: [], updateWork: [] });
const samples = { element: empty(), floor: empty() };
let last = {};

async function runOnce(kind) {
  const context = await browser.newContext({ viewport: { width: WIDTH + 40, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico') && errors.push(m.text()));
  await page.goto(`${server.url}/bench-tmp/${kind}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const result = await page.evaluate((options) => window.runBench(options), { year: FIRST_YEAR, years });
  await context.close();
  if (errors.length) throw new Error(`${kind} page errors: ${errors.join(' | ')}`);
  samples[kind].cold.push(result.cold);
  samples[kind].warm.push(result.warm);
  samples[kind].updates.push(...result.updates);
  samples[kind].updateWork.push(...result.work);
  last[kind] = result;
}

const started = Date.now();
try {
  // One untimed warm-up of each, so the first measured run does not pay for a cold browser.
  for (const kind of ['element', 'floor']) {
    await runOnce(kind);
    samples[kind] = empty();
  }
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? ['element', 'floor'] : ['floor', 'element'];
    for (const kind of order) await runOnce(kind);
    process.stdout.write(`\rrun ${run + 1}/${RUNS}`);
  }
  process.stdout.write('\n');
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

// — sanity: both drew the same countries with the same colours —
const elementFills = last.element.fills;
const floorFills = last.floor.fills;
const codes = Object.keys(elementFills);
const sameCountries = codes.length === Object.keys(floorFills).length && codes.every((c) => c in floorFills);
const colourMismatches = codes.filter((c) => {
  const a = elementFills[c];
  const b = floorFills[c];
  return a.startsWith('url(') ? b !== '#c9ced6' : a.toLowerCase() !== b.toLowerCase();
});

// — report —
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo] + (sorted[Math.ceil(pos)] - sorted[lo]) * (pos - lo);
};
const summary = (kind) => ({
  coldFirstRenderMedian: quantile(samples[kind].cold, 0.5),
  warmFirstRenderMedian: quantile(samples[kind].warm, 0.5),
  coldFirstRenderMin: Math.min(...samples[kind].cold),
  warmFirstRenderMin: Math.min(...samples[kind].warm),
  yearUpdateMedian: quantile(samples[kind].updates, 0.5),
  yearUpdateP90: quantile(samples[kind].updates, 0.9),
  yearUpdateWorkMedian: quantile(samples[kind].updateWork, 0.5),
  yearUpdateWorkP90: quantile(samples[kind].updateWork, 0.9),
});
const element = summary('element');
const floor = summary('floor');
const rows = [
  ['cold first render (median)', 'coldFirstRenderMedian', TARGETS.first],
  ['warm first render (median)', 'warmFirstRenderMedian', TARGETS.first],
  ['cold first render (fastest)', 'coldFirstRenderMin', null],
  ['warm first render (fastest)', 'warmFirstRenderMin', null],
  ['year update (median)', 'yearUpdateMedian', TARGETS.update],
  ['year update (p90)', 'yearUpdateP90', null],
  ['  of which work (median)', 'yearUpdateWorkMedian', null],
  ['  of which work (p90)', 'yearUpdateWorkP90', null],
];
const ratios = Object.fromEntries(rows.map(([, key]) => [key, element[key] / floor[key]]));

const ms = (n) => `${n.toFixed(1)} ms`.padStart(10);
console.log(
  `\n<rights-democracy-map> vs floor (minimal d3-geo map), ${WIDTH}px wide, year ${FIRST_YEAR}, ` +
    `${RUNS} runs each (alternating, fresh page per run), ${YEAR_COUNT} year updates per run (${years[0]}-${years.at(-1)})`,
);
console.log(`${'measure'.padEnd(28)}${'element'.padStart(10)}${'floor'.padStart(10)}${'ratio'.padStart(9)}  target`);
for (const [label, key, target] of rows) {
  const ratio = ratios[key];
  const verdict = target === null ? '' : `<= ${target}x  ${ratio <= target ? 'MET' : 'NOT MET'}`;
  console.log(`${label.padEnd(28)}${ms(element[key])}${ms(floor[key])}${`${ratio.toFixed(2)}x`.padStart(9)}  ${verdict}`);
}
console.log(
  `\nSame countries drawn: ${sameCountries ? `yes (${codes.length})` : 'NO'}; colour mismatches in year ${years.at(-1)}: ${colourMismatches.length}${colourMismatches.length ? ` (${colourMismatches.slice(0, 8).join(', ')})` : ''}`,
);
console.log(
  `"work" = until el.updateComplete resolves / the fills are set, before the frame; the frame itself is vsync-bound (~16.7 ms at 60 Hz), which hides small differences in the full update times.`,
);
console.log(
  `Note: both load V-Dem v15 and the same 1:110m outlines. The floor projects the TopoJSON (world-110m) in the browser, as a minimal d3-geo map does; the element loads the outlines pre-projected by the data build (world-110m-equal-earth, same projection and fit) and only scales them. The element also loads the country registry, starts Intl (country names) and its code is two files (the embed entry and the map's file); the floor is one file. Both fetch their data as JSON.`,
);
console.log(`Targets: first render (cold and warm) <= ${TARGETS.first}x floor: ${ratios.coldFirstRenderMedian <= TARGETS.first && ratios.warmFirstRenderMedian <= TARGETS.first ? 'MET' : 'NOT MET'}; median year update <= ${TARGETS.update}x floor: ${ratios.yearUpdateMedian <= TARGETS.update ? 'MET' : 'NOT MET'}`);

const results = {
  date: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  environment: { node: process.version, chromium: chromiumVersion, cpus: cpus().length, cpuModel: cpus()[0]?.model },
  config: { runs: RUNS, width: WIDTH, firstYear: FIRST_YEAR, updateYears: [years[0], years.at(-1)], dataChunks: urls },
  element,
  floor,
  ratios,
  targets: {
    firstRender: { max: TARGETS.first, met: ratios.coldFirstRenderMedian <= TARGETS.first && ratios.warmFirstRenderMedian <= TARGETS.first },
    yearUpdateMedian: { max: TARGETS.update, met: ratios.yearUpdateMedian <= TARGETS.update },
  },
  sanity: { sameCountries, countries: codes.length, colourMismatches },
  samples,
};
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'map-render.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote bench/results/map-render.json`);
