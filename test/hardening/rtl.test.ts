// A chart's direction follows its own language, not the page's (issues #12.9
// and #16). An English chart on a right-to-left page keeps its left-to-right
// layout: SVG labels stay inside the plot without overlapping, and an English
// sentence ends with its full stop on the right. An Arabic chart runs right
// to left (its sentences end on the left) while its plots and maps keep their
// geometry, and its SVG labels are neither clipped nor overlapping at 360 and
// 1000 px.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { $, $$ } from '../helpers/dom.js';
import { drawnChart, EVERY_CHART } from '../helpers/charts.js';

// The trend with four labelled lines.
const CHARTS: typeof EVERY_CHART = EVERY_CHART.map(([tag, drawn, attributes]) => [
  tag,
  drawn,
  tag === 'rights-democracy-trend' ? { countries: 'USA HUN IND TUR' } : attributes,
]);

/** The charts whose SVG labels were clipped or overlapping on an RTL page. */
const LABELLED = ['rights-democracy-change', 'rights-assistance-ranking', 'rights-regime-share', 'rights-assistance-vs-democracy', 'rights-guantanamo', 'rights-refugee-admissions', 'rights-sanctions', 'rights-hrc-membership'];

const ARABIC = /[\u0600-\u06ff]/;

const loaded = drawnChart;

/** Runs `run` with the root element's attributes and inline style changed, then restores them. */
async function withRoot(change: { dir?: string; lang?: string; direction?: string }, run: () => Promise<void>): Promise<void> {
  const root = document.documentElement;
  const saved = ['dir', 'lang', 'style'].map((name) => [name, root.getAttribute(name)] as const);
  if (change.dir) root.setAttribute('dir', change.dir);
  if (change.lang) root.setAttribute('lang', change.lang);
  if (change.direction) root.style.direction = change.direction;
  try {
    await run();
  } finally {
    for (const [name, value] of saved) value === null ? root.removeAttribute(name) : root.setAttribute(name, value);
  }
}

/** The chart's SVG labels (legend swatches aside) that stick out of their SVG, and pairs that overlap (boxes, 3 px slack). */
function labelProblems(el: Element): string[] {
  const problems: string[] = [];
  for (const svg of $$(el, 'svg').filter((node) => !node.closest('.legend'))) {
    const box = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('text')].filter((text) => text.textContent!.trim() && text.getBoundingClientRect().width > 0);
    const rects = labels.map((text) => text.getBoundingClientRect());
    rects.forEach((rect, i) => {
      if (rect.left < box.left - 1 || rect.right > box.right + 1) {
        problems.push(`"${labels[i]!.textContent}" sticks out (${Math.round(rect.left - box.left)} px .. ${Math.round(rect.right - box.right)} px)`);
      }
    });
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!;
        const b = rects[j]!;
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > 3 && down > 3) problems.push(`"${labels[i]!.textContent}" overlaps "${labels[j]!.textContent}"`);
      }
    }
  }
  return problems;
}

/**
 * Sentences in the chart (text nodes ending "word."): those whose full stop is
 * not at the sentence's end, right of the letter before it in English, left
 * of it in Arabic.
 */
function misplacedFullStops(el: Element, script: 'latin' | 'arabic' = 'latin'): string[] {
  const ending = script === 'latin' ? /[a-z]\.$/ : /[\u0600-\u06ff]\.$/;
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const wrong: string[] = [];
  let checked = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data.trimEnd();
    if (!ending.test(text) || !node.parentElement?.getClientRects().length) continue;
    const at = (offset: number): DOMRect => {
      const range = document.createRange();
      range.setStart(node!, offset);
      range.setEnd(node!, offset + 1);
      return range.getBoundingClientRect();
    };
    const stop = at(text.length - 1);
    const letter = at(text.length - 2);
    if (stop.width === 0) continue;
    checked++;
    const misplaced = script === 'latin' ? stop.left < letter.right - 1 : stop.right > letter.left + 1;
    if (misplaced) wrong.push(text.slice(-40));
  }
  return checked ? wrong : [`no ${script === 'latin' ? 'English' : 'Arabic'} sentence found to check`];
}

function expectLeftToRight(el: Element, label: string): void {
  const chart = $(el, '.chart')!;
  expect(getComputedStyle(chart).direction, `${label}: .chart`).to.equal('ltr');
  for (const selector of ['h2', 'svg text', 'p', 'td', '.timeline']) {
    const node = $(el, selector);
    if (node) expect(getComputedStyle(node).direction, `${label}: ${selector}`).to.equal('ltr');
  }
}

