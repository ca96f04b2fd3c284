// Issue #10 on screen: index values name their V-Dem edition beside them
// (heading or legend, tooltip, table, summary), and the element takes its
// properties' natural JS values.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsDemocracyTrend } from '../../../src/index.js';
import { democracyLoaders, type VdemV14, type VdemV15 } from '../../../src/data/democracy.js';
import { $, $$, quietly } from '../../helpers/dom.js';
import { chartFixture, until } from '../../helpers/wait.js';
import v15Json from '../../../data/vdem-v15.json';
import v14Json from '../../../data/vdem-v14.json';

const V15 = (v15Json as VdemV15).meta.edition!;
const V14 = (v14Json as VdemV14).meta.edition!;

const trendFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsDemocracyTrend>(template, 'rights-democracy-trend', 'svg.plot path.line, table, .error');
const text = (el: Element, selector: string) => $(el, selector)!.textContent!.replace(/\s+/g, ' ').trim();

describe('<rights-democracy-trend> names the V-Dem edition beside index values (#10 point 8)', () => {
  it('the files label their editions', () => {
    expect(V15).to.equal('V-Dem v15');
    expect(V14).to.equal('V-Dem v14');
  });

  it('heading, legend, tooltip and summary name V-Dem v15 for the Electoral Democracy Index', async () => {
    const el = await trendFixture(html`<rights-democracy-trend countries="HUN" year="2020"></rights-democracy-trend>`);
    expect(text(el, 'h2')).to.equal(`Electoral Democracy Index (${V15}) over time`);
    expect(text(el, '.legend')).to.contain(`Electoral Democracy Index (${V15})`);
    expect(text(el, '.summary p')).to.contain(`Hungary: Electoral Democracy Index (${V15}) rose from 0.133 in 1970`);
    ($(el, 'svg.plot') as SVGElement).focus();
    const tip = $(el, '.tooltip') as HTMLElement;
    await until(() => !tip.hidden, 'the readout on focus');
    expect(tip.querySelector('.note')!.textContent).to.contain(V15);
  });

  it('libdem names V-Dem v14 in the heading, legend and table caption', async () => {
    const el = await trendFixture(html`<rights-democracy-trend countries="HUN" metric="libdem" view="table"></rights-democracy-trend>`);
    expect(text(el, 'h2')).to.contain(`Liberal Democracy Index (${V14})`);
    expect(text(el, '.legend')).to.contain(V14);
    expect(text(el, 'caption')).to.contain(`Liberal Democracy Index (${V14}), 1970–`);
  });

  it('a custom heading still leaves the edition in the legend', async () => {
    const el = await trendFixture(html`<rights-democracy-trend countries="USA" heading="Democracy in America"></rights-democracy-trend>`);
    expect(text(el, 'h2')).to.equal('Democracy in America');
    expect(text(el, '.legend')).to.contain(V15);
  });
});

describe('<rights-democracy-trend> properties take natural JS values', () => {
  it('countries and compare as arrays, year as a number', async () => {
    const el = await trendFixture(html`<rights-democracy-trend .countries=${['HUN', 'POL']} .compare=${['world']} .year=${2015}></rights-democracy-trend>`);
    expect($$(el, 'path.line').map((p) => p.getAttribute('data-id')).sort()).to.deep.equal(['HUN', 'POL', 'world']);
    expect($(el, 'line.cursor')).to.exist;
    expect($(el, '.notice')).to.equal(null);
  });

  it('an object for countries, compare or follow gives a notice and the chart keeps drawing', async () => {
    const el = await quietly(() =>
      trendFixture(html`<rights-democracy-trend .countries=${{ a: 1 } as unknown as string} .compare=${{} as unknown as string} .follow=${{} as unknown as string}></rights-democracy-trend>`),
    );
    const notice = text(el, '.notice');
    expect(notice).to.contain('an object');
    expect($$(el, 'path.line').length).to.be.greaterThan(0);
  });

  it('follow naming no element on the page says so', async () => {
    const el = await quietly(() => trendFixture(html`<rights-democracy-trend countries="USA" follow="no-such-map"></rights-democracy-trend>`));
    expect(text(el, '.notice')).to.contain('"no-such-map"');
  });
});

describe('<rights-democracy-trend> wrong-shaped data', () => {
  it('shows the load error, not an endless "Loading…"', async () => {
    const original = democracyLoaders.v15;
    democracyLoaders.v15 = () => Promise.resolve({ meta: {} } as unknown as VdemV15);
    try {
      const el = await quietly(() => trendFixture(html`<rights-democracy-trend countries="USA"></rights-democracy-trend>`));
      expect($(el, '.error')).to.exist;
    } finally {
      democracyLoaders.v15 = original;
    }
  });
});
