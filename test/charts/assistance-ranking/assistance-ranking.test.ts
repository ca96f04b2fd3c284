import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsAssistanceRanking } from '../../../src/index.js';
import type { MilitaryAid, SipriUsArms } from '../../../src/data/assistance.js';
import type { VdemV15 } from '../../../src/data/democracy.js';
import militaryJson from '../../../data/military-aid.json';
import armsJson from '../../../data/sipri-us-arms.json';
import v15Json from '../../../data/vdem-v15.json';
import { $, $$, quietly, withWarnings } from '../../helpers/dom.js';
import { itPassesAxe } from '../../helpers/axe.js';
import { chartFixture } from '../../helpers/wait.js';

const militaryAid = militaryJson as MilitaryAid;
const arms = armsJson as SipriUsArms;
const v15 = v15Json as VdemV15;

const rankingFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsAssistanceRanking>(template, 'rights-assistance-ranking', 'svg.bars, table, .error, .empty');

const rowOf = (el: Element, code: string) => $(el, `g.row[data-code="${code}"]`) as SVGGElement;
/** US$ millions with one decimal, as a reader would write the published figure. */
const millions = (usd: number) => (usd / 1e6).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The ten largest SIPRI recipients of one year, straight from the file. */
function topArms(year: number, n: number): string[] {
  return Object.entries(arms.countries)
    .map(([code, s]) => [code, s.tiv[year - s.start] ?? 0] as const)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([code]) => code);
}

