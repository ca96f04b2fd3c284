import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsDemocracyMap } from '../../../src/index.js';
import { democracyLoaders, type VdemV15 } from '../../../src/data/democracy.js';
import { holdLoaders } from '../../helpers/hold-loaders.js';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture, settled, until } from '../../helpers/wait.js';
import v15Json from '../../../data/vdem-v15.json';

const v15 = v15Json as VdemV15;
const mapFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsDemocracyMap>(template, 'rights-democracy-map', 'svg.map path.country, table, .error');

/** Collects console.warn and uncaught errors while `run` runs. */
async function watching(run: () => Promise<void>): Promise<{ warnings: string[]; errors: string[] }> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const warn = console.warn;
  const onError = (event: ErrorEvent): void => void errors.push(String(event.message));
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  try {
    await run();
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
  }
  return { warnings, errors };
}

describe('<rights-democracy-map> as frameworks use it (properties)', () => {
  it('takes natural JS values: controls = false, year as a number, highlight as an array', async () => {
    const el = await mapFixture(html`<rights-democracy-map></rights-democracy-map>`);
    el.controls = false;
    el.year = 2000;
    el.highlight = ['HUN', 'IND'];
    await settled(el);
    expect($(el, '.timeline'), 'timeline hidden').to.equal(null);
    expect($(el, 'h2')!.textContent).to.contain('2000');
    expect($$(el, 'path.highlight')).to.have.length(2);
    expect($(el, '.notice'), 'no complaint about natural values').to.equal(null);
  });

  it('reports values of the wrong kind and keeps working (no exception, next change still drawn)', async () => {
    const el = await mapFixture(html`<rights-democracy-map year="2019"></rights-democracy-map>`);
    const { errors } = await watching(async () => {
      for (const bad of [{}, NaN, Symbol('x'), [1, {}], () => 1]) {
        Object.assign(el, { metric: bad, view: bad, highlight: bad, controls: bad, year: bad });
        await settled(el);
        expect($(el, '.notice'), String(typeof bad)).to.exist;
        expect($$(el, 'path.country').length).to.be.greaterThan(170);
      }
      Object.assign(el, { metric: 'regime', view: 'map', highlight: '', controls: null, year: 1990 });
      await settled(el);
    });
    expect(errors).to.deep.equal([]);
    expect($(el, '.notice')).to.equal(null);
    expect($(el, 'h2')!.textContent).to.contain('1990');
  });

  it('names the V-Dem edition beside the colours and in the table', async () => {
    const el = await mapFixture(html`<rights-democracy-map metric="regime"></rights-democracy-map>`);
    expect(v15.meta.edition).to.equal('V-Dem v15');
    expect($(el, '.legend')!.textContent).to.contain('V-Dem v15');
    expect($(el, '.summary')!.textContent).to.contain('V-Dem v15');
    el.metric = 'libdem';
    el.view = 'table';
    await until(() => $(el, 'table caption')?.textContent?.includes('V-Dem v14'), 'libdem table names V-Dem v14');
  });

  it('draws after being removed while loading and put back after the data arrived', async () => {
    const gate = holdLoaders(democracyLoaders, 'v15');
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div><rights-democracy-map></rights-democracy-map></div>`);
      const el = wrapper.querySelector('rights-democracy-map') as RightsDemocracyMap;
      await until(() => $(el, '.loading'), 'placeholder while loading');
      el.remove();
      gate.release();
      await democracyLoaders.v15();
      wrapper.append(el);
      await until(() => $$(el, 'path.country').length > 170, 'countries drawn after re-adding');
    } finally {
      gate.restore();
    }
  });
});
