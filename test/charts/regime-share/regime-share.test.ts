import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsRegimeShare } from '../../../src/index.js';
import type { RegimeShareData } from '../../../src/data/regime-share.js';
import { $, $$, withWarnings } from '../../helpers/dom.js';
import { itPassesAxe } from '../../helpers/axe.js';
import { chartFixture } from '../../helpers/wait.js';
import json from '../../../data/regime-share.json';

const data = json as RegimeShareData;

/** Percentage of people in autocracies, computed here from the file's population column. */
function peoplePercent(version: 'v10' | 'v15', year: number): string {
  const v = data.versions[version];
  const p = v.population[year - v.first]!;
  return `${((100 * (p[0] + p[1])) / (p[0] + p[1] + p[2] + p[3])).toFixed(1)}%`;
}

const shareFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsRegimeShare>(template, 'rights-regime-share', 'svg.plot path.band, table, .error');
const rowFor = (el: Element, year: number) => $$(el, 'tbody tr').find((r) => r.querySelector('th')!.textContent!.trim() === String(year))!;

describe('<rights-regime-share>', () => {
  it('draws four stacked bands, the 50% line and the autocracy/democracy divide', async () => {
    const el = await shareFixture(html`<rights-regime-share></rights-regime-share>`);
    expect($$(el, 'path.band')).to.have.length(4);
    expect($(el, 'line.half')).to.exist;
    expect($(el, 'path.divide')!.getAttribute('d')).to.match(/^M/);
    const years = $$(el, '.axis text').map((t) => t.textContent!.trim());
    expect(years).to.include('1960').and.include('2024');
    // Direct labels name the categories, so colour is not the only key.
    expect($$(el, '.band-label').map((t) => t.textContent)).to.include('Closed autocracy');
    expect($(el, '.summary')!.textContent).to.contain(peoplePercent('v15', 2024));
  });

  it('edition="2020" shows Democracy Report 2020\'s 54.0% for 2019 in its table', async () => {
    const el = await shareFixture(html`<rights-regime-share edition="2020" view="table"></rights-regime-share>`);
    const row = rowFor(el, 2019);
    expect(row.querySelector('td.highlight')!.textContent!.trim()).to.equal('54.0%');
    expect(peoplePercent('v10', 2019)).to.equal('54.0%');
    expect($$(el, 'tbody tr')).to.have.length(60);
    expect($(el, 'caption')!.textContent).to.contain('Democracy Report 2020');
    expect($(el, 'footer')!.textContent).to.contain('V-Dem v10').and.contain('First time since 2001');
  });

  it('measure="countries" shows numbers of countries (92 autocracies in 2019, v10)', async () => {
    const el = await shareFixture(html`<rights-regime-share edition="2020" measure="countries" view="table"></rights-regime-share>`);
    const c = data.versions.v10.count[2019 - 1960]!;
    expect(rowFor(el, 2019).querySelector('td.highlight')!.textContent).to.contain(String(c[0] + c[1]));
    expect(c[0] + c[1]).to.equal(92);
    expect($(el, 'h2')!.textContent).to.contain('Countries');
  });

  it('annotates the years autocracies passed half', async () => {
    const el = await shareFixture(html`<rights-regime-share edition="2020"></rights-regime-share>`);
    const labels = $$(el, '.crossing text').map((t) => t.textContent!.trim());
    expect(labels).to.include('2019');
    expect($(el, '.summary')!.textContent).to.contain('2019');
  });

  it('from/to restrict the range; the table has one row per year', async () => {
    const el = await shareFixture(html`<rights-regime-share from="2000" to="2010" view="table"></rights-regime-share>`);
    expect($$(el, 'tbody tr').map((r) => r.querySelector('th')!.textContent!.trim())).to.deep.equal(
      ['2010', '2009', '2008', '2007', '2006', '2005', '2004', '2003', '2002', '2001', '2000'],
    );
    expect($(el, 'caption')!.textContent).to.contain('2000–2010');
  });

  it('hover shows all four values of the year under the pointer', async () => {
    const el = await shareFixture(html`<rights-regime-share edition="2020"></rights-regime-share>`);
    const svg = $(el, 'svg.plot') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(new PointerEvent('pointermove', { clientX: box.right - 1, clientY: box.top + box.height / 2 }));
    await el.updateComplete;
    const tip = $(el, '.tooltip') as HTMLElement;
    expect(tip.hidden).to.equal(false);
    expect(tip.querySelector('strong')!.textContent).to.equal('2019');
    expect($$(el, '.tooltip dt')).to.have.length(5);
    expect(tip.textContent).to.contain('54.0%');
    expect(tip.style.transform).to.match(/translate\(\d+px, \d+px\)/);
    svg.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tip.hidden).to.equal(true);
  });

  it('is one tab stop; arrow keys move the year cursor, announce it and fire rights-year-change', async () => {
    const el = await shareFixture(html`<rights-regime-share edition="2020"></rights-regime-share>`);
    ($$(el, '.toolbar button').at(-1) as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const svg = $(el, 'svg.plot')!;
    expect(el.shadowRoot!.activeElement === svg).to.equal(true);
    await el.updateComplete;
    expect(svg.getAttribute('aria-valuenow')).to.equal('2019');
    setTimeout(() => sendKeys({ press: 'ArrowLeft' }));
    const event = (await oneEvent(el, 'rights-year-change')) as CustomEvent;
    expect(event.detail).to.deep.equal({ year: 2018 });
    await el.updateComplete;
    expect(el.getAttribute('year')).to.equal('2018');
    expect(svg.getAttribute('aria-valuetext')).to.contain('2018').and.contain(peoplePercent('v10', 2018));
    expect($(el, '[aria-live="polite"]')!.textContent).to.contain('2018');
    expect(($(el, '.tooltip') as HTMLElement).hidden).to.equal(false);
    expect($(el, 'line.cursor')).to.exist;
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.getAttribute('year')).to.equal('1960');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === svg).to.equal(false);
  });

  it('a tap moves the cursor', async () => {
    const el = await shareFixture(html`<rights-regime-share></rights-regime-share>`);
    const svg = $(el, 'svg.plot') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    setTimeout(() => svg.dispatchEvent(new PointerEvent('pointerdown', { clientX: box.right - 1, clientY: box.top + 20 })));
    const event = (await oneEvent(el, 'rights-year-change')) as CustomEvent;
    expect(event.detail.year).to.equal(2024);
  });

  it('the year attribute places the cursor (linking)', async () => {
    const el = await shareFixture(html`<rights-regime-share year="2001"></rights-regime-share>`);
    expect($(el, 'svg.plot')!.getAttribute('aria-valuenow')).to.equal('2001');
    expect($(el, 'line.cursor')).to.exist;
  });

  it('switches view, measure and edition from its toolbar', async () => {
    const el = await shareFixture(html`<rights-regime-share></rights-regime-share>`);
    ($(el, '.toolbar button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, 'table')).to.exist;
    const [measure, edition] = $$(el, '.toolbar select') as HTMLSelectElement[];
    measure!.value = 'countries';
    measure!.dispatchEvent(new Event('change'));
    edition!.value = '2020';
    edition!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.measure).to.equal('countries');
    expect(el.edition).to.equal('2020');
    expect($$(el, 'tbody tr')).to.have.length(60);
  });

  it('cites source, both versions, licence, coverage and why editions differ', async () => {
    const el = await shareFixture(html`<rights-regime-share></rights-regime-share>`);
    const footer = $(el, 'footer')!.textContent!;
    expect(footer).to.contain('V-Dem v15');
    expect(footer).to.contain('CC BY');
    expect(footer).to.contain('Population coverage');
    const coverage = data.versions.v15.coverage;
    expect(footer).to.contain(`${(Math.min(...coverage) * 100).toFixed(1)}%`);
    expect(footer).to.contain('Editions differ because');
    expect(($(el, 'footer a') as HTMLAnchorElement).href).to.match(/^https:\/\//);
  });

  describe('bad input', () => {
    it('reports unknown edition, measure, view, years and theme, and still draws', async () => {
      await withWarnings(async (warnings) => {
        const el = await shareFixture(
          html`<rights-regime-share edition="2019" measure="gdp" view="pie" from="1800" to="abc" year="3000" theme="neon"></rights-regime-share>`,
        );
        const notice = $(el, '.notice')!.textContent!;
        for (const fragment of ['"2019"', '"gdp"', '"pie"', '1960', '"abc"', '2024', '"neon"']) expect(notice).to.contain(fragment);
        expect($$(el, 'path.band')).to.have.length(4);
        expect(warnings.some((w) => w.includes('gdp'))).to.equal(true);
      });
    });

    it('from after to falls back to the full range with a message', async () => {
      const el = await shareFixture(html`<rights-regime-share from="2010" to="2000"></rights-regime-share>`);
      expect($(el, '.notice')!.textContent).to.contain('must be before');
      expect($(el, 'svg.plot')!.getAttribute('aria-valuemin')).to.equal('1960');
      expect($(el, 'svg.plot')!.getAttribute('aria-valuemax')).to.equal('2024');
    });
  });

  // Loaded, table, notice and error states: test/conformance.
  describe('accessibility (axe)', () => {
    const states: [string, ReturnType<typeof html>][] = [
      ['2020 countries, dark, cursor', html`<rights-regime-share edition="2020" measure="countries" theme="dark" year="2010"></rights-regime-share>`],
    ];
    itPassesAxe(states, shareFixture);
  });
});