describe('<rights-assistance-ranking>', () => {
  it('draws the top recipients of SIPRI arms in order, with regime symbol and EDI beside each', async () => {
    const el = await rankingFixture(html`<rights-assistance-ranking year="2019" limit="10"></rights-assistance-ranking>`);
    const codes = $$(el, 'g.row').map((g) => g.getAttribute('data-code'));
    expect(codes).to.deep.equal(topArms(2019, 10));
    const sau = rowOf(el, 'SAU');
    const s = v15.countries.SAU!;
    expect(sau.querySelector('.index')!.textContent).to.equal(s.polyarchy[2019 - s.start]!.toFixed(3));
    expect(sau.querySelector('[role=option]')!.getAttribute('aria-label')).to.contain('Closed autocracy');
    // The regime has a shape of its own (not colour alone): a square for closed autocracies.
    expect(sau.querySelector('path.symbol')!.getAttribute('d')).to.match(/^M-5,-5h10v10h-10Z$/);
    expect($(el, '.units')!.textContent).to.contain('TIV is not dollars');
    expect($(el, '.value')!.textContent).to.contain('TIV').and.not.contain('$');
  });

  it('shows Egypt at about $1.3 bn of military aid in the table for every year FY2002–FY2013', async () => {
    const el = await rankingFixture(html`<rights-assistance-ranking measure="military-aid" year="2002" view="table"></rights-assistance-ranking>`);
    const egy = militaryAid.countries.EGY!;
    for (let year = 2002; year <= 2013; year++) {
      el.year = year;
      await el.updateComplete;
      const row = $$(el, 'tbody tr').find((r) => r.querySelector('th .name')!.textContent === 'Egypt')!;
      const usd = egy.military[year - egy.start]!;
      expect(usd / 1e9, `FY${year}`).to.be.closeTo(1.3, 0.065);
      expect(row.textContent, `FY${year}`).to.contain(millions(usd));
      expect($(el, 'caption')!.textContent).to.contain(`FY${year}`).and.contain('current US dollars');
    }
  });

  it('sums a period and states the average per year and the share going to autocracies', async () => {
    const el = await rankingFixture(
      html`<rights-assistance-ranking measure="military-aid" from="2002" to="2013" view="table"></rights-assistance-ranking>`,
    );
    const egy = militaryAid.countries.EGY!;
    const total = egy.military.slice(0, 12).reduce<number>((a, b) => a + (b ?? 0), 0);
    const row = $$(el, 'tbody tr').find((r) => r.querySelector('th .name')!.textContent === 'Egypt')!;
    expect(row.textContent).to.contain(millions(total)).and.contain(millions(total / 12));
    expect($(el, 'h2')!.textContent).to.contain('FY2002–FY2013');
    let all = 0;
    let autocracy = 0;
    for (const [code, s] of Object.entries(militaryAid.countries)) {
      s.military.forEach((v, i) => {
        const year = s.start + i;
        if (year > 2013 || v == null || v <= 0) return;
        all += v;
        const r = v15.countries[code]?.regime[year - v15.countries[code]!.start];
        if (r === 0 || r === 1) autocracy += v;
      });
    }
    expect($(el, '.summary')!.textContent).to.contain(`${Math.round((100 * autocracy) / all)}% went to autocracies`);
    expect($(el, '.timeline')).to.equal(null); // no year slider for a period
  });

  it('switches measure to aid (constant, obligations by default; disbursements and current on request)', async () => {
    const el = await rankingFixture(html`<rights-assistance-ranking measure="aid" year="2020"></rights-assistance-ranking>`);
    expect($(el, '.units')!.textContent).to.contain('constant US dollars').and.contain('fiscal years').and.contain('obligations');
    el.flow = 'disbursements';
    el.dollars = 'current';
    el.view = 'table';
    await el.updateComplete;
    expect($(el, 'caption')!.textContent).to.contain('disbursements, current US dollars');
    expect($(el, 'footer')!.textContent).to.contain('ForeignAssistance.gov');
  });

  it('filters to autocracies with regime="autocracy"', async () => {
    const el = await rankingFixture(html`<rights-assistance-ranking year="2019" regime="autocracy" view="table"></rights-assistance-ranking>`);
    // Rank and recipient, amount, then regime (with the index).
    const regimes = $$(el, 'tbody tr td:nth-child(3)').map((td) => td.textContent);
    expect(regimes.length).to.be.greaterThan(3);
    for (const r of regimes) expect(r).to.match(/autocracy/);
    expect($(el, 'h2')!.textContent).to.contain('autocracies');
  });

  it('shows the tooltip on hover and on keyboard focus; arrows step by rank; Enter selects', async () => {
    const order = topArms(2019, 5);
    const el = await rankingFixture(html`<rights-assistance-ranking year="2019" limit="5" highlight=${order[2]!}></rights-assistance-ranking>`);
    rowOf(el, 'SAU').querySelector('.bar')!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tip = $(el, '.tooltip') as HTMLElement;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.contain('Saudi Arabia').and.contain('million TIV').and.contain('Rank').and.contain('EDI 2019');
    expect(tip.style.transform).to.match(/translate\(\d+px, \d+px\)/);
    $(el, 'svg.bars')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tip.hidden).to.equal(true);

    ($$(el, '.toolbar button').at(-1) as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const svg = $(el, 'svg.bars')!;
    expect(el.shadowRoot!.activeElement === svg).to.equal(true);
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant')).to.equal(`r-${order[2]}`); // starts on the highlighted recipient
    expect(tip.hidden).to.equal(false);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant')).to.equal(`r-${order[0]}`);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant')).to.equal(`r-${order[1]}`);
    expect($(el, '[aria-live="polite"]')!.textContent).to.contain('2nd');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'rights-select')) as CustomEvent;
    expect(event.detail.code).to.equal(order[1]);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal(order[1]);
  });

  it('moves through years with the slider and fires rights-year-change', async () => {
    const el = await rankingFixture(html`<rights-assistance-ranking measure="military-aid" year="2010"></rights-assistance-ranking>`);
    const slider = $(el, 'input[type="range"]') as HTMLInputElement;
    expect([slider.min, slider.max]).to.deep.equal(['2002', '2015']);
    slider.focus();
    setTimeout(() => sendKeys({ press: 'ArrowRight' }));
    const event = (await oneEvent(el, 'rights-year-change')) as CustomEvent;
    expect(event.detail).to.deep.equal({ year: 2011 });
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.contain('FY2011');
  });

  describe('bad input', () => {
    it('reports every bad attribute visibly and still draws', async () => {
      await withWarnings(async (warnings) => {
        const el = await rankingFixture(
          html`<rights-assistance-ranking measure="guns" year="2100" limit="500" regime="bad" index="x" flow="y" dollars="z" highlight="USA QQQ" view="pie"></rights-assistance-ranking>`,
        );
        const notice = $(el, '.notice')!.textContent!;
        for (const fragment of ['"guns"', '2021', 'limit', '"bad"', '"x"', '"y"', '"z"', '"QQQ"', '"pie"']) expect(notice).to.contain(fragment);
        expect($$(el, 'g.row').length).to.equal(Math.min(40, topArms(2021, 999).length));
        expect(warnings.some((w) => w.includes('guns'))).to.equal(true);
      });
    });

    it('treats garbage limits and years as defaults; markup stays text', async () => {
      const el = await quietly(() =>
        rankingFixture(html`<rights-assistance-ranking limit="many" from="x" to="2030" heading="<b>h</b>"></rights-assistance-ranking>`),
      );
      expect($(el, '.notice')!.textContent).to.contain('"many"').and.contain('"x"').and.contain('2021');
      expect($$(el, 'g.row').length).to.equal(15);
      expect($(el, 'h2')!.textContent).to.equal('<b>h</b>');
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    });
  });

  // Loaded, table, notice and error states: test/conformance.
  describe('accessibility (axe)', () => {
    const states: [string, ReturnType<typeof html>][] = [
      ['military aid, dark, highlight, selected', html`<rights-assistance-ranking measure="military-aid" theme="dark" highlight="EGY" selected="ISR"></rights-assistance-ranking>`],
      ['aid period, autocracies, libdem', html`<rights-assistance-ranking measure="aid" from="2010" to="2020" regime="autocracy" index="libdem"></rights-assistance-ranking>`],
      ['table', html`<rights-assistance-ranking measure="military-aid" from="2002" to="2013" view="table"></rights-assistance-ranking>`],
      ['bad input', html`<rights-assistance-ranking measure="x" year="1" limit="0"></rights-assistance-ranking>`],
    ];
    itPassesAxe(states, rankingFixture);
  });
});
