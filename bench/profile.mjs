#!/usr/bin/env node
// Where an element's main update (or first render) spends its time: the CDP
// sampling profiler over many updates, self time summed per function. For
// names and lines, profile a readable embed build:
//
//   EMBED_READABLE=1 npm run build:lib && cp -r dist /tmp/dist-read
//   node bench/profile.mjs --dist /tmp/dist-read rights-democracy-map '{"year":2019}' year 1980-2018
//   node bench/profile.mjs --dist /tmp/dist-read --first rights-democracy-map '{"year":2019}'
//   node bench/profile.mjs --dist /tmp/dist-read --fifty
//
// Arguments: tag, attributes as JSON, then (updates) the property and its
// values: a year range "1980-2018" or a comma list "PAK,YEM". Options:
// --dist dir (default ./dist), --width px (default 1000), --rounds N (default 5:
// the values are set N times over), --top N (default 25), --first (profile
// the cold first render instead, 5 loads), --fifty (profile 3 loads of
// bench/fifty.html until every chart is ready and the page idle).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../scripts/lib/static-server.mjs';
import { launchChromium } from '../scripts/lib/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const options = {};
const rest = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--first') options.first = true;
  else if (argv[i] === '--fifty') options.fifty = true;
  else if (argv[i].startsWith('--')) options[argv[i].slice(2)] = argv[++i];
  else rest.push(argv[i]);
}
const [tag, attrsJson = '{}', prop, valuesText = ''] = rest;
if (!options.fifty && (!tag || (!options.first && !prop))) {
  console.error('usage: node bench/profile.mjs [--dist dir] [--width px] [--rounds N] [--top N] [--first] <tag> <attrs-json> [<prop> <values>]');
  process.exit(2);
}
const dist = resolve(options.dist ?? join(root, 'dist'));
const width = Number(options.width ?? 1000);
const rounds = Number(options.rounds ?? 5);
const top = Number(options.top ?? 25);
const range = /^(\d+)-(\d+)$/.exec(valuesText);
const values = range ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i) : valuesText.split(',').filter(Boolean);

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><div id="box" style="width:${width}px"></div>
<script type="module">
const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
window.place = (tag, attrs) => new Promise((done) => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  el.addEventListener('rights-ready', () => frame().then(done), { once: true });
  document.getElementById('box').append(el);
  window.el = el;
  if (!document.querySelector('script[src="/dist/rights-atlas.js"]')) {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/rights-atlas.js';
    document.head.append(script);
  }
});
window.updates = async (prop, values, rounds) => {
  for (let r = 0; r < rounds; r++) for (const value of values) { window.el[prop] = value; await window.el.updateComplete; await frame(); }
};
</script></body></html>`;

const server = await serveStatic(root, { mounts: { '/dist/': dist } });
const browser = await launchChromium();
try {
  const profiles = [];
  if (options.fifty) {
    for (let load = 0; load < 3; load++) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await tab.goto(`${server.url}/bench/fifty.html`);
      await tab.evaluate(() => window.fifty);
      profiles.push((await cdp.send('Profiler.stop')).profile);
      await context.close();
    }
    report(profiles, 3);
  }
  const loads = options.fifty ? 0 : options.first ? 5 : 1;
  for (let load = 0; load < loads; load++) {
    const context = await browser.newContext({ viewport: { width: width + 40, height: 900 } });
    const tab = await context.newPage();
    await tab.route('**/profile.html', (route) => route.fulfill({ contentType: 'text/html', body: page }));
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await tab.goto(`${server.url}/profile.html`);
    if (options.first) await cdp.send('Profiler.start');
    await tab.evaluate(([t, a]) => window.place(t, a), [tag, JSON.parse(attrsJson)]);
    if (!options.first) {
      await tab.evaluate(([p, v]) => window.updates(p, v, 1), [prop, values]); // warm-up
      await cdp.send('Profiler.start');
      await tab.evaluate(([p, v, r]) => window.updates(p, v, r), [prop, values, rounds]);
    }
    profiles.push((await cdp.send('Profiler.stop')).profile);
    await context.close();
  }
  if (!options.fifty) report(profiles, options.first ? loads : rounds * values.length);
} finally {
  await browser.close();
  await server.close();
}

/** Self time per function (name and file:line), per update (or per load), largest first. */
function report(profiles, per) {
  const self = new Map();
  let total = 0;
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const deltas = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id);
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(program)') return;
      const ms = (deltas[i + 1] ?? 0) / 1000;
      const file = url ? url.split('/').pop() : '';
      const key = `${functionName || '(anonymous)'} ${file}${file ? `:${lineNumber + 1}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + ms);
      total += ms;
    });
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  const inclusive = totals(profiles);
  console.log(`${options.fifty ? 'fifty.html' : tag} ${options.first || options.fifty ? 'first render' : `${prop} update`} at ${width}px: ${(total / per).toFixed(3)} ms of samples per ${options.first ? 'load' : 'update'} (${per} ${options.first ? 'loads' : 'updates'}); self time per function:`);
  for (const [key, ms] of rows) console.log(`${(ms / per).toFixed(3).padStart(8)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`);
  console.log(`\ntotal time per function (itself and what it calls), the ${top} largest:`);
  for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(ms / per).toFixed(3).padStart(8)} ms  ${key}`);
}

/** Time per function including its callees, each sample counted once per function on its stack. */
function totals(profiles) {
  const sums = new Map();
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const { functionName, url, lineNumber } = nodes.get(at).callFrame;
        if (!functionName || functionName.startsWith('(')) continue;
        const file = url ? url.split('/').pop() : '';
        const key = `${functionName} ${file}${file ? `:${lineNumber + 1}` : ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        sums.set(key, (sums.get(key) ?? 0) + ms);
      }
    });
  }
  return sums;
}
