import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsAssistanceMap } from '../../../src/index.js';
import { assistanceLoaders, type MilitaryAid, type SipriUsArms } from '../../../src/data/assistance.js';
import { democracyLoaders, type VdemV15 } from '../../../src/data/democracy.js';
import { AMOUNT_COLORS, amountThresholds, fillForAmount } from '../../../src/charts/assistance-map/amount-scale.js';
import militaryJson from '../../../data/military-aid.json';
import armsJson from '../../../data/sipri-us-arms.json';
import v15Json from '../../../data/vdem-v15.json';
import { holdLoaders } from '../../helpers/hold-loaders.js';

const militaryAid = militaryJson as MilitaryAid;
const arms = armsJson as SipriUsArms;
const v15 = v15Json as VdemV15;
const regime = (code: string, year: number) => {
  const s = v15.countries[code]!;
  return s.regime[year - s.start];
};
const millions = (usd: number) => (usd / 1e6).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

async function mapFixture(template: ReturnType<typeof html>): Promise<RightsAssistanceMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('rights-assistance-map')!;
  if (!el.shadowRoot?.querySelector('svg.map, table, .error')) await oneEvent(el, 'rights-ready');
  await el.updateComplete;
  return el;
}
const $ = (el: Element, s: string) => el.shadowRoot!.querySelector(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll(s)];
const pathOf = (el: Element, code: string) => $(el, `path.country[data-code="${code}"]`) as SVGPathElement;
const quietly = async <T>(run: () => Promise<T>): Promise<T> => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
};

describe('amount classes', () => {
  it('breaks at rounded quintiles and colours larger amounts darker', () => {
    const amounts = Array.from({ length: 100 }, (_, i) => (i + 1) * 1000);
    const t = amountThresholds(amounts);
    expect(t).to.deep.equal([20000, 40000, 60000, 80000]);
    expect(fillForAmount(1000, t)).to.equal(AMOUNT_COLORS[0]);
    expect(fillForAmount(100000, t)).to.equal(AMOUNT_COLORS[4]);
    expect(fillForAmount(0, t)).to.equal('url(#none)');
    expect(fillForAmount(undefined, t)).to.equal('url(#none)');
    expect(amountThresholds([5, 5, 5, 5, 5, 5])).to.deep.equal([5]);
  });
});