describe('English charts keep their left-to-right layout on right-to-left pages (#12.9)', () => {
  for (const [tag, drawn, attributes] of CHARTS) {
    it(`<${tag} lang="en"> on <html dir="rtl" lang="ar">`, async () => {
      await withRoot({ dir: 'rtl', lang: 'ar' }, async () => {
        const el = await loaded(tag, drawn, { ...attributes, lang: 'en' });
        expect(getComputedStyle(el).direction, 'the page is RTL').to.equal('rtl');
        expect(labelProblems(el), 'SVG labels').to.deep.equal([]);
        if (tag !== 'rights-timeline') expect(misplacedFullStops(el), 'full stops').to.deep.equal([]);
        expectLeftToRight(el, 'dir="rtl"');
      });
    });
  }

  for (const tag of LABELLED) {
    const [, drawn, attributes] = CHARTS.find(([name]) => name === tag)!;
    it(`<${tag}> on a page with only html { direction: rtl }`, async () => {
      await withRoot({ direction: 'rtl' }, async () => {
        const el = await loaded(tag, drawn, attributes);
        expect(getComputedStyle(el).direction, 'the page is RTL').to.equal('rtl');
        expect(labelProblems(el), 'SVG labels').to.deep.equal([]);
        expect(misplacedFullStops(el), 'full stops').to.deep.equal([]);
        expectLeftToRight(el, 'direction: rtl');
      });
    });

  }
});

describe('Arabic charts run right to left, plots and maps keep their geometry (#16)', () => {
  for (const [tag, drawn, attributes] of CHARTS) {
    for (const width of [360, 1000]) {
      it(`<${tag} lang="ar"> at ${width} px`, async () => {
        await withRoot({ dir: 'rtl', lang: 'ar' }, async () => {
          const el = await loaded(tag, drawn, attributes, width);
          const chart = $(el, '.chart')!;
          expect(chart.getAttribute('dir'), 'dir').to.equal('rtl');
          expect(getComputedStyle(chart).direction, '.chart').to.equal('rtl');
          for (const svg of $$(el, 'svg')) expect(getComputedStyle(svg).direction, 'svg').to.equal('ltr');
          const names = $$(el, '[aria-label]').map((node) => node.getAttribute('aria-label')).join(' ');
          expect(ARABIC.test(`${chart.textContent} ${names}`), 'Arabic words').to.equal(true);
          expect(labelProblems(el), 'SVG labels').to.deep.equal([]);
          if (tag !== 'rights-timeline') expect(misplacedFullStops(el, 'arabic'), 'full stops').to.deep.equal([]);
        });
      });
    }
  }
});

describe('the right-to-left checks', () => {
  it('the checks catch clipped labels and a misplaced full stop', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const host = document.createElement('div');
    box.append(host);
    const root = host.attachShadow({ mode: 'open' });
    // RTL: a label anchored at its start runs leftwards, out of the SVG.
    root.innerHTML = `<div class="chart" dir="rtl"><p>An English sentence.</p>
      <svg viewBox="0 0 200 40" width="200" height="40"><text x="4" y="20">Clipped name</text><text x="120" y="20">A</text><text x="121" y="22">B</text></svg></div>`;
    expect(labelProblems(host)).to.have.length(2);
    expect(misplacedFullStops(host)).to.have.length(1);
    root.innerHTML = `<div class="chart" dir="ltr"><p>جملة عربية.</p></div>`;
    expect(misplacedFullStops(host, 'arabic')).to.have.length(1);
  });
});

describe('numbers inside Arabic sentences', () => {
  /** Left edge of `text` in the chart's summary, in viewport pixels. */
  function leftOf(summary: Element, text: string): number {
    const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent!.indexOf(text);
      if (start < 0) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      return range.getBoundingClientRect().left;
    }
    throw new Error(`${text} not in the summary`);
  }

  it('keep a year range in reading order: 2015–2018 reads left to right, as Arabic news write ranges', async () => {
    const el = await loaded('rights-civilian-harm', 'svg.plot rect.hit', { countries: 'AFG', lang: 'ar' });
    const summary = $(el, '.summary')!;
    expect(summary.textContent).to.match(ARABIC);
    // Isolates and word joiners keep the range together and in order; the reader sees 2015–2018.
    expect(summary.textContent!.replace(/[\u2060\u2066-\u2069]/g, '')).to.include('2015–2018');
    expect(leftOf(summary, '2015'), 'first year on the left').to.be.below(leftOf(summary, '2018'));
  });
});
