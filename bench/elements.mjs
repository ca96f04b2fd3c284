#!/usr/bin/env node
// Benchmark of every element from the embed, beside the hand-written d3-geo
// floor map (bench/floor-map.js), in one run of headless Chromium; then the
// fifty-chart page (bench/fifty.html). Budgets: bench/budgets.mjs.
//
//   npm run bench                               (builds first)
//   node bench/elements.mjs [--runs 5] [--updates 20] [--fifty-runs 3]
//                           [--dist dir] [--report-only] [--fifty | --no-fifty]
//                           [--only democracy-map,assistance-map]
//
//   --dist dir      the built dist/ to measure (default: ./dist); served at /dist/
//   --runs N        cold first renders per element and width (default 5)
//   --updates N     main updates per run (default 20), so N x runs samples
//   --fifty         only the fifty-chart page;  --no-fifty: only the elements
//   --report-only   print and write results, exit 0 even when a budget fails
//   --only a,b      only these elements (and the floor), e.g. democracy-map
//
// Per element and width (360 and 1000 px), in a fresh browser context each run:
//   first render  the page is loaded; at t0 it adds the element's tag (with its
//                 attributes) and the embed script (/dist/rights-atlas.js),
//                 which then loads the element's file and its data; until the
//                 element's `rights-ready` (<rights-timeline>, which has no
//                 data: defined and rendered) plus one frame (rAF, then a task,
//                 so style, layout and paint of that frame count). The floor:
//                 at t0 the page imports its bundle and draws, until the paths
//                 are in plus one frame (as bench/map-render.mjs).
//   update        the element's main update (year, or country for the harm
//                 charts) set as a property, timed until `updateComplete`
//                 resolves ("work": the script of the update, before the
//                 frame); then one frame before the next. The floor: re-fill
//                 the paths for a year. Also from CDP Performance.getMetrics
//                 around the updates: main-thread busy time per update, its
//                 frame included.
//   bytes         from the page's network log: code = the .js files fetched
//                 (entry + element file), data = the .json files; raw size and
//                 gzip -9 (as scripts/size-report.mjs) of those files.
// Subjects run in an order rotated every run, so drift hits all of them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleFloor } from './floor-bundle.mjs';
import { serveStatic } from '../scripts/lib/static-server.mjs';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { BUDGETS } from './budgets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

// — options —
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const DIST = resolve(option('--dist', join(root, 'dist')));
const RUNS = Number(option('--runs', 5));
const UPDATES = Number(option('--updates', 20));
const FIFTY_RUNS = Number(option('--fifty-runs', 3));
const REPORT_ONLY = flag('--report-only');
const DO_ELEMENTS = !flag('--fifty');
const DO_FIFTY = !flag('--no-fifty');
const WIDTHS = [360, 1000];

