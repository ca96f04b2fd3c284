import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsAssistanceVsDemocracy } from '../../../src/index.js';
import type { VdemV15 } from '../../../src/data/democracy.js';
import { layoutScatter, median } from '../../../src/charts/assistance-vs-democracy/scatter-layout.js';
import type { MilitaryAid, SipriUsArms } from '../../../src/data/assistance.js';
import militaryJson from '../../../data/military-aid.json';
import armsJson from '../../../data/sipri-us-arms.json';
import v15Json from '../../../data/vdem-v15.json';
import popJson from '../../../data/population.json';
import { $, $$, quietly } from '../../helpers/dom.js';
import { itPassesAxe } from '../../helpers/axe.js';
import { chartFixture } from '../../helpers/wait.js';

const militaryAid = militaryJson as MilitaryAid;
const arms = armsJson as SipriUsArms;
const v15 = v15Json as VdemV15;
const pop = popJson as { countries: Record<string, { start: number; pop: (number | null)[] }> };
const edi = (code: string, year: number) => {
  const s = v15.countries[code];
  return s ? (s.polyarchy[year - s.start] ?? null) : null;
};
/** Dollars in words with four significant digits, as a sentence writes them (#14): "$1.295 billion". */
const billions = (usd: number) => `$${(usd / 1e9).toPrecision(4)} billion`;
const millions = (usd: number) => (usd / 1e6).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const scatterFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsAssistanceVsDemocracy>(template, 'rights-assistance-vs-democracy', 'svg.scatter, table, .error, .empty');
const dotOf = (el: Element, code: string) => $(el, `.dot[data-code="${code}"]`) as SVGPathElement;
const centre = (dot: Element) => dot.getAttribute('transform')!.match(/translate\(([-\d.]+) ([-\d.]+)\)/)!.slice(1).map(Number) as [number, number];

/** 2019 SIPRI recipients with an EDI, largest first: the dots and their keyboard order. */
function armsOrder(year: number): string[] {
  return Object.entries(arms.countries)
    .map(([code, s]) => [code, s.tiv[year - s.start] ?? 0] as const)
    .filter(([code, v]) => v > 0 && edi(code, year) !== null)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code]) => code);
}

describe('layoutScatter', () => {
  it('puts x on the index, y on a log scale and dot area on population', () => {
    const points = [
      { code: 'A', index: 0.1, amount: 10, population: 100 },
      { code: 'B', index: 0.9, amount: 1000, population: 400 },
      { code: 'C', index: 0.5, amount: 100, population: null },
    ];
    const layout = layoutScatter(points, 600, 360);
    const by = (c: string) => layout.dots.find((d) => d.code === c)!;
    expect(by('A').cx).to.be.lessThan(by('C').cx);
    expect(by('C').cx).to.be.lessThan(by('B').cx);
    // Log: 10 → 100 → 1000 are equal steps.
    expect(by('A').cy - by('C').cy).to.be.closeTo(by('C').cy - by('B').cy, 0.01);
    // Area ∝ population: four times the people, twice the radius (within the minimum size).
    expect(by('B').r / by('A').r).to.be.closeTo(2, 0.35);
    expect(layout.dots[0]!.code).to.equal('B'); // largest drawn first
    expect(layout.yTicks.map((t) => t.value)).to.include.members([10, 100, 1000]);
    expect(layout.quadrant.amountSplit).to.equal(100);
    expect(median([3, 1, 2, 4])).to.equal(2.5);
  });
});

