import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsDemocracyChange } from '../../../src/index.js';
import type { VdemV15 } from '../../../src/data/democracy.js';
import { $, $$, quietly as quiet } from '../../helpers/dom.js';
import { itPassesAxe } from '../../helpers/axe.js';
import { chartFixture } from '../../helpers/wait.js';
import v15Json from '../../../data/vdem-v15.json';

const v15 = v15Json as VdemV15;

/** The code with the biggest EDI fall between two years, computed here from the file. */
function biggestDecline(from: number, to: number): string {
  let best = '';
  let worst = Infinity;
  for (const [code, s] of Object.entries(v15.countries)) {
    const a = s.polyarchy[from - s.start];
    const b = s.polyarchy[to - s.start];
    if (a == null || b == null) continue;
    const change = Math.round((b - a) * 1000) / 1000;
    if (change < worst || (change === worst && code < best)) {
      worst = change;
      best = code;
    }
  }
  return best;
}

const changeFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsDemocracyChange>(template, 'rights-democracy-change', 'svg.plot g.row, table, .error');

describe('<rights-democracy-change>', () => {
  it('ranks limit declines and advances; the first decline is the data\'s biggest', async () => {
    const el = await changeFixture(html`<rights-democracy-change from="2010" to="2024" limit="6"></rights-democracy-change>`);
    const rows = $$(el, 'g.row');
    expect(rows).to.have.length(12);
    expect(rows[0]!.getAttribute('data-code')).to.equal(biggestDecline(2010, 2024));
    // Both years' intervals are drawn for the EDI.
    expect(rows[0]!.querySelectorAll('line.interval')).to.have.length(2);
    // Countries in an ERT autocratization episode carry a visible mark.
    const marked = v15.episodes[rows[0]!.getAttribute('data-code')!]!.aut.some(([a, b]) => b >= 2010 && a <= 2024);
    const label = $(el, `text.row-label[data-code="${rows[0]!.getAttribute('data-code')}"]`)!.textContent!;
    expect(label.endsWith('*')).to.equal(marked);
    expect($$(el, 'text.row-label').some((t) => t.textContent!.endsWith('*'))).to.equal(true);
  });

  it('names every country at 320 px, in two lines where one is too narrow, never by its code', async () => {
    const el = await changeFixture(html`<div style="width: 320px"><rights-democracy-change from="2010" to="2024"></rights-democracy-change></div>`);
    const labels = $$(el, 'text.row-label');
    expect(labels).to.have.length(20);
    const codes = new Set(Object.keys(v15.countries));
    for (const label of labels) {
      const text = label.textContent!.replace(/ \*$/, '').trim();
      expect(codes.has(text), `"${text}" is a code`).to.equal(false);
      expect(text).not.to.include('…');
      // Inside the label column: left of the first dot's column.
      const box = (label as SVGGraphicsElement).getBBox();
      expect(box.x + box.width).to.be.at.most(96);
    }
    expect(labels.some((label) => label.querySelectorAll('tspan').length === 2), 'a long name breaks into two lines').to.equal(true);
    // Section titles stay inside the drawing; the edition, named in the heading, gives way.
    const width = Number($(el, 'svg.plot')!.getAttribute('viewBox')!.split(' ')[2]);
    for (const title of $$(el, 'text.section-title')) {
      const box = (title as SVGGraphicsElement).getBBox();
      expect(box.x + box.width, title.textContent!).to.be.at.most(width);
    }
  });

  it('names the edition in the section titles where there is room', async () => {
    const el = await changeFixture(html`<div style="width: 1000px"><rights-democracy-change from="2010" to="2024"></rights-democracy-change></div>`);
    expect($(el, 'text.section-title')!.textContent).to.contain('(V-Dem v15)');
  });

  it('default range is the last 14 years of the metric', async () => {
    const el = await changeFixture(html`<rights-democracy-change></rights-democracy-change>`);
    expect($(el, '.section-title')!.textContent).to.contain('2010–2024');
    expect($$(el, 'g.row')).to.have.length(20);
  });

  it('keyboard: one tab stop, arrows move between countries, Enter fires rights-select', async () => {
    const el = await changeFixture(html`<rights-democracy-change from="2010" limit="3"></rights-democracy-change>`);
    ($$(el, '.toolbar button').at(-1) as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const svg = $(el, 'svg.plot')!;
    expect(el.shadowRoot!.activeElement === svg).to.equal(true);
    await el.updateComplete;
    const first = biggestDecline(2010, 2024);
    expect(svg.getAttribute('aria-activedescendant')).to.equal(`row-${first}`);
    expect(($(el, '.tooltip') as HTMLElement).hidden).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const second = svg.getAttribute('aria-activedescendant')!;
    expect(second).not.to.equal(`row-${first}`);
    expect($(el, '[aria-live="polite"]')!.textContent).to.contain('change');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'rights-select')) as CustomEvent;
    expect(`row-${event.detail.code}`).to.equal(second);
    expect(event.detail.selected).to.equal(true);
  });

  it('table view has the same numbers', async () => {
    const el = await changeFixture(html`<rights-democracy-change from="2010" to="2024" limit="4" view="table"></rights-democracy-change>`);
    expect($$(el, 'table')).to.have.length(2);
    const first = $$(el, 'tbody tr')[0]!;
    const code = biggestDecline(2010, 2024);
    const s = v15.countries[code]!;
    expect(first.textContent).to.contain(s.polyarchy[2010 - s.start]!.toFixed(3)).and.contain(s.polyarchy[2024 - s.start]!.toFixed(3));
  });

  describe('bad input', () => {
    it('reports a bad limit, metric and years, and still draws', async () => {
      const el = await quiet(() => changeFixture(html`<rights-democracy-change limit="lots" metric="x" from="2030" to="1800"></rights-democracy-change>`));
      const notice = $(el, '.notice')!.textContent!;
      for (const fragment of ['"lots"', '"x"', '1901', 'must be before']) expect(notice).to.contain(fragment);
      expect($$(el, 'g.row')).to.have.length(20);
    });
  });

  // Loaded, table, notice and error states: test/conformance.
  describe('accessibility (axe)', () => {
    const states: [string, ReturnType<typeof html>][] = [
      ['libdem, dark', html`<rights-democracy-change metric="libdem" theme="dark" limit="5"></rights-democracy-change>`],
    ];
    itPassesAxe(states, changeFixture);
  });
});
