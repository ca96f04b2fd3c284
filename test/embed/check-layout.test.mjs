// The story layout check (stories/check-layout.mjs) must be able to fail: its audit, run in
// Chromium on fixture pages, flags each fault it is meant to find and none of the look-alikes
// (visually hidden text, a hidden tooltip, closed <details>, a halo, a table that scrolls).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { audit } from '../../stories/check-layout-audit.mjs';
import { selfTest } from '../../stories/check-layout-fixture.mjs';

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

test('the faulty fixture fails on every rule and the clean one passes', async () => {
  const { wrong, bad, good } = await selfTest(browser);
  assert.deepEqual(wrong, []);
  assert.deepEqual([...new Set(bad.map((p) => p.rule))].sort(), ['blank', 'clipped', 'footer', 'overflow', 'overlap']);
  assert.deepEqual(good, []);
});

/** The audit's problems on a page whose chart draws two year labels, the second `dx` px right of the first. */
async function twoLabels(dx) {
  const page = await browser.newPage({ viewport: { width: 360, height: 400 } });
  try {
    await page.setContent(`<rights-fixture-x></rights-fixture-x><script>
      customElements.define('rights-fixture-x', class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML =
          '<svg width="300" height="50"><text x="10" y="30">2019</text><text x="10" y="30" dx="${dx}">2020</text></svg>'; }
      });</script>`);
    return await page.evaluate(audit, {});
  } finally {
    await page.close();
  }
}

test('a label pushed onto another overlaps it, one beside it does not', async () => {
  assert.deepEqual(await twoLabels(60), []);
  const problems = await twoLabels(12);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].rule, 'overlap');
  assert.match(problems[0].detail, /"2019".*"2020"/);
});
