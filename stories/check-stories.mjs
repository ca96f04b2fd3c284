#!/usr/bin/env node
// Checks that every story of a built Storybook really renders, not just that
// `storybook build` exited 0:
//
//   npm run analyze && npx storybook build --quiet -o storybook-static
//   node stories/check-stories.mjs storybook-static [--out /tmp/stories] [--only <id-substring>] [--jobs 2] [--shots]
//   node stories/check-stories.mjs http://localhost:6006      (a running `storybook dev`)
//
// For each story in index.json it opens iframe.html?id=<id>&viewMode=story in
// headless Chromium, waits until every rights-* element on the page shows
// what the story's tags expect (default: a drawn chart — the map's
// `svg.map path.country`, or for other charts no loading state and SVG marks; tag
// `expect-table`: the table; `expect-error`: the load-error message;
// `expect-notice`: also a bad-input notice), checks that a reactive property
// still re-renders (the decorator trap breaks exactly that), saves a screenshot
// to <out>/<id>.png (of every story with --shots, else of failures), and collects console errors and uncaught page errors.
//
// Then it opens every Docs page (iframe.html?id=<component>--docs&viewMode=docs), where all of
// a component's stories render together in one frame, and checks each story there the same
// way: a story that changes something page-wide (a failing loader, a stubbed fetch, a poisoned
// data cache) shows up as other charts of the page in an error state or never drawn. Stories
// shown in their own iframe on the Docs page (the "Data fails to load" ones) are checked in it.
// The page-wide probes (what the page runs in headless Chromium) are in stories/check-page.mjs.
// Exits 1 if any story or Docs page fails to render or logs an error.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { inspect, leaks } from './check-page.mjs';
import { expectations, openStorybook, storyUrl } from './check-storybook.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const outDir = resolve(option('--out', '/tmp/stories'));
const only = option('--only', '');
const timeout = Number(option('--timeout', '20000'));
const jobs = Math.max(1, Number(option('--jobs', '2')) || 1);
/** Screenshots of stories that pass too (`--shots`); a failing one is always shot. */
const shots = args.includes('--shots') && args.splice(args.indexOf('--shots'), 1).length > 0;
const storybook = await openStorybook(args[0] ?? 'storybook-static');
const stories = storybook.stories.filter((e) => e.id.includes(only));
const docsPages = storybook.docs.filter((e) => e.id.includes(only));
if (stories.length === 0 && docsPages.length === 0) {
  console.error('No stories found in index.json.');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

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

/** Collects a page's console errors, uncaught errors, failed requests and warnings. */
function listen(page) {
  const log = { errors: [], warnings: [] };
  page.on('console', (message) => {
    const text = message.text();
    const where = message.location()?.url ?? '';
    // The browser's own favicon request is not the story's business.
    if (message.type() === 'error' && where.endsWith('/favicon.ico')) return;
    if (message.type() === 'error') log.errors.push(`console.error: ${text}${where && text.startsWith('Failed to load resource') ? ` (${where})` : ''}`);
    else if (message.type() === 'warning') log.warnings.push(text);
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => log.errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  return log;
}

/** One line per chart: what it shows. */
const summary = (states) =>
  states
    .map((st) => `${st.tag}: ${st.error ? `error "${st.error.slice(0, 60)}"` : st.rows ? `${st.rows} table rows` : st.countries ? `${st.countries} countries` : `${st.marks} marks`}`)
    .join('; ');

/** What is wrong with the charts that are not (yet) what their story expects. */
const unready = (states) =>
  states
    .filter((st) => !st.ok)
    .map((st) => `${st.within.replace(/^#story--/, '')} ${st.tag}: ${st.missing ? 'story not on the page' : st.error ? `shows the error "${st.error.slice(0, 80)}"` : st.loading ? 'still loading' : st.tag === 'none' ? 'no chart' : `not drawn (${st.marks ?? 0} marks, ${st.rows ?? 0} table rows, ${st.notices?.length ?? 0} notices)`}`)
    .join('\n      ');

const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
let failures = 0;

/** Prints one result line and counts failures. */
function report(id, ms, problem, okLine, warnings) {
  if (problem) {
    failures++;
    console.log(`FAIL ${id} (${ms} ms)\n      ${problem}`);
  } else console.log(`ok   ${id} (${ms} ms): ${okLine}`);
  if (warnings.length) console.log(`     warnings: ${[...new Set(warnings)].map((w) => w.replace(/\s+/g, ' ').slice(0, 200)).join(' | ')}`);
}

/** Opens one story alone in a fresh page and reports what it shows. */
async function checkStory(story) {
  const expect = expectations(story);
  const groups = [{ within: '#storybook-root', expect }];
  const page = await context.newPage();
  const { errors, warnings } = listen(page);
  const started = Date.now();
  let result = null;
  let problem = '';
  try {
    await page.goto(storyUrl(storybook.url, story.id), { waitUntil: 'load' });
    const handle = await page.waitForFunction(inspect, { groups }, { timeout, polling: 100 });
    result = await handle.jsonValue();
    if (result.fatal) problem = result.fatal;
    else {
      if (shots) {
        // One frame so the drawn map is painted before the screenshot.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await page.screenshot({ path: join(outDir, `${story.id}.png`), fullPage: true });
      }
      if (!(await page.evaluate(reactivity))) problem = 'setting el.heading did not re-render (reactive properties broken: decorator/class-field trap?)';
      const leaked = await page.evaluate(leaks);
      if (!problem && leaked.length) problem = `reader-facing text leaks internals: ${leaked.join('; ')}`;
    }
  } catch (error) {
    const state = await page.evaluate(inspect, { groups, partial: true }).catch(() => null);
    problem = `did not render as expected (${expect.join(', ') || 'map'}) within ${timeout} ms: ${error.message.split('\n')[0]}${state?.states ? `\n      ${unready(state.states)}` : ''}`;
    await page.screenshot({ path: join(outDir, `${story.id}.png`), fullPage: true }).catch(() => {});
  }
  if (!problem && errors.length) problem = errors.join('\n      ');
  const notes = result?.states?.flatMap((st) => st.notices) ?? [];
  report(story.id, Date.now() - started, problem, `${summary(result?.states ?? [])}${notes.length ? ` — notices: ${notes.join(' | ')}` : ''}`, warnings);
  await page.close();
}

try {
  // Each story in a page of its own (what a story needs must not come from the one before),
  // two at a time: on two cores a third only slows the others.
  const queue = [...stories];
  const worker = async () => {
    for (let story = queue.shift(); story; story = queue.shift()) await checkStory(story);
  };
  await Promise.all(Array.from({ length: jobs }, worker));

  // Docs pages: every story of a component in one frame, as a reader opening "Docs" sees it.
  for (const docs of docsPages) {
    const members = storybook.stories.filter((s) => s.title === docs.title);
    const page = await context.newPage();
    const { errors, warnings } = listen(page);
    const started = Date.now();
    let problem = '';
    let states = [];
    try {
      await page.goto(`${storybook.url}/iframe.html?id=${encodeURIComponent(docs.id)}&viewMode=docs`, { waitUntil: 'load' });
      // The Docs page has drawn its story boxes (the first story also as the primary on top).
      const boxes = members.map((s) => `#story--${s.id}`);
      await page.waitForFunction((ids) => ids.every((id) => document.getElementById(id.slice(1))), boxes, { timeout, polling: 100 });
      const groups = [];
      const ownFrames = [];
      for (const story of members) {
        const expect = expectations(story);
        if (await page.$(`[id="story--${story.id}"] iframe`)) ownFrames.push(story);
        else groups.push({ within: `[id="story--${story.id}"]`, expect });
      }
      if (members.length && !ownFrames.includes(members[0])) groups.unshift({ within: `[id="story--${members[0].id}--primary"]`, expect: expectations(members[0]) });
      try {
        const handle = await page.waitForFunction(inspect, { groups }, { timeout, polling: 100 });
        const result = await handle.jsonValue();
        if (result.fatal) problem = result.fatal;
        states = result.states ?? [];
      } catch (error) {
        const state = await page.evaluate(inspect, { groups, partial: true }).catch(() => null);
        problem = `charts on the Docs page did not render as their stories expect within ${timeout} ms${state?.states ? `:\n      ${unready(state.states)}` : `: ${error.message.split('\n')[0]}`}`;
      }
      // Stories in their own iframe on the page: checked inside that frame.
      for (const story of ownFrames) {
        const groupsInFrame = [{ within: '#storybook-root', expect: expectations(story) }];
        let frame = null;
        try {
          // The iframe loads lazily: bring it into view as a reader scrolling down would.
          const iframe = await page.$(`[id="story--${story.id}"] iframe`);
          await iframe.scrollIntoViewIfNeeded({ timeout });
          frame = await iframe.contentFrame();
          if (!frame) throw new Error('its iframe did not load');
          await frame.waitForLoadState('load', { timeout });
          await frame.waitForFunction(inspect, { groups: groupsInFrame }, { timeout, polling: 100 });
        } catch (error) {
          const state = await frame?.evaluate(inspect, { groups: groupsInFrame, partial: true }).catch(() => null);
          problem += `${problem ? '\n      ' : ''}${story.id} (own iframe on the Docs page): ${state?.states ? unready(state.states) : error.message.split('\n')[0]}`;
        }
      }
      if (!problem) {
        const leaked = await page.evaluate(leaks);
        if (leaked.length) problem = `reader-facing text leaks internals: ${leaked.join('; ')}`;
      }
    } catch (error) {
      problem = `the Docs page did not show its stories within ${timeout} ms: ${error.message.split('\n')[0]}`;
    }
    if (shots || problem) await page.screenshot({ path: join(outDir, `${docs.id}.png`), fullPage: Boolean(problem) }).catch(() => {});
    if (!problem && errors.length) problem = errors.join('\n      ');
    report(docs.id, Date.now() - started, problem, `${states.length} charts drawn as their stories expect`, warnings);
    await page.close();
  }
} finally {
  await browser.close();
  await storybook.close();
}

console.log(`\nScreenshots in ${outDir}`);
const total = stories.length + docsPages.length;
console.log(`${total - failures} passed, ${failures} failed (${stories.length} stories, ${docsPages.length} Docs pages)`);
process.exit(failures ? 1 : 0);
