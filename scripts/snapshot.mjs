#!/usr/bin/env node
// A static picture of any chart configuration, for newsletters, print and
// pages that run no JavaScript: the element is drawn from the embed build in
// headless Chromium, then saved as a PNG (a screenshot of the element) or an
// SVG (the chart's own standalone SVG export, src/core/export/dom-to-svg.ts,
// with the controls left out).
//
//   npm run snapshot -- rights-democracy-map 'year=2019 highlight="HUN IND"' --format png --width 1000 --out map-2019.png
//   npm run snapshot -- democracy-map 'year=2019' --format svg --out map-2019.svg
//   node scripts/build-embed.mjs --out /tmp/embed && node scripts/snapshot.mjs regime-share --dist /tmp/embed
//
// Options:
//   --format png|svg   default: the --out file's extension, else png
//   --width <px>       the width the chart is laid out at (default 1000)
//   --scale <n>        PNG pixels per CSS pixel (default 2)
//   --out <file>       default: <chart>.<format> in the current folder
//   --dist <dir>       the embed build to use (default dist/, written by `npm run build`)
//   --timeout <ms>     how long the chart may take to draw (default 30000)
//   --controls         PNG: keep the buttons, menus and slider in the picture (left out by
//                      default, as in the SVG: nothing in a picture can be pressed). A fallback
//                      image made with --controls has the height of the live chart, so the page
//                      does not move when the chart replaces it.
//   --print            lay the chart out as it prints (light theme, summary open, tables unscrolled)
//
// It waits until the element has drawn its data (`rights-ready`). A tag that is
// not one of ours, a build that is missing, code or data that fails to load, or
// a chart that does not draw in time ends it with a message and exit code 1.
// Attribute values the chart cannot use are shown by the chart as notices (as
// on any page, it falls back to a default); they are printed as warnings, and
// so are attribute names the chart does not have.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: npm run snapshot -- <tag> ['name=value name="two words" …'] [--format png|svg] [--width 1000] [--scale 2] [--out file] [--dist dir] [--timeout 30000] [--controls] [--print]`;

class UsageError extends Error {}

function parseArgs(argv) {
  const args = { tag: '', attributes: [], format: '', width: 1000, scale: 2, out: '', dist: resolve(ROOT, 'dist'), timeout: 30000, print: false, controls: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--format') args.format = next().toLowerCase();
    else if (arg === '--width') args.width = Number(next());
    else if (arg === '--scale') args.scale = Number(next());
    else if (arg === '--out') args.out = next();
    else if (arg === '--dist') args.dist = resolve(next());
    else if (arg === '--timeout') args.timeout = Number(next());
    else if (arg === '--print') args.print = true;
    else if (arg === '--controls') args.controls = true;
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (!args.tag) args.tag = arg;
    else args.attributes.push(arg);
  }
  if (args.help) return args;
  if (!args.tag) throw new UsageError('name the chart, e.g. rights-democracy-map');
  if (!args.format) args.format = extname(args.out).slice(1).toLowerCase() || 'png';
  if (!['png', 'svg'].includes(args.format)) throw new UsageError(`--format must be png or svg, not "${args.format}"`);
  if (!(args.width >= 100 && args.width <= 4000)) throw new UsageError('--width must be a number of pixels from 100 to 4000');
  if (!(args.scale > 0 && args.scale <= 4)) throw new UsageError('--scale must be a number above 0, at most 4');
  if (!(args.timeout > 0)) throw new UsageError('--timeout must be a number of milliseconds');
  return args;
}

