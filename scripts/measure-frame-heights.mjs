#!/usr/bin/env node
// Fixed iframe heights for pages that cannot run rights-atlas-frame.js: loads
// dist/frame.html?chart=<name> for each element (default attributes) in an
// iframe 360 and 1000 px wide, waits until the chart is drawn, and reads the
// height the frame posts to its parent (src/frame/page.ts posts its body's
// height whenever it changes). Prints a markdown table for the README.
//
//   node scripts/measure-frame-heights.mjs                     (dist/, from npm run build)
//   node scripts/measure-frame-heights.mjs --dist /tmp/embed   (node scripts/build-embed.mjs --out /tmp/embed)
//   node scripts/measure-frame-heights.mjs --widths 320,360,768,1000 --json stories/frame-heights.json
//
// `--json <file>` also writes { "<chart>": { "<width>": height } } (Storybook's
// embed code takes its iframe heights from stories/frame-heights.json).
// Heights depend on the fonts of the machine that measures; a reader's system
// font may wrap text differently, so pages should leave some room to spare.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HEIGHT_MESSAGE = 'rights-atlas:height';

function parseArgs(argv) {
  const args = { dist: resolve(ROOT, 'dist'), widths: [360, 1000], json: '', timeout: 30000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i];
    if (arg === '--dist') args.dist = resolve(next());
    else if (arg === '--widths') args.widths = next().split(',').map(Number);
    else if (arg === '--json') args.json = resolve(next());
    else if (arg === '--timeout') args.timeout = Number(next());
    else if (arg === '-h' || arg === '--help') args.help = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!args.widths.length || args.widths.some((width) => !(width >= 100))) throw new Error('--widths takes pixel widths, e.g. 360,1000');
  return args;
}

/** A host page with one iframe per width, recording the last height each frame posted. */
function hostPage(chart, widths) {
  const frames = widths
    .map((width) => `<iframe id="w${width}" title="${chart} at ${width} px" src="/frame.html?chart=${chart}" style="display:block;border:0;width:${width}px;height:150px"></iframe>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frame heights</title>
<script>
window.__heights = {};
addEventListener('message', (event) => {
  if (event.data?.type !== '${HEIGHT_MESSAGE}') return;
  for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === event.source) __heights[frame.id] = event.data.height;
});
</script></head><body style="margin:0">${frames}</body></html>`;
}

/** Runs in a frame (polled): the chart is drawn — no loading state, and SVG marks, a table or (the timeline) its slider. */
function drawn() {
  const chart = [...document.body.children].find((el) => el.localName.startsWith('rights-'));
  const shadow = chart?.shadowRoot;
  const error = shadow?.querySelector('[part~="error"]');
  if (error) return { error: error.textContent.trim().replace(/\s+/g, ' ') };
  return !!shadow && !shadow.querySelector('.loading, [aria-busy="true"]') && !!shadow.querySelector('svg path, svg circle, svg rect, table, input[type="range"]');
}

/** Runs in a frame once drawn: fonts, then two frames, so the last posted height is the settled one. */
async function settle() {
  await document.fonts.ready;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return Math.ceil(document.body.getBoundingClientRect().height);
}

async function measure(args) {
  const manifest = JSON.parse(readFileSync(resolve(args.dist, 'embed-chunks.json'), 'utf8'));
  const charts = Object.keys(manifest.elements);
  const server = await serveStatic(args.dist);
  const browser = await launchChromium();
  const heights = {};
  try {
    const context = await browser.newContext({ viewport: { width: Math.max(...args.widths) + 40, height: 900 }, colorScheme: 'light' });
    await context.route('**/heights-*.html', (route) => {
      const chart = new URL(route.request().url()).pathname.replace(/^\/heights-|\.html$/g, '');
      return route.fulfill({ status: 200, contentType: 'text/html', body: hostPage(chart, args.widths) });
    });
    for (const chart of charts) {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/heights-${chart}.html`);
      heights[chart] = {};
      for (const width of args.widths) {
        const frame = await (await page.$(`#w${width}`)).contentFrame();
        const state = await (await frame.waitForFunction(drawn, null, { timeout: args.timeout, polling: 100 })).jsonValue();
        if (state.error) throw new Error(`${chart} at ${width} px: the chart shows an error: ${state.error}`);
        const content = await frame.evaluate(settle);
        // The frame posts from a ResizeObserver: wait for the message that carries this height.
        await page.waitForFunction(({ id, content }) => window.__heights[id] === content, { id: `w${width}`, content }, { timeout: args.timeout });
        heights[chart][width] = content;
      }
      if (errors.length) throw new Error(`${chart}: ${errors.join('; ')}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return heights;
}

function table(heights, widths) {
  const lines = [`| element | ${widths.map((width) => `${width} px wide`).join(' | ')} |`, `|---|${widths.map(() => '--:').join('|')}|`];
  for (const [chart, byWidth] of Object.entries(heights)) lines.push(`| \`rights-${chart}\` | ${widths.map((width) => byWidth[width]).join(' | ')} |`);
  return lines.join('\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log('usage: node scripts/measure-frame-heights.mjs [--dist dir] [--widths 360,1000] [--json file] [--timeout ms]');
    return;
  }
  if (!existsSync(resolve(args.dist, 'frame.html'))) {
    throw new Error(`No iframe embed in ${args.dist}: run "npm run build", or "node scripts/build-embed.mjs --out <dir>" and pass --dist <dir>.`);
  }
  const heights = await measure(args);
  console.log(table(heights, args.widths));
  if (args.json) writeFileSync(args.json, `${JSON.stringify(heights, null, 2)}\n`);
}

main().catch((error) => {
  console.error(`measure-frame-heights: ${error.message}`);
  process.exit(1);
});
