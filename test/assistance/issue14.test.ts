// Issue #14, read as a reader would at 360 px: the donor and filtered recipients have legend entries, one
// dollar convention, named dots without overlapping text, tables that fit, no blank gaps between the notes.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { AMOUNT_COLORS } from '../../src/charts/assistance-map/amount-scale.js';
import { $, $$ } from '../helpers/dom.js';
import { drawnChart } from '../helpers/charts.js';

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const MAP = 'svg.map path.country';
const SCATTER = 'svg.scatter .dot';
const BARS = 'svg.bars g.row';

/** Vertical space between consecutive visible blocks of the notes (legend, units, summary, footer). */
function gaps(el: Element): number[] {
  const blocks = $$(el, '.notes > *').filter((b) => b.getBoundingClientRect().height > 1);
  return blocks.slice(1).map((b, i) => b.getBoundingClientRect().top - blocks[i]!.getBoundingClientRect().bottom);
}

describe('assistance charts at 360 px (#14)', () => {
  it('map: the United States is the donor, with its own fill and legend entry, not "none recorded"', async () => {
    const el = await drawnChart('rights-assistance-map', MAP, { measure: 'aid' }, 360);
    const usa = $(el, 'path.country[data-code="USA"]')!;
    const fill = usa.getAttribute('fill')!;
    expect(AMOUNT_COLORS).to.not.include(fill);
    expect(fill).to.not.equal('url(#none)');
    expect(usa.getAttribute('aria-label')).to.match(/donor/i).and.not.match(/none recorded/i);
    const entry = $$(el, '.legend li').find((li) => /donor/i.test(text(li)));
    expect(entry, 'legend entry for the donor').to.exist;
    expect(entry!.querySelector('svg > rect')!.getAttribute('fill')).to.equal(fill);
  });

  it('map: a regime filter names what it leaves grey in the legend; without a filter there is no such entry', async () => {
    const all = await drawnChart('rights-assistance-map', MAP, {}, 360);
    expect($$(all, '.legend li').some((li) => /other recipients/i.test(text(li)))).to.equal(false);
    const el = await drawnChart('rights-assistance-map', MAP, { regime: 'autocracy' }, 360);
    expect($$(el, 'path.country.muted').length).to.be.greaterThan(0);
    const entry = $$(el, '.legend li').find((li) => /other recipients/i.test(text(li)));
    expect(entry, 'legend entry for the uncoloured recipients').to.exist;
    expect(text(entry!)).to.match(/democrac/i);
    // The swatch is painted as the muted countries are.
    const muted = getComputedStyle($(el, 'path.country.muted')!).fill;
    expect(getComputedStyle(entry!.querySelector('svg > rect')!).fill).to.equal(muted);
  });

  it('scatter: one dollar convention in axis title, ticks, tooltip and summary', async () => {
    const el = await drawnChart('rights-assistance-vs-democracy', SCATTER, { measure: 'aid' }, 360);
    const titles = $$(el, '.axis-title').map(text);
    expect(titles.some((t) => /^(↑ )?US\$ \(log scale\)$/.test(t)), titles.join(' | ')).to.equal(true);
    const ticks = $$(el, 'text.tick').map(text).filter((t) => t.startsWith('$'));
    expect(ticks.length).to.be.greaterThan(1);
    expect(text($(el, '.summary'))).to.match(/\$\d[\d.,]* (billion|million)/).and.not.contain('US$');
    $(el, '.dot')!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(text($(el, '.tooltip'))).to.match(/\$\d[\d.,]* (billion|million|thousand)?/).and.not.contain('US$');
  });

  it('scatter: names the largest recipients by default, with no text overlapping other text', async () => {
    for (const measure of ['arms', 'aid', 'military-aid']) {
      const el = await drawnChart('rights-assistance-vs-democracy', SCATTER, { measure }, 360);
      const labels = $$(el, 'text.label');
      expect(labels.length, measure).to.be.greaterThan(0);
      labels.forEach((l) => expect(text(l)).to.not.match(/^[A-Z]{3}$/));
      const boxes = $$(el, 'svg.scatter text').map((t) => t.getBoundingClientRect());
      const svg = $(el, 'svg.scatter')!.getBoundingClientRect();
      boxes.forEach((a, i) => {
        expect(a.left >= svg.left - 1 && a.right <= svg.right + 1, `${measure}: text ${i} inside the chart`).to.equal(true);
        boxes.slice(i + 1).forEach((b, j) => expect(overlap(a, b), `${measure}: texts ${i} and ${i + j + 1} overlap`).to.equal(false));
      });
    }
  });

  it('ranking: the column head names the unit of the bar labels ("US$" over "$1.3B", not millions)', async () => {
    const el = await drawnChart('rights-assistance-ranking', BARS, { measure: 'aid' }, 360);
    expect(text($(el, '.value'))).to.match(/^\$[\d.]+[KMB]?$/);
    expect(text($(el, '.col-head'))).to.not.match(/million/i);
  });

  for (const [tag, drawn] of [
    ['rights-assistance-ranking', BARS],
    ['rights-assistance-map', MAP],
    ['rights-assistance-vs-democracy', SCATTER],
  ]) {
    it(`${tag}: the table fits 360 px without scrolling sideways, for every measure and a period`, async () => {
      for (const attributes of [{} as Record<string, string>, { measure: 'aid', from: '2010', to: '2015' }, { measure: 'military-aid', from: '2010', to: '2015' }]) {
        const el = await drawnChart(tag, drawn, attributes, 360);
        el.setAttribute('view', 'table');
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const wrap = $(el, '.table-wrap') as HTMLElement;
        expect(wrap.scrollWidth, JSON.stringify(attributes)).to.be.at.most(wrap.clientWidth + 1);
      }
    });

    it(`${tag}: no blank gap over 16 px between legend, units, summary and footer`, async () => {
      for (const width of [320, 360, 1000]) {
        const el = await drawnChart(tag, drawn, {}, width);
        const found = gaps(el);
        expect(found.length, `${width}px`).to.be.greaterThan(1);
        found.forEach((gap) => expect(gap, `${width}px: ${found.join(', ')}`).to.be.at.most(16));
      }
    });
  }
});
