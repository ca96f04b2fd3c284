import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsDemocracyTrend } from '../../../src/index.js';
import type { VdemV15 } from '../../../src/data/democracy.js';
import { $, $$, quietly as quiet } from '../../helpers/dom.js';
import { itPassesAxe } from '../../helpers/axe.js';
import { afterLayout, chartFixture, waitForDrawn } from '../../helpers/wait.js';
import v15Json from '../../../data/vdem-v15.json';

const v15 = v15Json as VdemV15;
const edi = (code: string, year: number, field: 'polyarchy' | 'low' | 'high' = 'polyarchy') => {
  const s = v15.countries[code]!;
  return s[field][year - s.start]!;
};

const text = (el: Element, selector: string) => $(el, selector)!.textContent!.replace(/\s+/g, ' ').trim();

const trendFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsDemocracyTrend>(template, 'rights-democracy-trend', 'svg.plot path.line, table, .error');

describe('<rights-democracy-trend>', () => {
  it('draws one line and one interval band per country, labelled at the line end', async () => {
    const el = await trendFixture(html`<rights-democracy-trend countries="USA HUN IND TUR"></rights-democracy-trend>`);
    expect($$(el, 'path.line').map((p) => p.getAttribute('data-id')).sort()).to.deep.equal(['HUN', 'IND', 'TUR', 'USA']);
    expect($$(el, 'path.band-area')).to.have.length(4);
    const labels = $$(el, '.label text').map((t) => t.textContent);
    expect(labels).to.include('Hungary').and.include('India');
    expect($(el, '.notice')).to.equal(null);
  });

  it('draws each country\'s ERT episodes in its own row, in its colour, not across the plot (#14)', async () => {
    const el = await trendFixture(html`<rights-democracy-trend countries="USA IND" from="1960"></rights-democracy-trend>`);
    const plot = $(el, 'svg.plot') as SVGSVGElement;
    const band = (rect: Element) => rect.getBoundingClientRect();
    const grid = $$(el, 'line.grid').map((l) => l.getBoundingClientRect());
    const plotBottom = Math.max(...grid.map((g) => g.bottom));
    for (const code of ['USA', 'IND']) {
      const row = $(el, `g.episode-row[data-id="${code}"]`)!;
      const episodes = [...v15.episodes[code]!.aut, ...v15.episodes[code]!.dem].filter(([, end]) => end >= 1960);
      const bars = [...row.querySelectorAll('rect.episode')];
      expect(bars, code).to.have.length(episodes.length);
      // Under the plot: no bar reaches up into the lines.
      for (const bar of bars) expect(band(bar).top, code).to.be.greaterThan(plotBottom);
      const color = $(el, `path.line[data-id="${code}"]`)!.getAttribute('stroke');
      for (const bar of bars) expect(bar.getAttribute(bar.classList.contains('dem') ? 'fill' : 'stroke'), `${code} bar`).to.equal(color);
      expect(row.querySelector('text')!.textContent).to.equal(code === 'USA' ? 'United States' : 'India');
    }
    // India's 1971–1975 autocratization bar: India's row, those years only.
    const india = [...$(el, 'g.episode-row[data-id="IND"]')!.querySelectorAll('rect.aut')].map(band);
    const usa = [...$(el, 'g.episode-row[data-id="USA"]')!.querySelectorAll('rect')].map(band);
    expect(india[0]!.top).not.to.equal(usa[0]!.top);
    expect(india[0]!.width).to.be.lessThan(plot.getBoundingClientRect().width / 8);
    expect(text(el, '.legend')).to.contain('Autocratization episode').and.contain('one row per country');
  });

  it('a country keeps its line colour whatever else is shown and in which order (#14)', async () => {
    const colours = async (countries: string) => {
      const el = await trendFixture(html`<rights-democracy-trend countries=${countries}></rights-democracy-trend>`);
      return Object.fromEntries($$(el, 'path.line').map((p) => [p.getAttribute('data-id'), p.getAttribute('stroke')]));
    };
    const a = await colours('USA HUN IND TUR');
    const b = await colours('TUR IND');
    const c = await colours('IND USA HUN TUR');
    expect(b.IND).to.equal(a.IND);
    expect(b.TUR).to.equal(a.TUR);
    expect(c).to.deep.equal(a);
  });

  it('world and regional averages are drawn as labelled dashed lines', async () => {
    const el = await trendFixture(html`<rights-democracy-trend countries="HUN" compare="world eastern-europe"></rights-democracy-trend>`);
    expect($$(el, 'path.line.average')).to.have.length(2);
    const labels = $$(el, '.label text').map((t) => t.textContent);
    // The region's long name does not fit: it alone takes its short form.
    expect(labels).to.include('World average').and.include('EECA').and.include('Hungary');
  });

  it('crosshair: arrow keys step years, up/down switch countries; values and episode are announced', async () => {
    const el = await trendFixture(html`<rights-democracy-trend countries="USA HUN" from="2000"></rights-democracy-trend>`);
    ($$(el, '.toolbar button').at(-1) as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const svg = $(el, 'svg.plot')!;
    expect(el.shadowRoot!.activeElement === svg).to.equal(true);
    await el.updateComplete;
    expect(el.year).to.equal(2024);
    setTimeout(() => sendKeys({ press: 'ArrowLeft' }));
    const event = (await oneEvent(el, 'rights-year-change')) as CustomEvent;
    expect(event.detail).to.deep.equal({ year: 2023 });
    await el.updateComplete;
    const live = () => $(el, '[aria-live="polite"]')!.textContent!;
    expect(live()).to.contain('2023').and.contain('United States').and.contain(edi('USA', 2023).toFixed(3));
    const tip = $(el, '.tooltip') as HTMLElement;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.contain(`${edi('HUN', 2023).toFixed(3)} (${edi('HUN', 2023, 'low').toFixed(3)}–${edi('HUN', 2023, 'high').toFixed(3)})`);
    expect($$(el, 'circle.dot')).to.have.length(2);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.active).to.equal('HUN');
    expect(live()).to.contain('Hungary').and.contain('autocratization');
    expect($(el, '.label.active text')!.textContent).to.equal('Hungary');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.year).to.equal(2000);
  });

  it('hover shows the readout for the year under the pointer', async () => {
    const el = await trendFixture(html`<rights-democracy-trend countries="IND"></rights-democracy-trend>`);
    const svg = $(el, 'svg.plot') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const line = ($(el, 'path.line') as SVGPathElement).getBoundingClientRect();
    svg.dispatchEvent(new PointerEvent('pointermove', { clientX: line.left + 1, clientY: box.top + 30 }));
    await el.updateComplete;
    const tip = $(el, '.tooltip') as HTMLElement;
    expect(tip.hidden).to.equal(false);
    expect(tip.querySelector('strong')!.textContent).to.equal('1970');
    expect(tip.style.transform).to.match(/translate\(\d+px, \d+px\)/);
  });

  it('libdem uses V-Dem v14 without bands; the table has the same numbers', async () => {
    const el = await trendFixture(html`<rights-democracy-trend countries="HUN" metric="libdem" view="table"></rights-democracy-trend>`);
    const rows = $$(el, 'tbody tr');
    expect(rows[0]!.querySelector('th')!.textContent).to.equal('2023');
    const h = (await import('../../../data/vdem-v14.json')).default as { countries: Record<string, { start: number; libdem: number[] }> };
    expect(rows[0]!.querySelector('td')!.textContent).to.equal(h.countries.HUN!.libdem[2023 - h.countries.HUN!.start]!.toFixed(3));
    expect($(el, 'footer')!.textContent).to.contain('v14');
  });

  it('empty countries: a visible note and the default set', async () => {
    const el = await quiet(() => trendFixture(html`<rights-democracy-trend></rights-democracy-trend>`));
    expect($(el, '.notice')!.textContent).to.contain('No countries chosen').and.contain('USA');
    expect($$(el, 'path.line')).to.have.length(4);
  });

  it('follows a map: countries selected there are added, deselected ones removed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div id="world-map"></div>
      <rights-democracy-trend countries="USA" follow="world-map"></rights-democracy-trend>
    </div>`);
    const el = wrapper.querySelector('rights-democracy-trend')!;
    await waitForDrawn(el, 'svg.plot path.line');
    const map = wrapper.querySelector('#world-map')!;
    map.dispatchEvent(new CustomEvent('rights-select', { detail: { code: 'BRA', name: 'Brazil', selected: true }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.countries).to.equal('USA BRA');
    expect(el.active).to.equal('BRA');
    expect($$(el, 'path.line')).to.have.length(2);
    map.dispatchEvent(new CustomEvent('rights-select', { detail: { code: 'BRA', selected: false }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.countries).to.equal('USA');
    // Events from other elements are ignored.
    wrapper.dispatchEvent(new CustomEvent('rights-select', { detail: { code: 'FRA', selected: true }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.countries).to.equal('USA');
  });

  it('keeps direct labels and row names inside the SVG and apart on phones (layout check)', async () => {
    for (const width of [320, 360]) {
      for (const template of [
        html`<rights-democracy-trend countries="HUN POL CZE" compare="world eastern-europe" year="2010"></rights-democracy-trend>`,
        html`<rights-democracy-trend countries="HUN"></rights-democracy-trend>`,
      ]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
        const el = wrapper.firstElementChild as RightsDemocracyTrend;
        await waitForDrawn(el, 'svg.plot path.line');
        await afterLayout(el);
        const svg = ($(el, 'svg.plot') as SVGSVGElement).getBoundingClientRect();
        const texts = $$(el, '.label text, .row-name').map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }));
        expect(texts.map((t) => t.text)).to.include('Hungary');
        for (const { text, box } of texts) expect(box.right, `"${text}" at ${width}px`).to.be.at.most(svg.right + 0.5);
        const labels = $$(el, '.label text').map((t) => t.getBoundingClientRect());
        for (let i = 0; i < labels.length; i++) {
          for (let k = i + 1; k < labels.length; k++) {
            const [a, b] = [labels[i]!, labels[k]!];
            const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            expect(overlap, `labels ${i} and ${k} at ${width}px`).to.be.at.most(2);
          }
        }
      }
    }
  });

  describe('bad input', () => {
    it('reports unknown codes, metric, comparison and years, and still draws', async () => {
      const el = await quiet(() =>
        trendFixture(html`<rights-democracy-trend countries="HUN XYZ" metric="gdp" compare="mars" from="1066" to="soon" year="3000"></rights-democracy-trend>`),
      );
      const notice = $(el, '.notice')!.textContent!;
      for (const fragment of ['"XYZ"', '"gdp"', '"mars"', '1900', '"soon"', '2024']) expect(notice).to.contain(fragment);
      expect($$(el, 'path.line')).to.have.length(1);
    });

    it('all unknown codes: a note and the default set', async () => {
      const el = await quiet(() => trendFixture(html`<rights-democracy-trend countries="ABC DEF"></rights-democracy-trend>`));
      expect($(el, '.notice')!.textContent).to.contain('No usable country codes');
      expect($$(el, 'path.line')).to.have.length(4);
    });
  });

  // Loaded, table, notice and error states: test/conformance.
  describe('accessibility (axe)', () => {
    const states: [string, ReturnType<typeof html>][] = [
      ['default set', html`<rights-democracy-trend></rights-democracy-trend>`],
      ['compare, dark, crosshair', html`<rights-democracy-trend countries="HUN POL" compare="world eastern-europe" theme="dark" year="2015"></rights-democracy-trend>`],
      ['libdem table', html`<rights-democracy-trend countries="IND" metric="libdem" view="table"></rights-democracy-trend>`],
    ];
    itPassesAxe(states, trendFixture);
  });
});
