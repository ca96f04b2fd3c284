// Issue #10 on screen: every count and share names its V-Dem edition beside
// the figure, and population shares count people under the unit V-Dem coded
// for them at the time (with the coverage and the counting rules visible).
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsRegimeShare } from '../../../src/index.js';
import type { RegimeShareData } from '../../../src/data/regime-share.js';
import { regimeShareLoaders } from '../../../src/data/regime-share.js';
import { $, $$, quietly } from '../../helpers/dom.js';
import { chartFixture, until } from '../../helpers/wait.js';
import json from '../../../data/regime-share.json';

const data = json as RegimeShareData;
const V15 = data.versions.v15.edition;
const V10 = data.versions.v10.edition;

const shareFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsRegimeShare>(template, 'rights-regime-share', 'svg.plot path.band, table, .error');
const text = (el: Element, selector: string) => $(el, selector)!.textContent!.replace(/\s+/g, ' ').trim();
const rowFor = (el: Element, year: number) => $$(el, 'tbody tr').find((r) => r.querySelector('th')!.textContent!.trim() === String(year))!;

async function hoverLastYear(el: RightsRegimeShare): Promise<HTMLElement> {
  const svg = $(el, 'svg.plot') as SVGSVGElement;
  const box = svg.getBoundingClientRect();
  svg.dispatchEvent(new PointerEvent('pointermove', { clientX: box.right - 1, clientY: box.top + box.height / 2 }));
  await el.updateComplete;
  return $(el, '.tooltip') as HTMLElement;
}

describe('<rights-regime-share> names the V-Dem edition beside every figure (#10 point 8)', () => {
  it('the data labels the editions as readers know them', () => {
    expect(V15).to.equal('V-Dem v15');
    expect(V10).to.equal('V-Dem v10');
  });

  it('heading, legend, summary and tooltip name V-Dem v15; 2023 reads 89 autocracies and 90 democracies', async () => {
    const el = await shareFixture(html`<rights-regime-share measure="countries" to="2023"></rights-regime-share>`);
    expect(text(el, 'h2')).to.equal(`Countries by regime type (${V15})`);
    expect(text(el, '.legend')).to.contain(V15);
    expect(text(el, '.summary')).to.contain(`In 2023 there were 89 autocracies and 90 democracies (${V15}).`);
    const tip = await hoverLastYear(el);
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.contain(V15);
    expect(tip.textContent!.replace(/\s+/g, ' ')).to.match(/All autocracies\s*89 \(/);
  });

  it('edition="2020" names V-Dem v10 in the heading, legend, tooltip, table header and summary', async () => {
    const el = await shareFixture(html`<rights-regime-share edition="2020"></rights-regime-share>`);
    expect(text(el, 'h2')).to.contain(V10);
    expect(text(el, '.legend')).to.contain(V10);
    expect(text(el, '.summary')).to.contain(`(${V10})`);
    expect((await hoverLastYear(el)).textContent).to.contain(V10);
    el.view = 'table';
    await until(() => $(el, 'table'), 'table view');
    expect(text(el, 'thead')).to.contain(`People in autocracies (${V10})`);
  });

  it('a custom heading still leaves the edition in the legend and in what the cursor reads', async () => {
    const el = await shareFixture(html`<rights-regime-share heading="Autocracy on the rise" year="2010"></rights-regime-share>`);
    expect(text(el, 'h2')).to.equal('Autocracy on the rise');
    expect(text(el, '.legend')).to.contain(V15);
    expect($(el, 'svg.plot')!.getAttribute('aria-valuetext')).to.contain(`2010 (${V15})`);
  });

  it('the countries table names the edition in its autocracy column', async () => {
    const el = await shareFixture(html`<rights-regime-share measure="countries" view="table"></rights-regime-share>`);
    expect(text(el, 'thead')).to.contain(`All autocracies (${V15})`);
  });
});

describe('<rights-regime-share> counts people under the unit V-Dem coded (#10 point 4)', () => {
  it('1970 (v15): 65.2% of people lived in autocracies (63.1% before Soviet republics and others were counted)', async () => {
    const el = await shareFixture(html`<rights-regime-share view="table"></rights-regime-share>`);
    expect(rowFor(el, 1970).querySelector('td.highlight')!.textContent!.trim()).to.equal('65.2%');
    expect(rowFor(el, 1985).querySelector('td.highlight')!.textContent!.trim()).to.equal('65.8%');
    // Coverage of every year is shown and now at least 99.3%.
    const coverage = $$(el, 'tbody tr').map((r) => parseFloat(r.lastElementChild!.textContent!));
    expect(Math.min(...coverage)).to.be.at.least(99.2);
  });

  it('the footer says how successor states and East Germans are counted, and the coverage range', async () => {
    const el = await shareFixture(html`<rights-regime-share></rights-regime-share>`);
    const footer = text(el, 'footer');
    expect(footer).to.contain('Soviet republics').and.contain('counted under the state V-Dem coded them in');
    expect(footer).to.contain('East German');
    expect(footer).to.contain('slightly understated');
    expect(footer).to.contain('99.3%–99.6%');
  });

  it('the counting rules of population shares are not shown for numbers of countries', async () => {
    const el = await shareFixture(html`<rights-regime-share measure="countries"></rights-regime-share>`);
    expect(text(el, 'footer')).not.to.contain('Soviet republics');
  });
});

describe('<rights-regime-share> wrong-shaped data', () => {
  it('shows the load error with "Try again", not an endless "Loading…"', async () => {
    const original = regimeShareLoaders.regimeShare;
    regimeShareLoaders.regimeShare = () => Promise.resolve({ meta: {}, versions: {} } as unknown as RegimeShareData);
    try {
      const el = await quietly(() => shareFixture(html`<rights-regime-share></rights-regime-share>`));
      expect($(el, '.error')).to.exist;
      expect($(el, '.loading')).to.equal(null);
    } finally {
      regimeShareLoaders.regimeShare = original;
    }
  });
});
