#!/usr/bin/env node
// Checks that every story of a built Storybook really renders, not just that
// `storybook build` exited 0:
//
//   npm run analyze && npx storybook build --quiet -o storybook-static
//   node stories/check-stories.mjs storybook-static [--out /tmp/stories] [--only <id-substring>]
//   node stories/check-stories.mjs http://localhost:6006      (a running `storybook dev`)
//
// For each story in index.json it opens iframe.html?id=<id>&viewMode=story in
// headless Chromium, waits until every <rights-democracy-map> on the page shows
// what the story's tags expect (default: a drawn chart — the map's
// `svg.map path.country`, or for other charts no loading state and SVG marks; tag
// `expect-table`: the table; `expect-error`: the load-error message;
// `expect-notice`: also a bad-input notice), checks that a reactive property
// still re-renders (the decorator trap breaks exactly that), saves a screenshot
// to <out>/<id>.png, and collects console errors and uncaught page errors.
// Exits 1 if any story fails to render or logs an error.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../scripts/lib/static-server.mjs';
import { launchChromium } from '../scripts/lib/browser.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const outDir = resolve(option('--out', '/tmp/stories'));
const only = option('--only', '');
const timeout = Number(option('--timeout', '20000'));
const target = args[0] ?? 'storybook-static';
// A running Storybook (`storybook dev`) can be checked too: pass its URL.
const remote = /^https?:\/\//.test(target) ? target.replace(/\/$/, '') : '';
const dir = remote ? '' : resolve(target);

if (!remote && (!existsSync(join(dir, 'index.json')) || !existsSync(join(dir, 'iframe.html')))) {
  console.error(`No built Storybook in ${dir}: run "npm run build:storybook" (or "npx storybook build -o ${target}") first.`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const index = remote
  ? await (await fetch(`${remote}/index.json`)).json()
  : JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(only));
if (stories.length === 0) {
  console.error('No stories found in index.json.');
  process.exit(1);
}

/** Runs in the page: the state of every rights-* element, or null while not ready. */
function inspect(expect) {
  const root = document.querySelector('#storybook-root') ?? document.body;
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent ?? '';
    const stack = document.querySelector('#error-stack')?.textContent ?? '';
    return { fatal: `Storybook error display: ${message} ${stack}`.trim().slice(0, 1500) };
  }
  const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('rights-'));
  if (elements.length === 0) return null;
  const states = [];
  for (const el of elements) {
    const shadow = el.shadowRoot;
    if (!shadow) return null;
    const state = {
      tag: el.localName,
      countries: shadow.querySelectorAll('svg.map path.country').length,
      marks: shadow.querySelectorAll('svg path, svg rect, svg circle, svg line').length,
      loading: Boolean(shadow.querySelector('.loading')),
      rows: shadow.querySelectorAll('[part=table] tbody tr').length,
      error: shadow.querySelector('[part=error]')?.textContent.trim().replace(/\s+/g, ' ') ?? '',
      notices: [...shadow.querySelectorAll('[part=notice]')].map((n) => n.textContent.trim().replace(/\s+/g, ' ')),
      heading: shadow.querySelector('[part=heading]')?.textContent.trim() ?? '',
    };
    // A map is drawn when its countries are; any other chart when it has left
    // its loading state and drawn some marks.
    const drawn =
      state.tag === 'rights-democracy-map'
        ? state.countries > 100
        : state.tag === 'rights-timeline'
          ? Boolean(shadow.querySelector('input[type=range]'))
          : !state.loading && state.marks > 5;
    const ok =
      (expect.includes('error') ? state.error !== '' : expect.includes('table') ? state.rows > 0 : drawn) &&
      (!expect.includes('notice') || state.notices.length > 0);
    if (!ok) return null;
    states.push(state);
  }
  return { states };
}

/**
 * Runs in the page: reader-facing text (shadow DOM text, including what opens
 * on demand, and accessible names) that leaks internals: "verify", repository
 * paths, commit hashes or data field names. Those belong in data/sources.json.
 */