// — what is measured: each element's attributes and main update —
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const ELEMENTS = [
  { tag: 'rights-democracy-map', attrs: { year: 2019 }, update: { prop: 'year', values: range(1980, 2018) } },
  { tag: 'rights-regime-share', attrs: { year: 2000 }, update: { prop: 'year', values: range(1960, 2024) } },
  { tag: 'rights-democracy-trend', attrs: { countries: 'HUN IND', year: 2000 }, update: { prop: 'year', values: range(1970, 2024) } },
  // No `year`: its years are `from` and `to`; the start year moves.
  { tag: 'rights-democracy-change', attrs: { from: 2010, to: 2024 }, update: { prop: 'from', values: range(1990, 2020) } },
  { tag: 'rights-timeline', attrs: { year: 2000 }, update: { prop: 'year', values: range(1960, 2024) }, noData: true },
  { tag: 'rights-civilian-harm', attrs: { countries: 'PAK' }, update: { prop: 'countries', values: ['YEM', 'SOM', 'AFG', 'PAK'] } },
  { tag: 'rights-strike-map', attrs: { country: 'PAK' }, update: { prop: 'country', values: ['YEM', 'SOM', 'AFG', 'PAK'] } },
  { tag: 'rights-assistance-ranking', attrs: { measure: 'military-aid', year: 2010 }, update: { prop: 'year', values: range(2002, 2015) } },
  { tag: 'rights-assistance-map', attrs: { measure: 'arms', year: 2020 }, update: { prop: 'year', values: range(2000, 2021) } },
  { tag: 'rights-assistance-vs-democracy', attrs: { measure: 'arms', year: 2020 }, update: { prop: 'year', values: range(2000, 2021) } },
  // The Blueprint chapters (#17): each one's main control.
  { tag: 'rights-guantanamo', attrs: {}, update: { prop: 'from', values: range(2002, 2020) } },
  { tag: 'rights-police-equipment', attrs: { measure: 'value' }, update: { prop: 'measure', values: ['rifles', 'mraps', 'controlled', 'value'] } },
  { tag: 'rights-sanctions', attrs: {}, update: { prop: 'kind', values: ['individual', 'entity', 'vessel', 'all'] } },
  { tag: 'rights-refugee-admissions', attrs: {}, update: { prop: 'from', values: range(1980, 2015) } },
  { tag: 'rights-surveillance-exports', attrs: {}, update: { prop: 'technology', values: ['safe-city', 'facial-recognition', 'smart-policing', 'social-media', 'any'] } },
  { tag: 'rights-corruption', attrs: { year: 2023 }, update: { prop: 'year', values: [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2023] } },
  { tag: 'rights-hrc-membership', attrs: { cycle: '2018' }, update: { prop: 'cycle', values: ['2008', '2012', '2016', '2018', '2020', '2024'] } },
];
const MAP = 'rights-democracy-map';
const FLOOR = 'floor';
const FLOOR_YEAR = 2019;
const FLOOR_UPDATES = range(1980, 2018);

/** `count` values from the list, cycling, never the initial value twice in a row. */
function updateValues(values, initial, count) {
  const out = [];
  let previous = String(initial);
  for (let i = 0; out.length < count; i++) {
    const value = values[i % values.length];
    if (String(value) === previous) continue;
    out.push(value);
    previous = String(value);
  }
  return out;
}

// — checks before starting —
let manifest;
try {
  manifest = JSON.parse(readFileSync(join(DIST, 'embed-chunks.json'), 'utf8'));
  statSync(join(DIST, manifest.entry));
} catch {
  console.error(`${DIST}/embed-chunks.json or the entry is missing: run npm run build first (or pass --dist)`);
  process.exit(1);
}
const vdemFile = manifest.data?.['vdem-v15.json'];
if (!vdemFile) {
  console.error('no data/vdem-v15.json in embed-chunks.json: run npm run build first');
  process.exit(1);
}

// — the floor bundle and the pages, in a temp folder served at /bench-tmp/ —
const work = mkdtempSync(join(tmpdir(), 'rights-bench-elements-'));
if (DO_ELEMENTS) {
  await bundleFloor(join(work, 'floor.js'));
}

// One page for every subject: box width set per run; the element pads its
// chart by 12px, so the floor's SVG sits in a box padded the same way.
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
  body { margin: 0; font-family: system-ui, sans-serif; }
  .floor { padding: 12px; }
  .floor svg { display: block; width: 100%; height: auto; aspect-ratio: 2 / 1; background: #f7f9fb; }
  .floor path { stroke: #fff; stroke-width: 0.5; }
</style></head><body><div id="box"></div>
<script type="module">
const box = document.getElementById('box');
const frame = () => new Promise((done) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done();
  channel.port2.postMessage(0);
}));
const idle = () => new Promise((done) => requestIdleCallback(() => done()));
const marksIn = (root) => root?.querySelectorAll('path, rect, circle, line, polyline, input').length ?? 0;
let subject;

window.coldRender = async ({ tag, attrs, noData, width, floorUrls }) => {
  box.style.width = width + 'px';
  const t0 = performance.now();
  if (tag === 'floor') {
    const holder = document.createElement('div');
    holder.className = 'floor';
    box.append(holder);
    const map = await (await import('/bench-tmp/floor.js')).drawMap(holder, attrs.year, floorUrls);
    subject = { update: (year) => map.setYear(year) };
  } else {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
    const drawn = noData
      ? customElements.whenDefined(tag).then(() => el.updateComplete)
      : new Promise((done) => el.addEventListener('rights-ready', done, { once: true }));
    box.append(el);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/rights-atlas.js';
    document.head.append(script);
    await drawn;
    subject = { el, update: async (prop, value) => { el[prop] = value; await el.updateComplete; } };
  }
  await frame();
  const ms = performance.now() - t0;
  const marks = subject.el ? marksIn(subject.el.shadowRoot) : box.querySelectorAll('path').length;
  await idle();
  return { ms, marks };
};

