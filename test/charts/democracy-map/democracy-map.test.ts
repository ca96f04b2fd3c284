import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { schemeYlGnBu } from 'd3-scale-chromatic';
import '../../../src/index.js';
import type { RightsDemocracyMap } from '../../../src/index.js';
import { democracyLoaders, type VdemV15 } from '../../../src/data/democracy.js';
import { projectedWorldLoaders } from '../../../src/geo/projected-world.js';
import { countryLoaders } from '../../../src/data/countries.js';
import { holdLoaders } from '../../helpers/hold-loaders.js';
import { $, $$ } from '../../helpers/dom.js';
import { itPassesAxe } from '../../helpers/axe.js';
import { afterMicrotasks, afterPlayInterval, chartFixture, namesWritten, nextReady, settled, until } from '../../helpers/wait.js';
import v15Json from '../../../data/vdem-v15.json';

const v15 = v15Json as VdemV15;

/** The raw EDI of a country-year, read straight from the shipped data file. */
function edi(code: string, year: number): number | null {
  const s = v15.countries[code]!;
  return s.polyarchy[year - s.start] ?? null;
}

/** Colour the map should use for an EDI value: ColorBrewer YlGnBu-5 in 0.2 bins. */
function expectedFill(value: number): string {
  return schemeYlGnBu[5]![Math.min(4, Math.floor(value / 0.2))]!;
}

const mapFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsDemocracyMap>(template, 'rights-democracy-map', 'svg.map path.country, table, .error');

const pathOf = (el: Element, code: string) => $(el, `path.country[data-code="${code}"]`) as SVGPathElement;

