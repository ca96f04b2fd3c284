import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsStrikeMap } from '../../../src/index.js';
import type { TbijStrikes } from '../../../src/data/strikes.js';
import { $, $$, quietly as quiet, withWarnings } from '../../helpers/dom.js';
import { itPassesAxe } from '../../helpers/axe.js';
import { afterPlayInterval, chartFixture } from '../../helpers/wait.js';
import strikesJson from '../../../data/tbij-strikes.json';

const data = strikesJson as TbijStrikes;
const s = data.strikes;
/** Indexes of strikes of a country between two dates, straight from the data file, in time order. */
function strikesOf(code: string, from = '0000', to = '9999'): number[] {
  return s.id
    .map((_, i) => i)
    .filter((i) => s.country[i] === code && s.date[i]! >= from && s.date[i]! <= to)
    .sort((a, b) => s.date[a]!.localeCompare(s.date[b]!) || s.id[a]!.localeCompare(s.id[b]!));
}

const mapFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsStrikeMap>(template, 'rights-strike-map', 'svg.map, table, .error');

describe('<rights-strike-map>', () => {
  it('draws all ~1,700 strikes as dots and clusters, with the total in the summary', async () => {
    const el = await mapFixture(html`<rights-strike-map></rights-strike-map>`);
    expect($$(el, 'path.land.focus-country').length).to.be.at.least(4);
    const singles = $$(el, 'circle.strike').length;
    const clustered = $$(el, 'g.cluster').length;
    expect(singles + clustered).to.be.greaterThan(20);
    const placed = s.lat.filter((lat, i) => lat !== null && s.lon[i] !== null).length;
    expect($(el, '.summary')!.textContent).to.contain(`${data.count.toLocaleString('en')} TBIJ records`);
    expect($(el, '.summary')!.textContent).to.contain(`${data.count - placed} without coordinates`);
    expect($(el, '.caveats')!.textContent).to.contain('approximate').and.contain('ranges').and.contain(`Coverage ends ${[...s.date].sort().at(-1)}`);
  });

  it('frames Pakistan alone and shows TBIJ\'s totals: 430 strikes, 424–969 civilians', async () => {
    const el = await mapFixture(html`<rights-strike-map country="PAK"></rights-strike-map>`);
    expect($(el, '.summary')!.textContent).to.contain('430 strikes in Pakistan').and.contain('424–969 of them civilians');
    expect($$(el, 'path.land.focus-country').length).to.equal(1);
  });

  it('filters by from/to dates and lists the filtered strikes in the table', async () => {
    const el = await mapFixture(html`<rights-strike-map country="YEM" from="2017" to="2017-06" display="table"></rights-strike-map>`);
    const expected = strikesOf('YEM', '2017-01-01', '2017-06-30');
    const rows = $$(el, 'tbody tr');
    expect(rows.length).to.equal(expected.length);
    expect(rows[0]!.querySelector('th .date')!.textContent).to.equal(s.date[expected[0]!]);
    const i = expected[0]!;
    const killed = s.minKilled[i] === s.maxKilled[i] ? `${s.minKilled[i]}` : `${s.minKilled[i]}–${s.maxKilled[i]}`;
    // The first count column is people killed.
    expect(rows[0]!.querySelectorAll('td')[0]!.textContent).to.equal(killed);
  });

  it('pages a long table: 200 rows, then more on request', async () => {
    const el = await mapFixture(html`<rights-strike-map display="table"></rights-strike-map>`);
    expect($$(el, 'tbody tr').length).to.equal(200);
    const more = $(el, 'button.more') as HTMLButtonElement;
    expect(more.textContent).to.contain(`200 of ${data.count.toLocaleString('en')} shown`);
    more.click();
    await el.updateComplete;
    expect($$(el, 'tbody tr').length).to.equal(400);
  });

  it('steps strike by strike in time order with the keyboard; focus shows the tooltip and announces', async () => {
    const el = await mapFixture(html`<rights-strike-map country="SOM" from="2016" to="2016"></rights-strike-map>`);
    const order = strikesOf('SOM', '2016-01-01', '2016-12-31');
    ($(el, '.toolbar button') as HTMLButtonElement).focus();
    // Zoom in, zoom out, reset, table, download: Tab five times reaches the map.
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
    const map = $(el, 'svg.map')!;
    expect(el.shadowRoot!.activeElement).to.equal(map);
    await el.updateComplete;
    expect($(el, '[aria-live="polite"]')!.textContent).to.contain(s.date[order[0]!]!).and.contain(s.location[order[0]!]!);
    expect(($(el, '.tooltip') as HTMLElement).hidden).to.equal(false);
    expect($(el, 'circle.focus-ring')).to.exist;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect($(el, '[aria-live="polite"]')!.textContent).to.contain(`Record 2 of ${order.length}`).and.contain(s.date[order[1]!]!);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect($(el, '[aria-live="polite"]')!.textContent).to.contain(`Record ${order.length} of ${order.length}`);
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'rights-select')) as CustomEvent;
    expect(event.detail).to.deep.equal({ id: s.id[order.at(-1)!], date: s.date[order.at(-1)!], country: 'SOM' });
  });

  it('zooms and pans with keys, buttons, wheel and drag; clusters open when zoomed', async () => {
    const el = await mapFixture(html`<rights-strike-map country="PAK"></rights-strike-map>`);
    const group = () => $(el, 'svg.map > g')!.getAttribute('transform')!;
    const clustersBefore = $$(el, 'g.cluster').length;
    expect(group()).to.contain('scale(1)');
    ($(el, '.zoom button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(group()).to.contain('scale(2)');
    const map = $(el, 'svg.map') as SVGSVGElement;
    map.focus();
    await el.updateComplete;
    await sendKeys({ press: '=' });
    await el.updateComplete;
    expect(group()).to.contain('scale(4)');
    expect($$(el, 'circle.strike').length).to.be.greaterThan(0);
    expect($$(el, 'g.cluster').length + $$(el, 'circle.strike').length).to.be.greaterThan(clustersBefore);
    const before = group();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(group()).not.to.equal(before);
    // Drag with a pointer pans.
    const box = map.getBoundingClientRect();
    const at = (dx: number) => ({ pointerId: 7, clientX: box.left + 100 + dx, clientY: box.top + 100, bubbles: true, composed: true });
    const dragged = group();
    map.dispatchEvent(new PointerEvent('pointerdown', at(0)));
    map.dispatchEvent(new PointerEvent('pointermove', at(-40)));
    map.dispatchEvent(new PointerEvent('pointerup', at(-40)));
    await el.updateComplete;
    expect(group()).not.to.equal(dragged);
    // The wheel zooms out while the map has focus.
    map.dispatchEvent(new WheelEvent('wheel', { deltaY: 2000, clientX: box.left + 50, clientY: box.top + 50, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(group()).to.contain('scale(1)');
    await sendKeys({ press: '=' });
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(group()).to.equal('translate(0 0) scale(1)');
  });

  it('zooms in with a two-finger pinch', async () => {
    const el = await mapFixture(html`<rights-strike-map country="PAK"></rights-strike-map>`);
    const group = () => $(el, 'svg.map > g')!.getAttribute('transform')!;
    const map = $(el, 'svg.map') as SVGSVGElement;
    const box = map.getBoundingClientRect();
    const touch = (pointerId: number, dx: number) => ({
      pointerId,
      pointerType: 'touch',
      clientX: box.left + box.width / 2 + dx,
      clientY: box.top + box.height / 2,
      bubbles: true,
      composed: true,
    });
    map.dispatchEvent(new PointerEvent('pointerdown', touch(1, -20)));
    map.dispatchEvent(new PointerEvent('pointerdown', touch(2, 20)));
    map.dispatchEvent(new PointerEvent('pointermove', touch(2, 60)));
    map.dispatchEvent(new PointerEvent('pointerup', touch(2, 60)));
    map.dispatchEvent(new PointerEvent('pointerup', touch(1, -20)));
    await el.updateComplete;
    const scale = Number(group().match(/scale\(([\d.]+)\)/)![1]);
    expect(scale).to.be.greaterThan(1.5);
  });

  it('starts the timeline at the chosen country\'s first record', async () => {
    const el = await mapFixture(html`<rights-strike-map country="AFG"></rights-strike-map>`);
    const first = strikesOf('AFG').map((i) => s.date[i]!)[0]!;
    expect(($(el, 'input[type="range"]') as HTMLInputElement).min).to.equal(first.slice(0, 4));
    expect($(el, '.summary')!.textContent).to.contain(`${first} to`);
  });

  it('plays through the years only when asked, showing strikes up to the timeline year', async () => {
    const el = await mapFixture(html`<rights-strike-map country="PAK" from="2004" to="2008"></rights-strike-map>`);
    // A play interval (700 ms) after connecting, it has not stepped on its own.
    await afterPlayInterval(700);
    expect(($(el, 'input[type="range"]') as HTMLInputElement).value).to.equal('2008');
    const slider = $(el, 'input[type="range"]') as HTMLInputElement;
    slider.value = '2006';
    setTimeout(() => slider.dispatchEvent(new Event('input')));
    const event = (await oneEvent(el, 'rights-year-change')) as CustomEvent;
    expect(event.detail).to.deep.equal({ year: 2006 });
    await el.updateComplete;
    const upTo2006 = strikesOf('PAK', '2004-01-01', '2006-12-31').length;
    expect($(el, '.summary')!.textContent).to.match(new RegExp(`^${upTo2006} strikes? in Pakistan`));
    const play = $(el, '.timeline button') as HTMLButtonElement;
    play.click();
    await oneEvent(el, 'rights-year-change');
    await el.updateComplete;
    expect(play.getAttribute('aria-label')).to.equal('Pause');
    play.click();
  });

  describe('bad input', () => {
    it('reports unknown countries, bad dates and displays, and still draws', async () => {
      await withWarnings(async (warnings) => {
        const el = await mapFixture(html`<rights-strike-map country="IRQ" from="yesterday" to="2040" display="globe" controls="maybe"></rights-strike-map>`);
        const notice = $(el, '.notice')!.textContent!;
        for (const fragment of ['"IRQ"', '"yesterday"', '2040', '"globe"', '"maybe"']) expect(notice).to.contain(fragment);
        expect($(el, '.summary')!.textContent).to.contain(`${data.count.toLocaleString('en')} TBIJ records`);
        expect(warnings.some((w) => w.includes('IRQ'))).to.equal(true);
      });
    });

    it('swaps reversed dates', async () => {
      const el = await quiet(() => mapFixture(html`<rights-strike-map country="PAK" from="2010" to="2008"></rights-strike-map>`));
      expect($(el, '.notice')!.textContent).to.contain('after');
      const expected = strikesOf('PAK', '2008-01-01', '2010-12-31').length;
      expect($(el, '.summary')!.textContent).to.contain(`${expected} strikes in Pakistan`);
    });
  });

  // Loaded, table, notice and error states: test/conformance.
  describe('accessibility (axe)', () => {
    const states: [string, ReturnType<typeof html>][] = [
      ['Yemen, dark', html`<rights-strike-map country="YEM" theme="dark"></rights-strike-map>`],
      ['table', html`<rights-strike-map country="SOM" display="table"></rights-strike-map>`],
    ];
    itPassesAxe(states, mapFixture);

    it('passes axe with a strike focused', async () => {
      const el = await mapFixture(html`<rights-strike-map country="AFG"></rights-strike-map>`);
      ($(el, 'svg.map') as SVGElement).focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
