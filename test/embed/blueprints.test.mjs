// examples/blueprints.html, the chapter page a partner would lay out: one chart
// per Blueprints chapter from the embed build, under the page's strict CSP, at
// a phone's width and a desktop's. Needs `npm run build` first (dist/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const html = readFileSync(join(root, 'examples/blueprints.html'), 'utf8');
const TAGS = [...new Set([...html.matchAll(/<(rights-[a-z-]+)[\s>]/g)].map((match) => match[1]))];
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

let server;
let browser;

before(async () => {
  server = await serveStatic(root, { csp: CSP });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the chapter page has one chart per chapter, each from a different element', () => {
  assert.ok(TAGS.length >= 10, `${TAGS.length} elements on the page`);
  const chapters = [...html.matchAll(/<section id="([^"]+)">/g)].length;
  assert.equal(chapters, TAGS.length);
});

for (const width of [360, 1000]) {
  test(`every chapter's chart draws at ${width} px, with no error, no CSP violation and nothing wider than the phone`, async () => {
    const tab = await browser.newPage({ viewport: { width, height: 900 } });
    const problems = [];
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // A failed request is named by its URL (the browser's own console line does not say which);
    // the browser's favicon request is not the page's.
    tab.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.status()} ${response.url()}`));
    tab.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(`console: ${message.text()}`));
    await tab.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await tab.goto(`${server.url}/examples/blueprints.html`);
    for (const tag of TAGS) {
      // Drawn: defined, updated, its data shown (no loading placeholder, no error box).
      await tab.waitForFunction(
        // Synchronous: each poll reads the element as it is (defined, rendered, no update pending), never a promise.
        (name) => {
          const element = document.querySelector(name);
          if (!customElements.get(name) || !element) return false;
          element.scrollIntoView();
          const shadow = element.shadowRoot;
          return Boolean(shadow) && element.hasUpdated && !element.isUpdatePending && !shadow.querySelector('.loading') && shadow.querySelector('footer') !== null;
        },
        tag,
        { timeout: 60000, polling: 200 },
      );
      const failed = await tab.evaluate((name) => Boolean(document.querySelector(name).shadowRoot.querySelector('[part~="error"]')), tag);
      assert.equal(failed, false, `${tag} shows a load error`);
    }
    assert.equal(await tab.locator('#guantanamo > h2').textContent(), 'Closing Guantánamo');
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
    assert.deepEqual(await tab.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await tab.close();
  });
}