/** `year=2019 highlight="HUN IND"` → [['year', '2019'], ['highlight', 'HUN IND']] */
export function parseAttributes(text) {
  const pairs = [];
  const pattern = /\s*([^\s=]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']*)))?/y;
  let match;
  while (pattern.lastIndex < text.length && (match = pattern.exec(text))) {
    if (!/^[a-z][\w.-]*$/i.test(match[1])) throw new UsageError(`"${match[1]}" is not an attribute name (in "${text}")`);
    pairs.push([match[1], match[2] ?? match[3] ?? match[4] ?? '']);
  }
  if (pattern.lastIndex < text.trimEnd().length) throw new UsageError(`could not read the attributes "${text}" (a quote left open?)`);
  return pairs;
}

/** The attribute names and events custom-elements.json documents for `tag` (undefined when it is not there). */
function documented(tag) {
  const file = resolve(ROOT, 'custom-elements.json');
  if (!existsSync(file)) return undefined;
  for (const module of JSON.parse(readFileSync(file, 'utf8')).modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) {
        return { attributes: (declaration.attributes ?? []).map((a) => a.name), events: (declaration.events ?? []).map((e) => e.name) };
      }
    }
  }
  return undefined;
}

/**
 * src/core/export/dom-to-svg.ts and the Download menu's rule of what a picture leaves out
 * (controls, the menu, tooltips, closed details, screen-reader-only text) as a script for the
 * page, exposing them on `window.__rightsExport`: the snapshot and the menu's pictures match.
 */