window.updates = async ({ prop, values }) => {
  const work = [];
  const full = [];
  for (const value of values) {
    const t0 = performance.now();
    await (subject.el ? subject.update(prop, value) : subject.update(value));
    const t1 = performance.now();
    await frame();
    work.push(t1 - t0);
    full.push(performance.now() - t0);
  }
  return { work, full };
};
</script></body></html>`;
writeFileSync(join(work, 'bench.html'), page);

// — stats —
const quantile = (values, q) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo] + (sorted[Math.ceil(pos)] - sorted[lo]) * (pos - lo);
};
const median = (values) => quantile(values, 0.5);
const fileBytes = new Map();
/** Raw and gzip -9 size of a served path (/dist/… from --dist, /bench-tmp/… the floor, else the repository). */
function bytesOf(path) {
  if (!fileBytes.has(path)) {
    const file = path.startsWith('/dist/') ? join(DIST, path.slice(6)) : path.startsWith('/bench-tmp/') ? join(work, path.slice(11)) : join(root, path);
    const body = readFileSync(file);
    fileBytes.set(path, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return fileBytes.get(path);
}
// Not ScriptDuration: it misses script run in microtasks (Lit renders there).
const METRICS = ['LayoutDuration', 'RecalcStyleDuration', 'TaskDuration', 'LayoutCount', 'RecalcStyleCount'];
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.filter((m) => METRICS.includes(m.name) || m.name === 'JSHeapUsedSize').map((m) => [m.name, m.value]));
}
const msDelta = (after, before, name, per = 1) => ((after[name] - before[name]) * 1000) / per;

// — run —
const server = await serveStatic(root, { mounts: { '/bench-tmp/': work, '/dist/': DIST } });
const browser = await launchChromium();
const chromiumVersion = browser.version();
const started = Date.now();
const load = { before: loadavg()[0] };

/** One fresh context: cold first render of `subject` at `width`, then its updates. */
async function measure(subject, width) {
  const context = await browser.newContext({ viewport: { width: width + 40, height: 900 }, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  const errors = [];
  const fetched = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico') && errors.push(m.text()));
  tab.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (/\.(js|json)$/.test(pathname)) fetched.push(pathname);
  });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  try {
    await tab.goto(`${server.url}/bench-tmp/bench.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => typeof window.coldRender === 'function');
    const isFloor = subject.tag === FLOOR;
    // Heap growth: live JS heap after a forced GC, before the tag and after its first render.
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBefore = (await metrics(cdp)).JSHeapUsedSize;
    const m0 = await metrics(cdp);
    const cold = await tab.evaluate((options) => window.coldRender(options), {
      tag: subject.tag,
      attrs: subject.attrs,
      noData: Boolean(subject.noData),
      width,
      floorUrls: { world: '/data/world-110m.json', vdem: `/dist/${vdemFile}` },
    });
    const m1 = await metrics(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapGrowth = (await metrics(cdp)).JSHeapUsedSize - heapBefore;
    const coldFetched = [...fetched];
    if (!cold.marks) throw new Error(`${subject.tag} at ${width}px drew nothing`);
    const values = isFloor ? updateValues(FLOOR_UPDATES, FLOOR_YEAR, UPDATES) : updateValues(subject.update.values, subject.attrs[subject.update.prop], UPDATES);
    const updates = await tab.evaluate((options) => window.updates(options), { prop: subject.update?.prop, values });
    const m2 = await metrics(cdp);
    if (errors.length) throw new Error(`${subject.tag} at ${width}px: page errors: ${errors.join(' | ')}`);
    const code = coldFetched.filter((f) => f.endsWith('.js'));
    const data = coldFetched.filter((f) => f.endsWith('.json'));
    const sum = (files, key) => files.reduce((total, f) => total + bytesOf(f)[key], 0);
    return {
      first: cold.ms,
      firstBusy: msDelta(m1, m0, 'TaskDuration'),
      firstLayout: msDelta(m1, m0, 'LayoutDuration') + msDelta(m1, m0, 'RecalcStyleDuration'),
      firstLayoutCounts: { layouts: m1.LayoutCount - m0.LayoutCount, styles: m1.RecalcStyleCount - m0.RecalcStyleCount },
      updateWork: updates.work,
      updateFull: updates.full,
      updateBusy: msDelta(m2, m1, 'TaskDuration', values.length),
      updateLayout: (msDelta(m2, m1, 'LayoutDuration') + msDelta(m2, m1, 'RecalcStyleDuration')) / values.length,
      heapGrowth,
      files: { code, data, duringUpdates: fetched.slice(coldFetched.length) },
      bytes: { code: { raw: sum(code, 'raw'), gzip: sum(code, 'gzip') }, data: { raw: sum(data, 'raw'), gzip: sum(data, 'gzip') } },
    };
  } finally {
    await context.close();
  }
}

