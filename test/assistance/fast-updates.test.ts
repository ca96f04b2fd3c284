// Issue #13 on the assistance charts: what the settings do not show is not
// downloaded (V-Dem v14 only for index="libdem"), what depends only on the
// data is made once, and a year change that only refills the map draws what a
// fresh map of that year draws.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { RightsAssistanceMap } from '../../src/index.js';
import { democracyLoaders, type VdemV14, type VdemV15 } from '../../src/data/democracy.js';
import type { ForeignAssistance, SipriUsArms } from '../../src/data/assistance.js';
import { measureSource } from '../../src/assistance/measures.js';
import { rankingFor, rankRecipients } from '../../src/assistance/ranking.js';
import aidJson from '../../data/foreignassistance.json';
import armsJson from '../../data/sipri-us-arms.json';
import v15Json from '../../data/vdem-v15.json';
import v14Json from '../../data/vdem-v14.json';
import { $, $$ } from '../helpers/dom.js';
import { chartFixture, namesWritten, settled, until } from '../helpers/wait.js';

const arms = armsJson as SipriUsArms;
const aid = aidJson as ForeignAssistance;
const v14Edition = (v14Json as VdemV14).meta.edition!;
const options = { flow: 'obligations', dollars: 'constant' } as const;

/** Counts calls of the V-Dem v14 loader until `restore()`. */
function countV14(): { calls: () => number; restore: () => void } {
  const original = democracyLoaders.v14;
  let calls = 0;
  democracyLoaders.v14 = () => {
    calls++;
    return original();
  };
  return { calls: () => calls, restore: () => (democracyLoaders.v14 = original) };
}

const CHARTS = [
  { tag: 'rights-assistance-ranking', drawn: 'svg.bars g.row' },
  { tag: 'rights-assistance-map', drawn: 'svg.map path.country' },
  { tag: 'rights-assistance-vs-democracy', drawn: 'svg.scatter .dot' },
] as const;

describe('assistance charts load V-Dem v14 only for the Liberal Democracy Index', () => {
  for (const { tag, drawn } of CHARTS) {
    it(`<${tag}>: not with the default index; with index="libdem", which then names it`, async () => {
      const v14 = countV14();
      try {
        const wrapper = document.createElement('div');
        document.body.append(wrapper);
        try {
          const el = document.createElement(tag) as HTMLElement & { index: string; year: number | string };
          el.setAttribute('year', '2019');
          wrapper.append(el);
          await until(() => el.shadowRoot?.querySelector(drawn), `${tag} draws`);
          el.year = 2018;
          await settled(el);
          el.setAttribute('measure', 'aid');
          await until(() => $(el, '.units')?.textContent?.includes('fiscal'), `${tag} draws aid`);
          expect(v14.calls(), 'v14 loads with the default index').to.equal(0);
          expect($(el, 'footer')!.textContent).not.to.contain(v14Edition);

          el.index = 'libdem';
          await until(() => $(el, 'footer')?.textContent?.includes(v14Edition), `${tag} names ${v14Edition}`);
          await until(() => el.shadowRoot?.querySelector(drawn), `${tag} draws with libdem`);
          expect(v14.calls()).to.be.greaterThan(0);
        } finally {
          wrapper.remove();
        }
      } finally {
        v14.restore();
      }
    });
  }
});

