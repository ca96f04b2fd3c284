// Proof that the layout check can fail: two fixture pages, one with every fault the check looks
// for and one with the look-alikes it must let pass (visually hidden text, closed <details>, a
// hidden tooltip, a halo, a table that scrolls sideways, a two-line footer). Used by
// `node stories/check-layout.mjs --self-test` and test/embed/check-layout.test.mjs.
import { audit } from './check-layout-audit.mjs';
import { leaks } from './check-page.mjs';

/** A page defining `<rights-fixture-*>` elements whose shadow roots hold `bodies` (HTML strings). */
function fixturePage(bodies) {
  const defs = Object.entries(bodies)
    .map(
      ([name, body]) => `customElements.define('rights-fixture-${name}', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(body)}; }
});`,
    )
    .join('\n');
  const tags = Object.keys(bodies)
    .map((name) => `<rights-fixture-${name}></rights-fixture-${name}>`)
    .join('\n');
  return `<!doctype html><meta name="viewport" content="width=device-width">
<style>body { margin: 0; font: 14px/1.4 sans-serif; }</style>
<body>${tags}<script>${defs}</script></body>`;
}

const HOST = ':host { display: block; } svg { display: block; }';
const HIDDEN = '.vh { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }';

/** Every fault once: overlap (SVG and HTML), clipped (HTML and SVG), sideways overflow, a tall footer, a leaked word, blank room. */
export const BAD = fixturePage({
  overlap: `<style>${HOST} .a { position: absolute; left: 10px; top: 60px; } p { position: relative; height: 40px; }</style>
    <svg width="280" height="60"><text x="20" y="30">Hungary</text><text x="30" y="32">India</text></svg>
    <p><span class="a">Electoral</span><span class="a">Democracy</span></p>`,
  clipped: `<style>${HOST} .cut { width: 90px; overflow: hidden; white-space: nowrap; }</style>
    <div class="cut">A label far too long for its little box</div>
    <svg width="200" height="40"><text x="150" y="20">Cut at the edge</text></svg>`,
  overflow: `<style>${HOST} .wide { width: 420px; }</style><div class="wide">A row wider than the phone</div>`,
  footer: `<style>${HOST}</style><footer part="footer">Source one<br>Source two<br>Source three
    <details><summary>Sources</summary>More</details></footer>`,
  leak: `<style>${HOST}</style><p>Numbers to verify against the raw file</p>`,
  blank: `<style>${HOST} .room { min-height: 300px; } p { margin: 0; }</style><div class="room"><p>A summary far shorter than its room</p></div>`,
});

/** The look-alikes that are not faults. */
export const GOOD = fixturePage({
  quiet: `<style>${HOST} ${HIDDEN} .stack { position: relative; height: 40px; } .stack > * { position: absolute; left: 0; top: 0; }
      .tip { opacity: 0; } .stack > details { left: 120px; } details p { position: absolute; left: -120px; top: 0; margin: 0; } .frame { overflow: hidden; } .scroll { overflow-x: auto; } table { width: 600px; } .halo { stroke: white; stroke-width: 3px; }</style>
    <svg width="280" height="60" aria-hidden="true">
      <text class="halo" x="20" y="30">Hungary</text><text x="20" y="30">Hungary</text>
      <text x="20" y="50">India <tspan>2024</tspan></text>
    </svg>
    <div class="stack">
      <span>Hungary</span>
      <span class="vh">Hungary, 0.46 on the index</span>
      <div class="tip" role="tooltip">Hungary 0.46</div>
      <details><summary>More</summary><p>Shown only when opened, over the label</p></details>
    </div>
    <div class="frame"><div class="scroll"><table><tr><td>A table wider than the phone, which scrolls sideways in its own box</td></tr></table></div></div>
    <footer part="footer">Source: one dataset, with a licence
      <details><summary>Sources and notes</summary><p>Line one</p><p>Line two</p><p>Line three</p><p>Line four</p></details>
    </footer>`,
});

/**
 * Runs the audit on both fixtures at 320 px in `browser` and returns the reasons it did not
 * behave (empty when it did): BAD must show each rule, GOOD none.
 */
export async function selfTest(browser) {
  const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
  const wrong = [];
  try {
    await page.setContent(BAD);
    const bad = await page.evaluate(audit, { reflow: true, footerLines: 3, maxBlank: 100 });
    const badLeaks = await page.evaluate(leaks);
    const expected = [
      ['rights-fixture-overlap', 'overlap', '"Hungary"'],
      ['rights-fixture-overlap', 'overlap', '"Electoral"'],
      ['rights-fixture-clipped', 'clipped', 'A label far too long'],
      ['rights-fixture-clipped', 'clipped', 'Cut at the edge'],
      ['rights-fixture-overflow', 'overflow', 'A row wider'],
      ['page', 'overflow', 'scrolls sideways'],
      ['rights-fixture-footer', 'footer', '4 lines'],
      ['rights-fixture-blank', 'blank', 'blank below its last line'],
    ];
    for (const [tag, rule, words] of expected) {
      if (!bad.some((p) => p.tag === tag && p.rule === rule && p.detail.includes(words))) wrong.push(`BAD fixture: no ${rule} of ${tag} mentioning ${words}`);
    }
    if (!badLeaks.some((line) => line.includes('verify'))) wrong.push('BAD fixture: the word "verify" was not caught');
    await page.setContent(GOOD);
    const good = await page.evaluate(audit, { reflow: true, footerLines: 3, maxBlank: 100 });
    const goodLeaks = await page.evaluate(leaks);
    for (const p of good) wrong.push(`GOOD fixture flagged: ${p.tag} ${p.rule}: ${p.detail}`);
    for (const line of goodLeaks) wrong.push(`GOOD fixture flagged a leak: ${line}`);
    return { wrong, bad, good };
  } finally {
    await page.close();
  }
}
