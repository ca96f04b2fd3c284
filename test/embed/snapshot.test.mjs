// `npm run snapshot` (scripts/snapshot.mjs): static pictures of a chart for
// newsletters, print and pages without JavaScript, and such a picture used as
// fallback content inside the tag (shown until the element is defined and when
// scripts are off, hidden once the chart is drawn).
//
// Uses dist/ (npm run build); RIGHTS_ATLAS_DIST=<dir> points it at another embed
// build (node scripts/build-embed.mjs --out <dir>).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(process.env.RIGHTS_ATLAS_DIST ?? join(root, 'dist'));
const manifest = JSON.parse(readFileSync(join(dist, 'embed-chunks.json'), 'utf8'));
const WIDTH = 600;

let work;
let browser;
let server;
/** The map's PNG from the first snapshot, and its size in CSS pixels. */
let png;

/** Runs the snapshot script; resolves with its exit code and output (never rejects on a failing exit). */
function snapshot(...args) {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'scripts/snapshot.mjs'), ...args, '--dist', dist], { cwd: work, timeout: 120000 }, (error, stdout, stderr) =>
      done({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file) {
  const bytes = readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'rights-atlas-snapshot-'));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a PNG of the map: the chart at twice its size, decodable', async () => {
  const run = await snapshot('rights-democracy-map', 'year=2019', '--format', 'png', '--width', String(WIDTH), '--out', 'map-2019.png');
  assert.equal(run.code, 0, run.stderr);
  const size = pngSize(join(work, 'map-2019.png'));
  assert.equal(size.width, WIDTH * 2);
  // The map keeps a 2:1 map area, with heading, legend, summary and credit around it.
  assert.ok(size.height > WIDTH && size.height < WIDTH * 3, `height ${size.height}`);
  assert.match(run.stdout, new RegExp(`${size.width} × ${size.height} pixels`));
  // It prints the markup to use the picture as fallback content, sized in CSS pixels.
  const fallback = run.stdout.match(/<rights-democracy-map year="2019"><img src="map-2019.png" alt="[^"]+" width="(\d+)" height="(\d+)"><\/rights-democracy-map>/);
  assert.ok(fallback, run.stdout);
  assert.deepEqual([Number(fallback[1]), Number(fallback[2])], [WIDTH, size.height / 2]);
  png = { width: WIDTH, height: size.height / 2 };

  // The browser decodes it at that size.
  const page = await browser.newPage();
  const decoded = await page.evaluate(async (data) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    return { width: bitmap.width, height: bitmap.height };
  }, readFileSync(join(work, 'map-2019.png')).toString('base64'));
  assert.deepEqual(decoded, size);
  await page.close();
});

test('an SVG of the map: well-formed XML with the heading and the credit line, without controls', async () => {
  const run = await snapshot('democracy-map', 'year=2019', '--format', 'svg', '--width', '800', '--out', 'map-2019.svg');
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  const svg = readFileSync(join(work, 'map-2019.svg'), 'utf8');
  const page = await browser.newPage();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const top = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? '',
      root: top.localName,
      namespace: top.namespaceURI,
      width: top.getAttribute('width'),
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ').replace(/\s+/g, ' '),
      countries: doc.querySelectorAll('path').length,
      foreign: doc.querySelectorAll('foreignObject').length,
    };
  }, svg);
  await page.close();
  assert.equal(parsed.error, '');
  assert.equal(parsed.root, 'svg');
  assert.equal(parsed.namespace, 'http://www.w3.org/2000/svg');
  assert.equal(parsed.width, '800');
  assert.match(parsed.text, /Electoral democracy around the world, 2019/);
  // The credit line (one <text> per run of text: the licence is its own span).
  assert.match(parsed.text, /Source: V-Dem v15 \( ?CC BY-SA 4\.0 ?\) ?\./);
  assert.ok(parsed.countries > 150, `${parsed.countries} paths`);
  assert.equal(parsed.foreign, 0);
  // Controls are left out: no "Table" button or play button text.
  assert.doesNotMatch(parsed.text, /\bTable\b|Try again|Details/);
});

test('a tag that is not a chart ends with a message naming the charts, and exit code 1', async () => {
  const run = await snapshot('rights-pie-chart', 'year=2019', '--out', 'pie.png');
  assert.equal(run.code, 1);
  assert.match(run.stderr, /Unknown chart "rights-pie-chart"\. Use one of: .*rights-democracy-map/);
});

test('attribute values the chart cannot use, and names it does not have, are printed as warnings', async () => {
  const run = await snapshot('rights-regime-share', 'measure=votes colour=red', '--format', 'svg', '--out', 'share.svg');
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /^warning: <rights-regime-share> has no attribute "colour"/m);
  assert.match(run.stderr, /^warning: <rights-regime-share> says: .*votes/m);
});

