import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsAssistanceMap } from '../../../src/index.js';
import type { MilitaryAid, SipriUsArms } from '../../../src/data/assistance.js';
import type { VdemV15 } from '../../../src/data/democracy.js';
import { AMOUNT_COLORS, amountThresholds, fillForAmount } from '../../../src/charts/assistance-map/amount-scale.js';
import militaryJson from '../../../data/military-aid.json';
import armsJson from '../../../data/sipri-us-arms.json';
import v15Json from '../../../data/vdem-v15.json';
import { $, $$, quietly } from '../../helpers/dom.js';
import { itPassesAxe } from '../../helpers/axe.js';
import { afterPlayInterval, chartFixture } from '../../helpers/wait.js';

const militaryAid = militaryJson as MilitaryAid;
const arms = armsJson as SipriUsArms;
const v15 = v15Json as VdemV15;
const regime = (code: string, year: number) => {
  const s = v15.countries[code]!;
  return s.regime[year - s.start];
};
/** Dollars in words with four significant digits, as a sentence writes them (#14): "$1.295 billion". */
const billions = (usd: number) => `$${(usd / 1e9).toPrecision(4)} billion`;
const millions = (usd: number) => (usd / 1e6).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const mapFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsAssistanceMap>(template, 'rights-assistance-map', 'svg.map path.country, table, .error');
const pathOf = (el: Element, code: string) => $(el, `path.country[data-code="${code}"]`) as SVGPathElement;

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
    // A country that received nothing is dotted; the United States is the donor, filled apart (#14).
    const received = (c: string) => !!arms.countries[c]?.tiv[2019 - arms.countries[c]!.start];
    const none = $$(el, 'path.country').map((p) => p.getAttribute('data-code')!).find((c) => c !== 'USA' && !received(c))!;
    expect(pathOf(el, none).getAttribute('fill')).to.equal('url(#none)');
    const donor = pathOf(el, 'USA').getAttribute('fill')!;
    expect([...AMOUNT_COLORS, 'url(#none)']).to.not.include(donor);
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
    expect(tip.textContent).to.contain('Egypt').and.contain('FY2005').and.contain(billions(egy.military[3]!));
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
    const row = $$(el, 'tbody tr').find((r) => r.querySelector('th .name')!.textContent === 'Egypt')!;
    expect(total / 12 / 1e9).to.be.closeTo(1.3, 0.05);
    expect(row.textContent).to.contain(millions(total / 12));
    expect($(el, '.timeline')).to.equal(null);
  });

  it('is one tab stop; arrows move between countries; Enter selects; the live region speaks', async () => {
    const el = await mapFixture(html`<rights-assistance-map measure="military-aid" year="2005" highlight="EGY"></rights-assistance-map>`);
    // The toolbar's last control (Table, then the zoom buttons), then the map.
    ($$(el, '.toolbar button').at(-1) as HTMLButtonElement).focus();
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
    // A play interval (600 ms) after connecting, it has not stepped on its own.
    await afterPlayInterval(600);
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
  });

  // Loaded, table, notice and error states: test/conformance.
  describe('accessibility (axe)', () => {
    const states: [string, ReturnType<typeof html>][] = [
      ['aid, dark, highlight', html`<rights-assistance-map measure="aid" theme="dark" highlight="EGY" selected="ISR"></rights-assistance-map>`],
      ['autocracies, period', html`<rights-assistance-map measure="military-aid" from="2002" to="2013" regime="autocracy"></rights-assistance-map>`],
    ];
    itPassesAxe(states, mapFixture);
  });
});