describe('<rights-assistance-vs-democracy>', () => {
  it('plots each 2019 arms recipient with an EDI, higher amount higher, higher EDI further right', async () => {
    const el = await scatterFixture(html`<rights-assistance-vs-democracy year="2019" highlight="SAU IND"></rights-assistance-vs-democracy>`);
    const order = armsOrder(2019);
    expect($$(el, '.dot').length).to.equal(order.length);
    const [sauX, sauY] = centre(dotOf(el, 'SAU'));
    const [ausX, ausY] = centre(dotOf(el, 'AUS'));
    expect(sauY).to.be.lessThan(ausY); // Saudi Arabia received more TIV
    expect(sauX).to.be.lessThan(ausX); // and scores lower on the EDI
    expect(edi('SAU', 2019)!).to.be.lessThan(edi('AUS', 2019)!);
    // Highlighted countries are labelled by name.
    const labels = $$(el, 'text.label').map((t) => t.textContent);
    expect(labels).to.include.members(['Saudi Arabia', 'India']);
    expect($(el, '.quadrant')).to.exist;
    expect($(el, '.summary')!.textContent).to.match(/\d+ of the \d+ recipients plotted received at least the median/);
    expect($(el, '.units')!.textContent).to.contain('TIV is not dollars').and.contain('logarithmic');
  });

  it('sizes dots by population: India larger than Israel', async () => {
    const el = await scatterFixture(html`<rights-assistance-vs-democracy year="2019"></rights-assistance-vs-democracy>`);
    const size = (code: string) => dotOf(el, code).getBBox().width;
    const p = (code: string) => pop.countries[code]!.pop[2019 - pop.countries[code]!.start]!;
    expect(p('IND')).to.be.greaterThan(p('ISR'));
    expect(size('IND')).to.be.greaterThan(size('ISR'));
  });

  it('steps through dots in rank order with the keyboard, showing the tooltip', async () => {
    const el = await scatterFixture(html`<rights-assistance-vs-democracy year="2019"></rights-assistance-vs-democracy>`);
    const order = armsOrder(2019);
    ($$(el, '.toolbar button').at(-1) as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const svg = $(el, 'svg.scatter')!;
    expect(el.shadowRoot!.activeElement === svg).to.equal(true);
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant')).to.equal(`d-${order[0]}`);
    for (const expected of order.slice(1, 4)) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(svg.getAttribute('aria-activedescendant')).to.equal(`d-${expected}`);
    }
    const tip = $(el, '.tooltip') as HTMLElement;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.contain('Population 2019').and.contain('Rank');
    expect($(el, '[aria-live="polite"]')!.textContent).to.contain('4th');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant')).to.equal(`d-${order[order.length - 1]}`);
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'rights-select')) as CustomEvent;
    expect(event.detail.code).to.equal(order[order.length - 1]);
  });

  it('shows military aid with LDI for a period, and the table lists Egypt near $1.3 bn a year', async () => {
    const el = await scatterFixture(
      html`<rights-assistance-vs-democracy measure="military-aid" from="2002" to="2013" index="libdem" view="table"></rights-assistance-vs-democracy>`,
    );
    const egy = militaryAid.countries.EGY!;
    const total = egy.military.slice(0, 12).reduce<number>((a, b) => a + (b ?? 0), 0);
    const row = $$(el, 'tbody tr').find((r) => r.querySelector('th .name')!.textContent === 'Egypt')!;
    expect(row.textContent).to.contain(millions(total / 12));
    expect($(el, 'thead')!.textContent).to.contain('Regime 2013 (Liberal Democracy Index)').and.contain('Population 2013');
    const p = pop.countries.EGY!.pop[2013 - pop.countries.EGY!.start]!;
    // In millions in the table (the header says so), to fit a phone.
    expect(row.textContent).to.contain(millions(p));
  });

  it('hover shows the tooltip; bad input is reported and clamped', async () => {
    const el = await quietly(() =>
      scatterFixture(html`<rights-assistance-vs-democracy measure="military-aid" year="1990" index="fh" highlight="EGY NOPE"></rights-assistance-vs-democracy>`),
    );
    const notice = $(el, '.notice')!.textContent!;
    for (const f of ['2002', '"fh"', '"NOPE"']) expect(notice).to.contain(f);
    dotOf(el, 'EGY').dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tip = $(el, '.tooltip') as HTMLElement;
    expect(tip.textContent).to.contain('Egypt').and.contain('FY2002').and.contain(billions(militaryAid.countries.EGY!.military[0]!));
    expect(tip.style.transform).to.match(/translate\(\d+px, \d+px\)/);
  });

  // Loaded, table, notice and error states: test/conformance.
  describe('accessibility (axe)', () => {
    const states: [string, ReturnType<typeof html>][] = [
      ['highlight', html`<rights-assistance-vs-democracy highlight="SAU"></rights-assistance-vs-democracy>`],
      ['aid, dark, libdem', html`<rights-assistance-vs-democracy measure="aid" theme="dark" index="libdem" year="2020" selected="EGY"></rights-assistance-vs-democracy>`],
      ['table', html`<rights-assistance-vs-democracy view="table" measure="military-aid"></rights-assistance-vs-democracy>`],
    ];
    itPassesAxe(states, scatterFixture);
  });
});