function leaks() {
  const FORBIDDEN = [
    /\bverify\b/i,
    /shared\/datasets|datasets\/raw|\braw\/[a-z-]+\//,
    /@[0-9a-f]{7,40}\b|\bcommit [0-9a-f]{7,40}\b/,
    /\b(minStrikes|maxStrikes|latestCompleteYear|provisionalYears|readerNote|licenceName|commercialUse|countedUnder)\b/,
  ];
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    if (!el.localName.startsWith('rights-') || !el.shadowRoot) continue;
    const labels = [...el.shadowRoot.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
    const text = [el.shadowRoot.textContent ?? '', ...labels].join(' ').replace(/\s+/g, ' ');
    for (const pattern of FORBIDDEN) {
      const match = text.match(pattern);
      if (match) found.push(`${el.localName}: "${text.slice(Math.max(0, match.index - 40), match.index + 40)}"`);
    }
  }
  return found;
}

/** Runs in the page: does setting a reactive property still re-render? */
async function reactivity() {
  const el = [...document.querySelectorAll('#storybook-root *')].find((e) => e.localName.startsWith('rights-'));
  const before = el.heading;
  el.heading = 'Reactivity check';
  await el.updateComplete;
  const shown = el.shadowRoot.querySelector('[part=heading]')?.textContent.trim();
  el.heading = before;
  await el.updateComplete;
  return shown === 'Reactivity check';
}

const server = remote ? { url: remote, close: async () => {} } : await serveStatic(dir);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
let failures = 0;

try {
  for (const story of stories) {
    const expect = (story.tags ?? []).filter((t) => t.startsWith('expect-')).map((t) => t.slice(7));
    const page = await context.newPage();
    const errors = [];
    const warnings = [];
    page.on('console', (message) => {
      const text = message.text();
      const where = message.location()?.url ?? '';
      // The browser's own favicon request is not the story's business.
      if (message.type() === 'error' && where.endsWith('/favicon.ico')) return;
      if (message.type() === 'error') errors.push(`console.error: ${text}${where && text.startsWith('Failed to load resource') ? ` (${where})` : ''}`);
      else if (message.type() === 'warning') warnings.push(text);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));

    const started = Date.now();
    let result = null;
    let problem = '';
    try {
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      const handle = await page.waitForFunction(inspect, expect, { timeout, polling: 100 });
      result = await handle.jsonValue();
      if (result.fatal) problem = result.fatal;
      else {
        // One frame so the drawn map is painted before the screenshot.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await page.screenshot({ path: join(outDir, `${story.id}.png`), fullPage: true });
        if (!(await page.evaluate(reactivity))) problem = 'setting el.heading did not re-render (reactive properties broken: decorator/class-field trap?)';
        const leaked = await page.evaluate(leaks);
        if (!problem && leaked.length) problem = `reader-facing text leaks internals: ${leaked.join('; ')}`;
      }
    } catch (error) {
      const state = await page.evaluate(inspect, []).catch(() => null);
      problem = `did not render as expected (${expect.join(', ') || 'map'}) within ${timeout} ms: ${error.message.split('\n')[0]}${state ? ` — state: ${JSON.stringify(state)}` : ''}`;
      await page.screenshot({ path: join(outDir, `${story.id}.png`), fullPage: true }).catch(() => {});
    }
    if (!problem && errors.length) problem = errors.join('\n      ');
    const ms = Date.now() - started;
    if (problem) {
      failures++;
      console.log(`FAIL ${story.id} (${ms} ms)\n      ${problem}`);
    } else {
      const s = result.states.map((st) =>
        `${st.tag}: ${st.error ? `error "${st.error.slice(0, 60)}"` : st.rows ? `${st.rows} table rows` : st.countries ? `${st.countries} countries` : `${st.marks} marks`}`,
      );
      const notes = result.states.flatMap((st) => st.notices);
      console.log(`ok   ${story.id} (${ms} ms): ${s.join('; ')}${notes.length ? ` — notices: ${notes.join(' | ')}` : ''}`);
    }
    if (warnings.length) console.log(`     warnings: ${[...new Set(warnings)].map((w) => w.slice(0, 200)).join(' | ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nScreenshots in ${outDir}`);
console.log(`${stories.length - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