const results = { elements: null, fifty: null };
const failures = [];

try {
  if (DO_ELEMENTS) {
    const only = option('--only', '').split(',').filter(Boolean).map((name) => (name.startsWith('rights-') ? name : `rights-${name}`));
    const chosen = only.length ? ELEMENTS.filter((element) => only.includes(element.tag)) : ELEMENTS;
    if (only.length && chosen.length !== only.length) throw new Error(`--only: no such element among ${only.join(', ')}`);
    const subjects = [{ tag: FLOOR, attrs: { year: FLOOR_YEAR } }, ...chosen];
    const samples = new Map(); // `${tag}@${width}` -> list of measure() results
    // Untimed warm-up of each subject, so the first timed run does not pay for a cold browser or disk.
    for (const subject of subjects) await measure(subject, WIDTHS.at(-1));
    const total = RUNS * WIDTHS.length * subjects.length;
    let doneCount = 0;
    for (let run = 0; run < RUNS; run++) {
      const order = subjects.map((_, i) => subjects[(i + run) % subjects.length]);
      if (run % 2) order.reverse();
      for (const width of WIDTHS) {
        for (const subject of order) {
          const key = `${subject.tag}@${width}`;
          if (!samples.has(key)) samples.set(key, []);
          samples.get(key).push(await measure(subject, width));
          process.stdout.write(`\rmeasured ${++doneCount}/${total}`);
        }
      }
    }
    process.stdout.write('\n');
    results.elements = summarise(subjects, samples);
  }
  if (DO_FIFTY) results.fifty = await fifty();
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
load.after = loadavg()[0];

function summarise(subjects, samples) {
  const rows = [];
  for (const width of WIDTHS) {
    const floor = samples.get(`${FLOOR}@${width}`);
    const floorFirst = median(floor.map((s) => s.first));
    const floorUpdate = median(floor.flatMap((s) => s.updateWork));
    const floorHeap = median(floor.map((s) => s.heapGrowth));
    for (const subject of subjects) {
      const list = samples.get(`${subject.tag}@${width}`);
      const first = median(list.map((s) => s.first));
      const work = list.flatMap((s) => s.updateWork);
      const row = {
        tag: subject.tag,
        width,
        update: subject.tag === FLOOR ? 'year' : subject.update.prop,
        firstMedian: first,
        firstMin: Math.min(...list.map((s) => s.first)),
        firstBusyMedian: median(list.map((s) => s.firstBusy)),
        firstStyleLayoutMedian: median(list.map((s) => s.firstLayout)),
        firstLayoutsMedian: median(list.map((s) => s.firstLayoutCounts.layouts)),
        firstStyleRecalcsMedian: median(list.map((s) => s.firstLayoutCounts.styles)),
        firstVsFloor: first / floorFirst,
        updateWorkMedian: median(work),
        updateWorkP90: quantile(work, 0.9),
        updateFrameMedian: median(list.flatMap((s) => s.updateFull)),
        updateBusyPerUpdate: median(list.map((s) => s.updateBusy)),
        updateStyleLayoutPerUpdate: median(list.map((s) => s.updateLayout)),
        updateVsFloor: median(work) / floorUpdate,
        heapGrowthMedian: median(list.map((s) => s.heapGrowth)),
        heapVsFloor: median(list.map((s) => s.heapGrowth)) / floorHeap,
        bytes: list.at(-1).bytes,
        files: list.at(-1).files,
        samples: { first: list.map((s) => s.first), updateWork: work },
        budgets: [],
      };
      if (subject.tag !== FLOOR) {
        const check = (name, value, max, unit) => {
          const ok = value <= max;
          row.budgets.push({ name, value, max, ok });
          if (!ok) failures.push(`${subject.tag} ${width}px: ${name} ${value.toFixed(2)}${unit} > ${max}${unit}`);
        };
        if (subject.tag === MAP) {
          check('first render vs floor', row.firstVsFloor, BUDGETS.map.firstRenderVsFloor, 'x');
          check('update vs floor', row.updateVsFloor, BUDGETS.map.updateVsFloor, 'x');
          check('heap growth vs floor', row.heapVsFloor, BUDGETS.map.heapGrowthVsFloor, 'x');
        } else {
          check('first render vs floor', row.firstVsFloor, BUDGETS.firstRenderVsFloor, 'x');
        }
        check('update work', row.updateWorkMedian, BUDGETS.updateMs, ' ms');
      }
      rows.push(row);
    }
  }
  return rows;
}

async function fifty() {
  const runs = [];
  for (let run = 0; run < FIFTY_RUNS + 1; run++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico') && errors.push(m.text()));
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    try {
      await tab.goto(`${server.url}/bench/fifty.html`);
      const result = await tab.evaluate(() => window.fifty);
      const after = await metrics(cdp);
      await cdp.send('HeapProfiler.collectGarbage');
      const afterGc = await metrics(cdp);
      if (errors.length) throw new Error(`fifty.html: page errors: ${errors.join(' | ')}`);
      // The first load is an untimed warm-up, like the elements'.
      if (run > 0) runs.push({ ...result, cdpHeapUsedBytes: after.JSHeapUsedSize, cdpHeapAfterGcBytes: afterGc.JSHeapUsedSize, busyMs: after.TaskDuration * 1000 });
    } finally {
      await context.close();
    }
    process.stdout.write(`\rfifty: load ${run + 1}/${FIFTY_RUNS + 1}`);
  }
  process.stdout.write('\n');
  const summary = {
    runs,
    interactiveMedian: median(runs.map((r) => r.interactiveMs)),
    lastReadyMedian: median(runs.map((r) => r.lastReadyMs)),
    heapMedian: median(runs.map((r) => r.cdpHeapUsedBytes)),
    heapAfterGcMedian: median(runs.map((r) => r.cdpHeapAfterGcBytes)),
  };
  summary.ok = summary.interactiveMedian <= BUDGETS.fiftyInteractiveMs;
  if (!summary.ok) failures.push(`fifty charts: interactive ${summary.interactiveMedian.toFixed(0)} ms > ${BUDGETS.fiftyInteractiveMs} ms`);
  return summary;
}

// — report —
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '-');
const kB = (n) => (n / 1024).toFixed(0);
const pad = (text, width, left = false) => (left ? String(text).padEnd(width) : String(text).padStart(width));
const short = (tag) => tag.replace(/^rights-/, '');
if (results.elements) {
  console.log(
    `\nEvery element from the embed vs the floor (hand-written d3-geo map), ${RUNS} cold runs per element and width ` +
      `(fresh context each), ${UPDATES} updates per run; medians. Budgets: bench/budgets.mjs.`,
  );
  const header = [
    pad('element', 24, true), pad('px', 5), pad('first', 8), pad('xfloor', 7), pad('busy', 7), pad('lay', 6),
    pad(' update', 13, true), pad('work', 6), pad('p90', 6), pad('xfloor', 7), pad('busy/up', 8),
    pad('heap', 6), pad('xfloor', 7), pad('code kB', 10), pad('data kB', 11), '  budgets',
  ].join('');
  console.log(header);
  console.log(`${''.padEnd(24)}${''.padEnd(5)}${pad('ms', 8)}${''.padEnd(7)}${pad('ms', 7)}${pad('ms', 6)}${''.padEnd(13)}${pad('ms', 6)}${pad('ms', 6)}${''.padEnd(7)}${pad('ms', 8)}${pad('MB', 6)}${''.padEnd(7)}${pad('raw/gz', 10)}${pad('raw/gz', 11)}`);
  for (const r of results.elements) {
    const fetchedOnUpdate = r.files.duringUpdates.length ? ` [updates fetched ${r.files.duringUpdates.length} files]` : '';
    const verdict = (r.tag === FLOOR ? '(the floor)' : r.budgets.every((b) => b.ok) ? 'ok' : `FAIL: ${r.budgets.filter((b) => !b.ok).map((b) => b.name).join(', ')}`) + fetchedOnUpdate;
    console.log(
      [
        pad(short(r.tag), 24, true), pad(r.width, 5), pad(f1(r.firstMedian), 8), pad(`${r.firstVsFloor.toFixed(2)}x`, 7),
        pad(f1(r.firstBusyMedian), 7), pad(f1(r.firstStyleLayoutMedian), 6),
        pad(` ${r.update}`, 13, true), pad(f1(r.updateWorkMedian), 6), pad(f1(r.updateWorkP90), 6),
        pad(r.tag === MAP || r.tag === FLOOR ? `${r.updateVsFloor.toFixed(2)}x` : '', 7), pad(f1(r.updateBusyPerUpdate), 8),
        pad((r.heapGrowthMedian / 2 ** 20).toFixed(2), 6), pad(`${r.heapVsFloor.toFixed(2)}x`, 7),
        pad(`${kB(r.bytes.code.raw)}/${kB(r.bytes.code.gzip)}`, 10), pad(`${kB(r.bytes.data.raw)}/${kB(r.bytes.data.gzip)}`, 11),
        `  ${verdict}`,
      ].join(''),
    );
  }
  console.log(
    'first = tag + embed script added until rights-ready + one frame (download, parse, data, render); busy / lay = main-thread task time and ' +
      'style+layout time inside it (CDP); work = update until updateComplete (script); busy/up = main-thread time per update with its frame; ' +
      'heap = live JS heap growth from the tag to its first render (after a forced GC each side); ' +
      'xfloor = ratio to the floor at the same width; kB = entry + element file / JSON files fetched, raw / gzip -9.',
  );
}
if (results.fifty) {
  const s = results.fifty;
  console.log(
    `\nFifty charts (bench/fifty.html: ${s.runs[0].charts} charts of ${s.runs[0].tags} elements, 1000px viewport), ${s.runs.length} loads (medians): all ready at ${f1(s.lastReadyMedian)} ms, ` +
      `idle (interactive) at ${f1(s.interactiveMedian)} ms after navigation start (budget ${BUDGETS.fiftyInteractiveMs} ms: ${s.ok ? 'ok' : 'FAIL'}); ` +
      `JS heap ${(s.heapMedian / 2 ** 20).toFixed(1)} MB (${(s.heapAfterGcMedian / 2 ** 20).toFixed(1)} MB after GC).`,
  );
  console.log(
    `  per load: ${s.runs.map((r) => `${Math.round(r.interactiveMs)} ms (${r.longTasks} long tasks, ${Math.round(r.longTaskMs)} ms; main thread busy ${Math.round(r.busyMs)} ms)`).join('; ')}`,
  );
}
console.log(`\nLoad average (1 min) before/after: ${load.before.toFixed(2)} / ${load.after.toFixed(2)} on ${cpus().length} CPUs; a busy machine inflates every time.`);
console.log(failures.length ? `\nBudgets failed (${failures.length}):\n  ${failures.join('\n  ')}` : '\nAll budgets met.');

mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(
  join(here, 'results', 'elements.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      environment: { node: process.version, chromium: chromiumVersion, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadavg: load },
      config: { dist: DIST, runs: RUNS, updates: UPDATES, fiftyRuns: FIFTY_RUNS, widths: WIDTHS, budgets: BUDGETS, elements: ELEMENTS },
      ...results,
      failures,
    },
    null,
    2,
  )}\n`,
);
console.log('Wrote bench/results/elements.json');
if (failures.length && !REPORT_ONLY) process.exit(1);