describe('<rights-democracy-map>', () => {
  it('draws every country of the base map, coloured from the data', async () => {
    const el = await mapFixture(html`<rights-democracy-map year="2019"></rights-democracy-map>`);
    const paths = $$(el, 'path.country');
    expect(paths.length).to.be.greaterThan(170);
    for (const code of ['HUN', 'IND', 'USA', 'BRA', 'NGA']) {
      expect(pathOf(el, code).getAttribute('fill'), code).to.equal(expectedFill(edi(code, 2019)!));
    }
    // Greenland is not a V-Dem unit: hatched, not grey.
    expect(pathOf(el, 'GRL').getAttribute('fill')).to.equal('url(#no-data)');
    expect($(el, 'pattern#no-data')).to.exist;
  });

  it('re-colours the same shapes in place when the year changes', async () => {
    const el = await mapFixture(html`<rights-democracy-map year="2000"></rights-democracy-map>`);
    const hungary = pathOf(el, 'HUN');
    const before = hungary.getAttribute('fill');
    el.year = 2022;
    await el.updateComplete;
    expect(pathOf(el, 'HUN')).to.equal(hungary);
    expect(hungary.getAttribute('fill')).to.equal(expectedFill(edi('HUN', 2022)!));
    expect(before).to.equal(expectedFill(edi('HUN', 2000)!));
    expect(before).not.to.equal(hungary.getAttribute('fill'));
  });

  it('names the focused country for the new year at once, and every country once the page is idle', async () => {
    // Focus starts on the highlighted country, Hungary, whose index fell between the two years.
    const el = await mapFixture(html`<rights-democracy-map year="2000" highlight="HUN"></rights-democracy-map>`);
    const fresh = await mapFixture(html`<rights-democracy-map year="2022" highlight="HUN"></rights-democracy-map>`);
    const labels = (map: Element) => $$(map, 'path.country').map((p) => `${p.getAttribute('data-code')} ${p.getAttribute('aria-label')}`);
    $(el, 'svg.map')!.dispatchEvent(new FocusEvent('focus'));
    await settled(el);
    expect($(el, 'svg.map')!.getAttribute('aria-activedescendant')).to.equal('c-HUN');
    const before = pathOf(el, 'HUN').getAttribute('aria-label');
    el.year = 2022;
    await settled(el);
    expect(pathOf(el, 'HUN').getAttribute('aria-label')).to.equal(pathOf(fresh, 'HUN').getAttribute('aria-label'));
    expect(pathOf(el, 'HUN').getAttribute('aria-label')).not.to.equal(before);
    await namesWritten();
    expect(labels(el)).to.deep.equal(labels(fresh));
  });

  it('shows name, value, interval, regime and ten-year change on hover', async () => {
    const el = await mapFixture(html`<rights-democracy-map year="2019"></rights-democracy-map>`);
    const box = pathOf(el, 'HUN').getBoundingClientRect();
    const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    pathOf(el, 'HUN').dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, ...at }));
    await el.updateComplete;
    const tip = $(el, '.tooltip') as HTMLElement;
    // Beside the pointer, not over it.
    const tipBox = tip.getBoundingClientRect();
    const covered = at.clientX >= tipBox.left && at.clientX <= tipBox.right && at.clientY >= tipBox.top && at.clientY <= tipBox.bottom;
    expect(covered).to.equal(false);
    expect(tip.hidden).to.equal(false);
    const text = [tip.querySelector('strong')!, ...tip.querySelectorAll('dt, dd')].map((n) => n.textContent!.trim()).join(' ');
    const s = v15.countries.HUN!;
    const fixed = (field: 'polyarchy' | 'low' | 'high', year: number) => s[field][year - s.start]!.toFixed(3);
    expect(text).to.contain('Hungary');
    expect(text).to.contain(`Electoral Democracy Index 2019 ${fixed('polyarchy', 2019)}`);
    expect(text).to.contain(`68% interval ${fixed('low', 2019)}–${fixed('high', 2019)}`);
    expect(text).to.contain('Regime Electoral autocracy');
    expect(text).to.contain('Change since 2009');
    expect(tip.style.transform).to.match(/translate\(-?\d+px, -?\d+px\)/);
    $(el, 'svg.map')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tip.hidden).to.equal(true);
  });

  it('names countries in the language of the lang attribute', async () => {
    const el = await mapFixture(html`<rights-democracy-map year="2019" lang="fr"></rights-democracy-map>`);
    expect(pathOf(el, 'HUN').getAttribute('aria-label')).to.match(/^Hongrie\u00a0?:/);
    expect(pathOf(el, 'DEU').getAttribute('aria-label')).to.match(/^Allemagne\u00a0?:/);
  });

  it('is one tab stop; arrows move between neighbours; the live region announces the country', async () => {
    const el = await mapFixture(html`<rights-democracy-map year="2019" highlight="FRA"></rights-democracy-map>`);
    // The last control of the toolbar (Table, then the zoom buttons), then the map.
    const last = $$(el, '.toolbar button').at(-1) as HTMLButtonElement;
    last.focus();
    await sendKeys({ press: 'Tab' });
    const svg = $(el, 'svg.map')!;
    expect(el.shadowRoot!.activeElement === svg, 'map focused after the toolbar').to.equal(true);
    await el.updateComplete;
    // Focus starts on the first highlighted country.
    expect(svg.getAttribute('aria-activedescendant')).to.equal('c-FRA');
    expect($(el, '[aria-live="polite"]')!.textContent).to.contain('France');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const next = svg.getAttribute('aria-activedescendant');
    expect(next).to.be.oneOf(['c-DEU', 'c-CHE', 'c-BEL', 'c-LUX', 'c-ITA', 'c-AUT', 'c-CZE']);
    expect($(el, `#${next}`)).to.exist;
    expect(($(el, '.tooltip') as HTMLElement).hidden).to.equal(false);
    expect($(el, '[aria-live="polite"]')!.textContent).not.to.contain('France');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant')).to.equal('c-FRA');
    // Type-ahead by name.
    await sendKeys({ press: 'h' });
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant')).to.be.oneOf(['c-HTI', 'c-HND', 'c-HUN']);
    // Tab leaves the map in one step, to the play button.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === $(el, '.timeline button'), 'play button focused next').to.equal(true);
  });

  it('selects with Enter and click, firing rights-select, and reflects the selection', async () => {
    const el = await mapFixture(html`<rights-democracy-map year="2019" highlight="IND"></rights-democracy-map>`);
    ($(el, 'svg.map') as SVGElement).focus();
    await el.updateComplete;
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'rights-select')) as CustomEvent;
    expect(event.detail).to.deep.equal({ code: 'IND', name: 'India', selected: true });
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('IND');
    expect(pathOf(el, 'IND').getAttribute('aria-selected')).to.equal('true');
    setTimeout(() => pathOf(el, 'BRA').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const click = (await oneEvent(el, 'rights-select')) as CustomEvent;
    expect(click.detail.code).to.equal('BRA');
    await el.updateComplete;
    expect(el.selected).to.equal('BRA');
  });

  it('moves through years with the slider and fires rights-year-change', async () => {
    const el = await mapFixture(html`<rights-democracy-map year="2019"></rights-democracy-map>`);
    const slider = $(el, 'input[type="range"]') as HTMLInputElement;
    expect(slider.min).to.equal('1900');
    expect(slider.max).to.equal('2024');
    slider.focus();
    setTimeout(() => sendKeys({ press: 'ArrowLeft' }));
    const event = (await oneEvent(el, 'rights-year-change')) as CustomEvent;
    expect(event.detail).to.deep.equal({ year: 2018 });
    await el.updateComplete;
    expect(el.getAttribute('year')).to.equal('2018');
    expect($(el, '[aria-live="polite"]')!.textContent).to.contain('2018');
    expect(pathOf(el, 'HUN').getAttribute('fill')).to.equal(expectedFill(edi('HUN', 2018)!));
  });

  it('plays only when asked, and the play button pauses again', async () => {
    const el = await mapFixture(html`<rights-democracy-map year="1990"></rights-democracy-map>`);
    const play = $(el, '.timeline button') as HTMLButtonElement;
    // A play interval (600 ms) after connecting, it has not stepped on its own.
    await afterPlayInterval(600);
    expect(el.year).to.equal('1990');
    expect(play.getAttribute('aria-label')).to.equal('Play through the years');
    play.click();
    await oneEvent(el, 'rights-year-change');
    await el.updateComplete;
    expect(play.getAttribute('aria-label')).to.equal('Pause');
    play.click();
    await el.updateComplete;
    const paused = el.year;
    await afterPlayInterval(600);
    expect(el.year).to.equal(paused);
    expect(Number(paused)).to.be.greaterThan(1990);
  });

  it('switches metric: libdem uses V-Dem v14 (1970–2023), regime colours categories', async () => {
    const el = await mapFixture(html`<rights-democracy-map metric="libdem" year="2024"></rights-democracy-map>`);
    expect($(el, '.notice')!.textContent).to.contain('2023');
    expect(($(el, 'input[type="range"]') as HTMLInputElement).min).to.equal('1970');
    expect($(el, 'footer')!.textContent).to.contain('v14');
    el.metric = 'regime';
    el.year = 2019;
    await el.updateComplete;
    await until(() => $$(el, 'path.country').length > 170, 'regime data drawn');
    await el.updateComplete;
    const fills = new Set($$(el, 'path.country').map((p) => p.getAttribute('fill')));
    expect(fills.size).to.equal(5); // four regime colours and the no-data hatch
    expect($(el, 'footer')!.textContent).to.contain('v15');
  });

  it('shows a table with the same numbers and a summary of the year', async () => {
    const el = await mapFixture(html`<rights-democracy-map year="2019" view="table"></rights-democracy-map>`);
    const rows = $$(el, 'tbody tr');
    const coded = Object.values(v15.countries).filter((s) => s.regime[2019 - s.start] != null).length;
    expect(rows.length).to.equal(coded);
    const hungary = rows.find((r) => r.querySelector('th')!.textContent === 'Hungary')!;
    expect(hungary.textContent).to.contain(edi('HUN', 2019)!.toFixed(3));
    const regimes = Object.values(v15.countries).map((s) => s.regime[2019 - s.start]);
    const closed = regimes.filter((r) => r === 0).length;
    expect($(el, '.summary')!.textContent).to.contain(`${closed} closed autocracies`);
    ($(el, '.toolbar button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, 'svg.map')).to.exist;
    expect(el.view).to.equal('map');
  });

  it('cites source, version and licence in the footer', async () => {
    const el = await mapFixture(html`<rights-democracy-map></rights-democracy-map>`);
    const footer = $(el, 'footer')!.textContent!;
    expect(footer).to.contain('V-Dem Institute');
    expect(footer).to.contain('v15');
    expect(footer).to.contain('CC BY-SA 4.0');
    expect(($(el, 'footer a') as HTMLAnchorElement).href).to.match(/^https:\/\//);
    expect($(el, 'h2')!.textContent).to.contain('2024');
  });

  describe('bad input', () => {
    it('reports unknown metric, out-of-range year and unknown codes, and still draws', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await mapFixture(
          html`<rights-democracy-map metric="nonsense" year="3000" highlight="USA XYZ" theme="neon" controls="maybe" view="pie"></rights-democracy-map>`,
        );
        const notice = $(el, '.notice')!.textContent!;
        for (const fragment of ['"nonsense"', '2024', '"XYZ"', '"neon"', '"maybe"', '"pie"']) {
          expect(notice).to.contain(fragment);
        }
        expect($$(el, 'path.country').length).to.be.greaterThan(170);
        expect($$(el, 'path.highlight').length).to.equal(1);
        expect(warnings.some((w) => w.includes('nonsense'))).to.equal(true);
      } finally {
        console.warn = warn;
      }
    });

    it('treats garbage years and languages as defaults with a message', async () => {
      const el = await mapFixture(html`<rights-democracy-map year="twenty" lang="!!"></rights-democracy-map>`);
      expect($(el, '.notice')!.textContent).to.contain('"twenty"').and.contain('"!!"');
      expect(($(el, 'input[type="range"]') as HTMLInputElement).value).to.equal('2024');
    });

    it('renders markup in attributes as text, never as HTML', async () => {
      const el = await mapFixture(
        html`<rights-democracy-map heading="<img src=x onerror=window.__xss=1>" highlight="<b>x</b>"></rights-democracy-map>`,
      );
      expect($(el, 'h2')!.textContent).to.equal('<img src=x onerror=window.__xss=1>');
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    });

  });

  describe('first render', () => {
    it('draws the map in its first render when the data has already loaded, never the placeholder', async () => {
      await Promise.all([democracyLoaders.v15(), projectedWorldLoaders.equalEarth110m(), countryLoaders.registry()]);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('rights-democracy-map') as RightsDemocracyMap;
      el.setAttribute('year', '2019');
      const placeholders: Node[] = [];
      wrapper.append(el);
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if ((node as Element).classList?.contains('loading')) placeholders.push(node);
      }).observe(el.shadowRoot!, { childList: true, subtree: true });
      let renders = 0;
      const render = el['render'].bind(el);
      (el as unknown as { render: () => unknown }).render = () => (renders++, render());
      await oneEvent(el, 'rights-ready');
      await el.updateComplete;
      expect($$(el, 'path.country').length).to.be.greaterThan(170);
      expect(placeholders).to.deep.equal([]);
      expect(renders).to.equal(1);
    });

    it('shows a failed load in its first render, having asked for the data once', async () => {
      const original = democracyLoaders.v15;
      let calls = 0;
      // Fails once, then works: the reader decides when to try again.
      democracyLoaders.v15 = () => {
        calls++;
        democracyLoaders.v15 = original;
        return Promise.reject(new Error('offline'));
      };
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await fixture<RightsDemocracyMap>(html`<rights-democracy-map></rights-democracy-map>`);
        await el.updateComplete;
        expect($(el, '.error')!.textContent).to.contain('could not be loaded');
        expect(calls).to.equal(1);
        // Further renders (a resize, a theme change) do not ask again either.
        for (let i = 0; i < 3; i++) {
          el.requestUpdate();
          await settled(el);
        }
        expect(calls, 'no silent second attempt').to.equal(1);
        expect($(el, '.error')).not.to.equal(null);
      } finally {
        democracyLoaders.v15 = original;
        console.warn = warn;
      }
    });

    it('shows the placeholder after a short wait when the data is slow, then the map', async () => {
      const { release, restore } = holdLoaders(democracyLoaders, 'v15');
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('rights-democracy-map') as RightsDemocracyMap;
        wrapper.append(el);
        // Any other element would have rendered once these microtasks ran.
        await afterMicrotasks();
        expect(el.shadowRoot!.querySelector('.chart'), 'nothing drawn during the short wait').to.equal(null);
        await until(() => $(el, '.loading'), 'placeholder shown');
        const ready = nextReady(el);
        release();
        await ready;
        expect($(el, '.loading')).to.equal(null);
        expect($$(el, 'path.country').length).to.be.greaterThan(170);
      } finally {
        restore();
      }
    });
  });

  // Loaded, table, notice and error states: test/conformance.
  describe('accessibility (axe)', () => {
    const states: [string, ReturnType<typeof html>][] = [
      ['regime, dark', html`<rights-democracy-map metric="regime" theme="dark" year="1989"></rights-democracy-map>`],
      ['libdem, highlight, selected', html`<rights-democracy-map metric="libdem" highlight="HUN IND" selected="USA"></rights-democracy-map>`],
      ['no controls', html`<rights-democracy-map controls="false"></rights-democracy-map>`],
    ];
    itPassesAxe(states, mapFixture);
  });
});