async function exportScript() {
  const folder = resolve(ROOT, 'src/core/export');
  const contents = "export { chartToSvg } from './dom-to-svg.ts';\nexport { LEAVE_OUT, leaveOut } from './download-menu.ts';\n";
  const result = await build({
    stdin: { contents, resolveDir: folder, loader: 'ts', sourcefile: 'snapshot-export.ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__rightsExport',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snapshot</title>
<style>html,body{margin:0;background:#fff}#wrap{box-sizing:border-box}</style>
<script type="module" src="/rights-atlas.js"></script></head><body><div id="wrap"></div></body></html>`;

/** Runs in the page: places the element and records when it has drawn, failed or said something. */
function place({ tag, attributes, width, firesReady }) {
  const wrap = document.getElementById('wrap');
  wrap.style.width = `${width}px`;
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  window.__snapshot = { ready: !firesReady };
  element.addEventListener('rights-ready', () => (window.__snapshot.ready = true), { once: true });
  wrap.append(element);
}

/** Runs in the page (polled): 'ready', an error message, or false while the chart is still loading. */
function state({ tag }) {
  const element = document.querySelector(tag);
  const root = element.shadowRoot;
  if (!customElements.get(tag)) {
    // The autoloader writes its message into the box when the chart's code fails to load.
    const text = element.textContent.trim();
    return text ? { error: `its code did not load; it shows "${text}"` } : false;
  }
  if (!root) return false;
  const failed = root.querySelector('[part~="error"]');
  if (failed) return { error: `its data did not load; it shows "${(failed.querySelector('p') ?? failed).textContent.trim()}"` };
  if (!window.__snapshot.ready || root.querySelector('.loading, [aria-busy="true"]')) return false;
  return 'ready';
}

/** Runs in the page once drawn: hides the controls unless kept, waits for fonts and two frames; the notices and the heading. */
async function settle({ tag, hide }) {
  const element = document.querySelector(tag);
  const root = element.shadowRoot;
  if (hide) {
    // The same controls the SVG leaves out, hidden (the year a hidden slider shows stays, as in print).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${window.__rightsExport.LEAVE_OUT} { display: none !important; }`);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  await document.fonts.ready;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  await element.updateComplete;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const box = element.getBoundingClientRect();
  return {
    notices: [...root.querySelectorAll('[part~="notice"] p')].map((p) => p.textContent.trim().replace(/\s+/g, ' ')),
    heading: root.querySelector('[part~="heading"]')?.textContent.trim().replace(/\s+/g, ' ') ?? '',
    width: box.width,
    height: box.height,
  };
}

/** Runs in the page: the chart as one standalone SVG, controls left out. */
function toSvg({ tag }) {
  const root = document.querySelector(tag).shadowRoot;
  const chart = root.querySelector('.chart');
  if (!chart) return { error: 'the chart has no .chart box to export' };
  const { chartToSvg, leaveOut } = window.__rightsExport;
  return chartToSvg(chart, leaveOut);
}

const detail = (problems) => (problems.length ? ` (${[...new Set(problems)].join('; ')})` : '');

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export async function snapshot(options) {
  const args = options;
  const chunks = resolve(args.dist, 'embed-chunks.json');
  if (!existsSync(chunks)) {
    throw new Error(`No embed build in ${args.dist}: run "npm run build", or "node scripts/build-embed.mjs --out <dir>" and pass --dist <dir>.`);
  }
  const manifest = JSON.parse(readFileSync(chunks, 'utf8'));
  const names = Object.keys(manifest.elements);
  const tag = args.tag.startsWith('rights-') ? args.tag : `rights-${args.tag}`;
  if (!names.includes(tag.replace(/^rights-/, ''))) {
    throw new Error(`Unknown chart "${args.tag}". Use one of: ${names.map((name) => `rights-${name}`).join(', ')}.`);
  }
  const attributes = args.attributes.flatMap((text) => parseAttributes(text));
  const docs = documented(tag);
  const warnings = [];
  for (const [name] of attributes) {
    if (docs && !docs.attributes.includes(name)) warnings.push(`<${tag}> has no attribute "${name}"; it is ignored (attributes: ${docs.attributes.join(', ')}).`);
  }
  const firesReady = docs ? docs.events.includes('rights-ready') : tag !== 'rights-timeline';
  const out = resolve(args.out || `${tag.replace(/^rights-/, '')}.${args.format}`);
  const script = await exportScript();

  const server = await serveStatic(args.dist);
  const browser = await launchChromium();
  const problems = [];
  try {
    const context = await browser.newContext({
      viewport: { width: args.width, height: 1200 },
      deviceScaleFactor: args.format === 'png' ? args.scale : 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    await context.route('**/snapshot.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: PAGE }));
    const page = await context.newPage();
    if (args.print) await page.emulateMedia({ media: 'print' });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
    });
    await page.goto(`${server.url}/snapshot.html`);
    await page.evaluate(place, { tag, attributes, width: args.width, firesReady });
    let result;
    try {
      result = await (await page.waitForFunction(state, { tag }, { timeout: args.timeout, polling: 100 })).jsonValue();
    } catch (error) {
      if (!/Timeout/i.test(error.message)) throw error;
      throw new Error(`<${tag}> did not draw within ${args.timeout / 1000} s${detail(problems)}`);
    }
    if (result.error) throw new Error(`<${tag}>: ${result.error}${detail(problems)}`);
    await page.addScriptTag({ content: script });
    const drawn = await page.evaluate(settle, { tag, hide: args.format === 'png' && !args.controls });
    warnings.push(...drawn.notices.map((notice) => `<${tag}> says: ${notice}`));

    let size;
    if (args.format === 'png') {
      await page.locator(tag).screenshot({ path: out, animations: 'disabled' });
      const png = readFileSync(out);
      size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    } else {
      const image = await page.evaluate(toSvg, { tag });
      if (image.error) throw new Error(`<${tag}>: ${image.error}`);
      writeFileSync(out, `${image.svg}\n`);
      size = { width: image.width, height: image.height };
    }
    await context.close();
    const cssWidth = args.format === 'png' ? Math.round(size.width / args.scale) : size.width;
    const cssHeight = args.format === 'png' ? Math.round(size.height / args.scale) : size.height;
    return { out, format: args.format, tag, attributes, size, cssWidth, cssHeight, heading: drawn.heading, warnings };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    process.exit(1);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  try {
    const result = await snapshot(args);
    for (const warning of result.warnings) console.warn(`warning: ${warning}`);
    const unit = result.format === 'png' ? `${result.size.width} × ${result.size.height} pixels, ${result.cssWidth} × ${result.cssHeight} at scale ${args.scale}` : `${result.size.width} × ${result.size.height}`;
    console.log(`wrote ${result.out} (${unit})`);
    const attributeText = result.attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
    console.log(
      `fallback content, shown until the chart is drawn and when scripts are off (write an alt text that says what the chart shows):\n` +
        `<${result.tag}${attributeText}><img src="${escapeHtml(basename(result.out))}" alt="${escapeHtml(result.heading)}" width="${result.cssWidth}" height="${result.cssHeight}"></${result.tag}>`,
    );
  } catch (error) {
    console.error(`snapshot failed: ${error.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
