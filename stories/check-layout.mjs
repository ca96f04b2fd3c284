#!/usr/bin/env node
// Layout check of every story of a built Storybook at phone and desktop widths (issue #14):
//
//   npm run analyze && npx storybook build --quiet -o storybook-static
//   node stories/check-layout.mjs storybook-static [--widths 320,360,1000] [--only <id-substring>]
//        [--out /tmp/layout] [--timeout 20000] [--jobs 2]
//   node stories/check-layout.mjs --self-test      (the check must fail on a faulty fixture)
//
// Each story is shown on its own (viewMode=story) in a window of each width: the window loads
// Storybook once and then switches stories in place (check-storybook.mjs `showStory`); whether
// each story also works in a fresh page is check-stories.mjs's job. Once its charts are drawn (what its expect-* tags ask, as in check-stories.mjs) and have
// stopped changing, stories/check-layout-audit.mjs looks inside every chart's shadow root for
// overlapping text, clipped text, sideways overflow at 320 px (WCAG 1.4.10), a footer taller
// than three lines at 360 px with its details closed, and (check-page.mjs `leaks`, shared with
// check-stories.mjs) reader-facing text naming internals. Prints each failure per story and
// width with the texts involved, writes them to <out>/layout.json with a screenshot of each
// failing story, and exits 1 on any failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { inspect, leaks, settle } from './check-page.mjs';
import { audit } from './check-layout-audit.mjs';
import { selfTest } from './check-layout-fixture.mjs';
import { expectations, openStorybook, showStory } from './check-storybook.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 && args.splice(i, 1).length > 0;
};

if (flag('--self-test')) {
  const browser = await launchChromium();
  try {
    const { wrong, bad } = await selfTest(browser);
    for (const p of bad) console.log(`  caught on the faulty fixture: ${p.tag} ${p.rule}: ${p.detail}`);
    if (wrong.length) {
      console.log(`FAIL self-test:\n  ${wrong.join('\n  ')}`);
      process.exitCode = 1;
    } else console.log('ok   self-test: every fault of the faulty fixture caught, nothing on the clean one');
  } finally {
    await browser.close();
  }
  process.exit(process.exitCode ?? 0);
}

const widths = option('--widths', '320,360,1000').split(',').map(Number);
const outDir = resolve(option('--out', '/tmp/layout'));
const only = option('--only', '');
const timeout = Number(option('--timeout', '20000'));
const jobs = Math.max(1, Number(option('--jobs', '2')) || 1);
/** Blank px allowed below an element's last line: its reservations cover the longest variant of what it shows (a few lines more than the shortest), never a screenful. */
const MAX_BLANK = 100;
const storybook = await openStorybook(args[0] ?? 'storybook-static');
const stories = storybook.stories.filter((s) => s.id.includes(only));
mkdirSync(outDir, { recursive: true });

const browser = await launchChromium();
/** One browser context per window width. */
const contexts = new Map();
const results = [];
let failed = 0;

/**
 * Shows one story in a window of one width and returns what the audit found. The window is
 * reused for the next story at that width, except after a story that makes its data fail to
 * load (tag `expect-error`): those get a window of their own, so that the data a previous story
 * left in the page's caches cannot hide their failure, nor their failure reach the next story.
 */
async function check(windows, story, width) {
  const alone = expectations(story).includes('error');
  let page = alone ? undefined : windows.get(width);
  if (!page) page = await contexts.get(width).newPage();
  const problems = [];
  try {
    await showStory(page, storybook.url, story.id);
    const handle = await page.waitForFunction(inspect, { groups: [{ within: '#storybook-root', expect: expectations(story) }] }, { timeout, polling: 100 });
    const state = await handle.jsonValue();
    if (state.fatal) throw new Error(state.fatal);
    if (!(await page.evaluate(settle))) problems.push({ tag: 'page', rule: 'unsettled', detail: 'the charts kept changing for 3 s' });
    // Reflow is judged in the narrowest window (WCAG 1.4.10: 320 CSS px), the footer on a phone.
    problems.push(...(await page.evaluate(audit, { reflow: width <= 320, footerLines: width === 360 ? 3 : 0, maxBlank: MAX_BLANK })));
    for (const line of await page.evaluate(leaks)) problems.push({ tag: line.split(':')[0], rule: 'wording', detail: line });
  } catch (error) {
    problems.push({ tag: 'page', rule: 'render', detail: `did not render as its story expects within ${timeout} ms: ${error.message.split('\n')[0]}` });
  }
  if (problems.length) await page.screenshot({ path: join(outDir, `${story.id}-${width}.png`), fullPage: true }).catch(() => {});
  // A window whose story failed to render may be stuck in any state: start the next one afresh.
  if (alone || problems.some((p) => p.rule === 'render')) {
    await page.close();
    if (windows.get(width) === page) windows.delete(width);
  } else windows.set(width, page);
  return problems;
}

try {
  // Two windows at once on two cores: a third only slows the others (measured: 1.3 s a story with
  // one, 4.5 s with three), and a loaded machine leaves charts unsettled longer.
  for (const width of widths) contexts.set(width, await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 }));
  const queue = widths.flatMap((width) => stories.map((story) => ({ story, width })));
  const worker = async () => {
    const windows = new Map();
    for (let job = queue.shift(); job; job = queue.shift()) {
      const { story, width } = job;
      const problems = await check(windows, story, width);
      results.push({ story: story.id, width, problems });
      if (problems.length) {
        failed++;
        console.log(`FAIL ${story.id} @${width}px`);
        for (const p of problems) console.log(`      ${p.rule} ${p.tag}: ${p.detail}`);
      } else console.log(`ok   ${story.id} @${width}px`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
} finally {
  await browser.close();
  await storybook.close();
}

writeFileSync(join(outDir, 'layout.json'), JSON.stringify(results, null, 1));
const runs = results.length;
console.log(`\n${runs - failed} of ${runs} story × width runs passed, ${failed} failed (details and screenshots of failures in ${outDir})`);
process.exit(failed ? 1 : 0);