describe('<rights-assistance-map>', () => {
  it('colours recipients by amount, hatches autocracies and leaves non-recipients unfilled', async () => {
    const el = await mapFixture(html`<rights-assistance-map year="2019"></rights-assistance-map>`);
    expect($$(el, 'path.country').length).to.be.greaterThan(170);
    // The largest 2019 SIPRI recipient takes the darkest class.
    const [top] = Object.entries(arms.countries)
      .map(([code, s]) => [code, s.tiv[2019 - s.start] ?? 0] as const)
      .sort((a, b) => b[1] - a[1]);
    expect(pathOf(el, top![0]).getAttribute('fill')).to.equal(AMOUNT_COLORS[4]);
    // The United States receives nothing from itself.
    expect(pathOf(el, 'USA').getAttribute('fill')).to.equal('url(#none)');
    // Regime without colour alone: closed autocracies cross-hatched, electoral autocracies hatched.
    const hatches = $$(el, 'path.regime-hatch').map((p) => p.getAttribute('fill'));
    expect(hatches).to.include('url(#closed-autocracy)').and.include('url(#electoral-autocracy)');
    const sau = pathOf(el, 'SAU').getAttribute('d');
    expect(regime('SAU', 2019)).to.equal(0);
    expect($$(el, 'path.regime-hatch').find((p) => p.getAttribute('d') === sau)!.getAttribute('fill')).to.equal('url(#closed-autocracy)');
    const aus = pathOf(el, 'AUS').getAttribute('d');
    expect($$(el, 'path.regime-hatch').some((p) => p.getAttribute('d') === aus)).to.equal(false);
    expect($(el, '.units')!.textContent).to.contain('TIV is not dollars');
  });

  it('shows amount with unit and year basis, rank, regime and index on hover', async () => {
    const el = await mapFixture(html`<rights-assistance-map measure="military-aid" year="2005"></rights-assistance-map>`);
    pathOf(el, 'EGY').dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tip = $(el, '.tooltip') as HTMLElement;
    const egy = militaryAid.countries.EGY!;
    expect(tip.textContent).to.contain('Egypt').and.contain('FY2005').and.contain(`US$${millions(egy.military[3]!)} million`);
    expect(tip.textContent).to.contain('Rank').and.contain('Regime 2005').and.contain('EDI 2005');
    expect(tip.style.transform).to.match(/translate\(\d+px, \d+px\)/);
  });

  it('filters to autocracies: democracies that received aid are greyed, not coloured', async () => {
    const el = await mapFixture(html`<rights-assistance-map measure="military-aid" year="2005" regime="autocracy"></rights-assistance-map>`);
    expect(regime('ISR', 2005)).to.be.oneOf([2, 3]);
    expect(pathOf(el, 'ISR').classList.contains('muted')).to.equal(true);
    expect(pathOf(el, 'EGY').classList.contains('muted')).to.equal(false);
    expect(pathOf(el, 'EGY').getAttribute('fill')).to.match(/^#/);
    expect($(el, 'h2')!.textContent).to.contain('autocracies');
  });

  it('shows Egypt near $1.3 bn a year in the table for FY2002–FY2013', async () => {
    const el = await mapFixture(html`<rights-assistance-map measure="military-aid" from="2002" to="2013" view="table"></rights-assistance-map>`);
    const egy = militaryAid.countries.EGY!;
    const total = egy.military.slice(0, 12).reduce<number>((a, b) => a + (b ?? 0), 0);
    const row = $$(el, 'tbody tr').find((r) => r.querySelector('th')!.textContent === 'Egypt')!;
    expect(total / 12 / 1e9).to.be.closeTo(1.3, 0.05);
    expect(row.textContent).to.contain(millions(total / 12));
    expect($(el, '.timeline')).to.equal(null);
  });

  it('is one tab stop; arrows move between countries; Enter selects; the live region speaks', async () => {
    const el = await mapFixture(html`<rights-assistance-map measure="military-aid" year="2005" highlight="EGY"></rights-assistance-map>`);
    ($(el, '.toolbar button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const svg = $(el, 'svg.map')!;
    expect(el.shadowRoot!.activeElement === svg).to.equal(true);
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant')).to.equal('c-EGY');
    expect($(el, '[aria-live="polite"]')!.textContent).to.contain('Egypt');
    expect(($(el, '.tooltip') as HTMLElement).hidden).to.equal(false);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant')).not.to.equal('c-EGY');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'rights-select')) as CustomEvent;
    expect(event.detail.selected).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === $(el, '.timeline button')).to.equal(true);
  });

  it('moves through years with the slider, and plays only when asked', async () => {
    const el = await mapFixture(html`<rights-assistance-map measure="military-aid" year="2010"></rights-assistance-map>`);
    await aTimeout(700);
    expect(el.year).to.equal('2010');
    const slider = $(el, 'input[type="range"]') as HTMLInputElement;
    expect([slider.min, slider.max]).to.deep.equal(['2002', '2015']);
    slider.focus();
    setTimeout(() => sendKeys({ press: 'ArrowLeft' }));
    const event = (await oneEvent(el, 'rights-year-change')) as CustomEvent;
    expect(event.detail).to.deep.equal({ year: 2009 });
    await el.updateComplete;
    expect($(el, '[aria-live="polite"]')!.textContent).to.contain('FY2009');
  });

  describe('bad input', () => {
    it('reports each bad attribute and still draws', async () => {
      const el = await quietly(() =>
        mapFixture(html`<rights-assistance-map measure="tanks" year="1800" regime="x" highlight="ZZZ" view="globe"></rights-assistance-map>`),
      );
      const notice = $(el, '.notice')!.textContent!;
      for (const f of ['"tanks"', '1950', '"x"', '"ZZZ"', '"globe"']) expect(notice).to.contain(f);
      expect($$(el, 'path.country').length).to.be.greaterThan(170);
    });

    it('shows an error when data fails, and recovers on retry', async () => {
      const original = assistanceLoaders.militaryAid;
      assistanceLoaders.militaryAid = () => Promise.reject(new Error('offline'));
      try {
        const el = await quietly(async () => {
          const e = await fixture<RightsAssistanceMap>(html`<rights-assistance-map measure="military-aid"></rights-assistance-map>`);
          await aTimeout(50);
          await e.updateComplete;
          return e;
        });
        const error = $(el, '.error') as HTMLElement;
        expect(error.textContent).to.contain('could not be loaded');
        expect(error.getBoundingClientRect().height).to.be.greaterThan(100);
        await expect(el).to.be.accessible();
        assistanceLoaders.militaryAid = original;
        setTimeout(() => ($(el, '.error button') as HTMLButtonElement).click());
        await oneEvent(el, 'rights-ready');
        await el.updateComplete;
        expect($$(el, 'path.country').length).to.be.greaterThan(170);
      } finally {
        assistanceLoaders.militaryAid = original;
      }
    });
  });

  describe('size and theme', () => {
    for (const [width, attrs] of [[320, 'arms'], [360, 'military-aid'], [600, 'aid'], [1000, 'arms']] as const) {
      it(`reserves its height before data arrives (${width} px, ${attrs})`, async () => {
        const { release, restore } = holdLoaders(democracyLoaders, 'v15');
        try {
          const wrapper = await fixture<HTMLDivElement>(html`<div><rights-assistance-map measure=${attrs}></rights-assistance-map></div>`);
          wrapper.style.width = `${width}px`;
          const el = wrapper.querySelector('rights-assistance-map')!;
          await aTimeout(30);
          await el.updateComplete;
          const before = el.getBoundingClientRect().height;
          release();
          await oneEvent(el, 'rights-ready');
          await el.updateComplete;
          expect(el.getBoundingClientRect().height).to.be.closeTo(before, 1);
        } finally {
          restore();
        }
      });
    }

    it('redraws on resize and never overflows at 320 px; follows theme', async () => {
      await setViewport({ width: 1000, height: 800 });
      const el = await mapFixture(html`<rights-assistance-map></rights-assistance-map>`);
      el.parentElement!.style.width = '320px';
      await aTimeout(100);
      await el.updateComplete;
      expect($(el, 'svg.map')!.getAttribute('viewBox')).to.equal('0 0 296 148');
      expect(el.scrollWidth).to.be.at.most(320);
      el.theme = 'dark';
      await el.updateComplete;
      expect($(el, '.chart')!.classList.contains('dark')).to.equal(true);
    });
  });

  describe('accessibility (axe)', () => {
    const states: [string, ReturnType<typeof html>][] = [
      ['default', html`<rights-assistance-map></rights-assistance-map>`],
      ['aid, dark, highlight', html`<rights-assistance-map measure="aid" theme="dark" highlight="EGY" selected="ISR"></rights-assistance-map>`],
      ['autocracies, period', html`<rights-assistance-map measure="military-aid" from="2002" to="2013" regime="autocracy"></rights-assistance-map>`],
      ['table', html`<rights-assistance-map view="table"></rights-assistance-map>`],
    ];
    for (const [name, template] of states) {
      it(`passes axe: ${name}`, async () => {
        const el = await quietly(() => mapFixture(template));
        await expect(el).to.be.accessible();
      });
    }
  });
});
