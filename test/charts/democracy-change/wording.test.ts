// Issue #10 on screen: index values and changes name their V-Dem edition
// beside them (heading, section titles, tooltip, table, summary).
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsDemocracyChange } from '../../../src/index.js';
import { democracyLoaders, type VdemV14, type VdemV15 } from '../../../src/data/democracy.js';
import { $, $$, quietly } from '../../helpers/dom.js';
import { chartFixture } from '../../helpers/wait.js';
import v15Json from '../../../data/vdem-v15.json';
import v14Json from '../../../data/vdem-v14.json';

const V15 = (v15Json as VdemV15).meta.edition!;
const V14 = (v14Json as VdemV14).meta.edition!;

const changeFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsDemocracyChange>(template, 'rights-democracy-change', 'svg.plot g.row, table, .error');
const text = (el: Element, selector: string) => $(el, selector)!.textContent!.replace(/\s+/g, ' ').trim();

describe('<rights-democracy-change> names the V-Dem edition beside index values (#10 point 8)', () => {
  it('heading, section titles, tooltip and summary name V-Dem v15', async () => {
    const el = await changeFixture(html`<rights-democracy-change from="2010" to="2024" limit="5"></rights-democracy-change>`);
    expect(text(el, 'h2')).to.equal(`Biggest changes in the Electoral Democracy Index (${V15})`);
    expect($$(el, '.section-title').map((t) => t.textContent)).to.deep.equal([
      `Biggest declines, 2010–2024 (${V15})`,
      `Biggest advances, 2010–2024 (${V15})`,
    ]);
    expect(text(el, '.summary p')).to.contain(`Between 2010 and 2024, the Electoral Democracy Index (${V15}) fell most in`);
    ($(el, 'svg.plot') as SVGElement).focus();
    await el.updateComplete;
    const tip = $(el, '.tooltip') as HTMLElement;
    expect(tip.hidden).to.equal(false);
    expect(tip.querySelector('.note')!.textContent).to.contain(`Electoral Democracy Index (${V15})`);
  });

  it('libdem names V-Dem v14 in the heading and both table captions', async () => {
    const el = await changeFixture(html`<rights-democracy-change metric="libdem" view="table"></rights-democracy-change>`);
    expect(text(el, 'h2')).to.contain(`Liberal Democracy Index (${V14})`);
    const captions = $$(el, 'caption').map((c) => c.textContent!);
    expect(captions).to.have.length(2);
    for (const caption of captions) expect(caption).to.contain(`Liberal Democracy Index (${V14})`);
  });

  it('a custom heading still leaves the edition beside the figures', async () => {
    const el = await changeFixture(html`<rights-democracy-change heading="Who fell furthest"></rights-democracy-change>`);
    expect(text(el, 'h2')).to.equal('Who fell furthest');
    expect(text(el, '.section-title')).to.contain(V15);
  });
});

describe('<rights-democracy-change> bad input and wrong-shaped data', () => {
  it('limit as a number works; NaN or an object gives a notice', async () => {
    const el = await quietly(() => changeFixture(html`<rights-democracy-change .limit=${3}></rights-democracy-change>`));
    expect($$(el, 'g.row')).to.have.length(6);
    el.limit = Number.NaN;
    await el.updateComplete;
    expect(text(el, '.notice')).to.contain('NaN');
    expect($$(el, 'g.row')).to.have.length(20);
  });

  it('shows the load error, not an endless "Loading…"', async () => {
    const original = democracyLoaders.v14;
    democracyLoaders.v14 = () => Promise.resolve([] as unknown as VdemV14);
    try {
      const el = await quietly(() => changeFixture(html`<rights-democracy-change></rights-democracy-change>`));
      expect($(el, '.error')).to.exist;
    } finally {
      democracyLoaders.v14 = original;
    }
  });
});