describe('assistance model: made once per dataset', () => {
  it('measureSource gives one object per dataset and reading (flow and dollars for aid only)', () => {
    const a = measureSource('arms', { arms }, options)!;
    expect(measureSource('arms', { arms }, { flow: 'disbursements', dollars: 'current' })).to.equal(a);
    const o = measureSource('aid', { aid }, options)!;
    expect(measureSource('aid', { aid }, options)).to.equal(o);
    const d = measureSource('aid', { aid }, { flow: 'disbursements', dollars: 'current' })!;
    expect(d).not.to.equal(o);
    expect([d.basis, o.basis]).to.deep.equal([
      'disbursements, current US dollars (not adjusted for inflation), U.S. fiscal year',
      'obligations, constant US dollars (FY2022 prices), U.S. fiscal year',
    ]);
    // Another copy of the data is read afresh.
    const copy = structuredClone(arms);
    expect(measureSource('arms', { arms: copy }, options)).not.to.equal(a);
  });

  it('rankingFor is rankRecipients, made once per source, democracy data, period, index and filter', () => {
    const source = measureSource('arms', { arms }, options)!;
    const democracy = { v15: v15Json as VdemV15 };
    const withV14 = { v15: v15Json as VdemV15, v14: v14Json as VdemV14 };
    const period = { from: 2010, to: 2015 };
    const first = rankingFor(source, period, democracy, 'polyarchy', 'all');
    expect(first).to.deep.equal(rankRecipients(source, period, democracy, 'polyarchy', 'all'));
    expect(rankingFor(source, { ...period }, democracy, 'polyarchy', 'all')).to.equal(first);
    expect(rankingFor(source, period, withV14, 'polyarchy', 'all')).to.equal(first);
    const autocracies = rankingFor(source, period, democracy, 'polyarchy', 'autocracy');
    expect(autocracies).not.to.equal(first);
    expect(autocracies).to.deep.equal(rankRecipients(source, period, democracy, 'polyarchy', 'autocracy'));
    const libdem = rankingFor(source, period, withV14, 'libdem', 'all');
    expect(libdem).to.deep.equal(rankRecipients(source, period, withV14, 'libdem', 'all'));
    expect(libdem.rows.some((r) => r.index !== null)).to.equal(true);
    // Without v14 the LDI is unknown, and that ranking is not the one read with v14.
    const unread = rankingFor(source, period, democracy, 'libdem', 'all');
    expect(unread.rows.every((r) => r.index === null)).to.equal(true);
    expect(rankingFor(source, period, withV14, 'libdem', 'all')).to.deep.equal(libdem);
  });
});

describe('<rights-assistance-map>: a year change draws what a fresh map of that year draws', () => {
  /** Every country path's look, and the hatches in drawing order. */
  const drawing = (el: Element) => ({
    countries: $$(el, 'svg.map path.country').map((p) =>
      ['id', 'class', 'role', 'data-code', 'aria-selected', 'aria-label', 'fill'].map((a) => p.getAttribute(a)).join(' | '),
    ),
    hatches: $$(el, 'svg.map path.regime-hatch').map((p) => `${p.getAttribute('fill')} ${p.getAttribute('aria-hidden')} ${p.getAttribute('d')!.slice(0, 40)}`),
    outlines: $$(el, 'svg.map path.highlight, svg.map path.selected').map((p) => p.getAttribute('class')),
  });
  const mapAt = (attributes: string) => chartFixture<RightsAssistanceMap>(fromAttributes(attributes), 'rights-assistance-map', 'svg.map path.country');

  it('arms, all recipients: fills, labels and hatches after 2019 → 1995 → 2012 match a map drawn at 2012', async () => {
    const moved = await mapAt('year=2019 highlight=EGY');
    moved.year = 1995;
    await settled(moved);
    await namesWritten();
    const fresh1995 = await mapAt('year=1995 highlight=EGY');
    expect(drawing(moved)).to.deep.equal(drawing(fresh1995));
    moved.year = 2012;
    await settled(moved);
    await namesWritten();
    const fresh = await mapAt('year=2012 highlight=EGY');
    expect(drawing(moved)).to.deep.equal(drawing(fresh));
    expect(drawing(fresh).hatches.length).to.be.greaterThan(10);
  });

  it('autocracies only, with a selection: muted recipients and aria-selected follow the year and the selection', async () => {
    const moved = await mapAt('year=2000 regime=autocracy selected=SAU');
    moved.year = 2016;
    await settled(moved);
    moved.selected = 'EGY';
    await settled(moved);
    await namesWritten();
    const fresh = await mapAt('year=2016 regime=autocracy selected=EGY');
    expect(drawing(moved)).to.deep.equal(drawing(fresh));
    expect($$(moved, 'path.country.muted').length).to.be.greaterThan(0);
    expect($(moved, 'path.country[aria-selected="true"]')!.getAttribute('data-code')).to.equal('EGY');
    // Back to the map after the table: drawn again in full.
    moved.view = 'table';
    await until(() => $(moved, 'table'), 'table view');
    moved.view = 'map';
    await until(() => $(moved, 'svg.map path.country'), 'map view');
    await settled(moved);
    expect(drawing(moved)).to.deep.equal(drawing(fresh));
  });
});

/** A map element with attributes given as `name=value` words, in a fixture template. */
function fromAttributes(attributes: string): ReturnType<typeof html> {
  const el = document.createElement('rights-assistance-map');
  for (const pair of attributes.split(' ')) {
    const [name, value] = pair.split('=') as [string, string];
    el.setAttribute(name, value);
  }
  return html`${el}`;
}