test('a missing embed build or data that fails to load ends with a message', async () => {
  const missing = await new Promise((done) =>
    execFile(process.execPath, [join(root, 'scripts/snapshot.mjs'), 'regime-share', '--dist', join(work, 'nowhere')], { cwd: work }, (error, _out, stderr) =>
      done({ code: error?.code ?? 0, stderr }),
    ),
  );
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /No embed build in .*nowhere/);

  const timedOut = await snapshot('regime-share', '--timeout', '1', '--out', 'late.png');
  assert.equal(timedOut.code, 1);
  assert.match(timedOut.stderr, /did not draw within/);
});

/** Page markup: the map with its picture as fallback content, with or without the script. */
function article({ script }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
${script ? '<script type="module" src="/cdn/rights-atlas.js"></script>' : ''}
</head><body><h1>An article</h1>
<rights-democracy-map year="2019"><img src="map-2019.png" alt="World map of the Electoral Democracy Index in 2019" width="${png.width}" height="${png.height}"></rights-democracy-map>
<p>Text after the chart.</p></body></html>`;
}

/** Runs in the page: how the fallback picture is shown. */
function fallbackState() {
  const map = document.querySelector('rights-democracy-map');
  const img = map.querySelector('img');
  const box = img.getBoundingClientRect();
  return {
    defined: !!customElements.get('rights-democracy-map'),
    loaded: img.complete && img.naturalWidth > 0,
    visible: img.checkVisibility(),
    width: box.width,
    height: box.height,
    slots: map.shadowRoot ? map.shadowRoot.querySelectorAll('slot').length : -1,
    drawn: !!map.shadowRoot?.querySelector('svg.map path.country') && !map.shadowRoot.querySelector('.loading'),
  };
}

test('a picture inside the tag shows until the element is defined and with scripts off, and not once the chart is drawn', async (t) => {
  assert.ok(png, 'the PNG test ran first');
  const site = mkdtempSync(join(tmpdir(), 'rights-atlas-fallback-'));
  writeFileSync(join(site, 'map-2019.png'), readFileSync(join(work, 'map-2019.png')));
  writeFileSync(join(site, 'with-script.html'), article({ script: true }));
  writeFileSync(join(site, 'no-script.html'), article({ script: false }));
  server = await serveStatic(site, { mounts: { '/cdn/': dist } });
  const shown = (state) => state.loaded && state.visible && Math.abs(state.width - png.width) < 1 && Math.abs(state.height - png.height) < 1;

  await t.test('before the element is defined (its code held back), the picture shows; once drawn, it does not', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 1200 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const elementFile = manifest.elements['democracy-map'].file;
    let release;
    const held = new Promise((done) => (release = done));
    let requested;
    const asked = new Promise((done) => (requested = done));
    await page.route(`**/${elementFile}`, async (route) => {
      requested();
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/with-script.html`, { waitUntil: 'domcontentloaded' });
    await asked;
    await page.waitForFunction(() => document.querySelector('rights-democracy-map img').complete);
    const waiting = await page.evaluate(fallbackState);
    assert.equal(waiting.defined, false);
    assert.ok(shown(waiting), JSON.stringify(waiting));

    release();
    await page.waitForFunction(() => {
      const map = document.querySelector('rights-democracy-map');
      return !!map.shadowRoot?.querySelector('svg.map path.country') && !map.shadowRoot.querySelector('.loading');
    }, null, { timeout: 30000 });
    const drawn = await page.evaluate(fallbackState);
    assert.equal(drawn.defined, true);
    assert.equal(drawn.slots, 0, 'the shadow root has no slot');
    assert.equal(drawn.visible, false, JSON.stringify(drawn));
    assert.equal(drawn.width + drawn.height, 0, JSON.stringify(drawn));
    assert.deepEqual(errors, []);
    await context.close();
  });

  await t.test('with JavaScript off, the picture shows', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 1200 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/with-script.html`);
    await page.locator('rights-democracy-map img').waitFor({ state: 'visible' });
    const size = await page.locator('rights-democracy-map img').evaluate((img) => ({ loaded: img.complete && img.naturalWidth > 0, width: img.width, height: img.height }));
    assert.deepEqual(size, { loaded: true, width: png.width, height: png.height });
    await context.close();
  });

  await t.test('on a page without the script, the picture shows', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    await page.goto(`${server.url}/no-script.html`);
    await page.waitForFunction(() => document.querySelector('rights-democracy-map img').complete);
    const state = await page.evaluate(fallbackState);
    assert.equal(state.defined, false);
    assert.ok(shown(state), JSON.stringify(state));
    await page.close();
  });
});
