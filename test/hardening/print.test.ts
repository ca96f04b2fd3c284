// Issue #12 point 11: printing. Paper is light whatever the screen: with the OS
// or the page in dark mode and theme="auto" (or theme="dark"), a chart prints in the light
// theme, without its controls, and in one piece where it fits on a page.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { $, $$ } from '../helpers/dom.js';
import { afterLayout, until, waitForDrawn } from '../helpers/wait.js';
import { EVERY_CHART } from '../helpers/charts.js';

const CHARTS = EVERY_CHART;

const CONTROLS = '.toolbar, select, button, input, [role="toolbar"]';

/** Relative luminance of a computed `rgb()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The chart's own colour tokens (`--_text`, `--_bg`, a chart's `--_land`…) as computed on its `.chart`. */
function tokens(el: Element): Record<string, string> {
  const style = getComputedStyle($(el, '.chart')!);
  const names = [...style].filter((name) => name.startsWith('--_'));
  return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name).trim()]));
}

async function place(tag: string, attributes: Record<string, string>, width = 720): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return el;
}

async function loaded(el: HTMLElement, drawn: string): Promise<HTMLElement> {
  await waitForDrawn(el, drawn);
  await until(() => !$(el, '.loading'), `<${el.localName}> placeholder gone`);
  await afterLayout(el);
  return el;
}

/**
 * Print media, asked for with the OS in dark mode. The Chrome launcher applies
 * the two in separate CDP calls and the second (media type) clears the first,
 * so while printing `prefers-color-scheme` no longer reads dark. The tests
 * therefore keep the dark theme on the way a page does (a `dark` class on
 * <html>, which theme="auto" follows, or theme="dark"): the class the OS
 * preference would set, checked to be there while printing.
 */
async function printed(): Promise<void> {
  await emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(matchMedia('print').matches, 'print emulated').to.equal(true);
}

/** Runs `run` with the page in dark mode (a `dark` class on <html>). */
async function onDarkPage(run: () => Promise<void>): Promise<void> {
  const root = document.documentElement;
  root.classList.add('dark');
  try {
    await run();
  } finally {
    root.classList.remove('dark');
  }
}

describe('charts print in the light theme, without controls, in one piece (#12.11)', () => {
  afterEach(async () => {
    // Charts leave before the media switches back, so none reflows for the switch.
    fixtureCleanup();
    await emulateMedia({ media: 'screen' });
    await emulateMedia({});
    expect(matchMedia('print').matches, 'back to screen').to.equal(false);
  });

  for (const [tag, drawn, attributes] of CHARTS) {
    it(`<${tag}> theme="auto" on a dark page, printed`, async () => {
      await onDarkPage(async () => {
        const auto = await loaded(await place(tag, { ...attributes, theme: 'auto' }), drawn);
        const light = await loaded(await place(tag, { ...attributes, theme: 'light' }), drawn);
        await until(() => $(auto, '.chart.dark'), 'theme="auto" follows the dark page on screen');
        const onScreen = tokens(auto);
        expect(luminance(getComputedStyle($(auto, '.chart')!).color), 'light text on screen').to.be.greaterThan(0.4);
        expect($$(auto, CONTROLS).some((node) => node.getClientRects().length > 0), 'controls on screen').to.equal(true);

        await printed();
        await afterLayout(auto);
        const chart = $(auto, '.chart')!;
        expect(chart.classList.contains('dark'), 'still the dark theme while printing').to.equal(true);
        const style = getComputedStyle(chart);
        expect(luminance(style.color), 'dark text on paper').to.be.lessThan(0.1);
        expect(luminance(style.backgroundColor), 'light background').to.be.greaterThan(0.9);
        expect(tokens(auto), "every colour token is the light theme's").to.deep.equal(tokens(light));
        expect(style.printColorAdjust, 'colours and backgrounds as on screen').to.equal('exact');
        const shown = $$(auto, CONTROLS).filter((node) => node.getClientRects().length > 0);
        expect(
          shown.map((node) => node.outerHTML.slice(0, 60)),
          'no controls on paper',
        ).to.deep.equal([]);
        expect(style.breakInside, 'one piece').to.equal('avoid');

        // Back on screen, the dark theme returns.
        await emulateMedia({ media: 'screen' });
        await afterLayout(auto);
        expect(tokens(auto), 'dark again on screen').to.deep.equal(onScreen);
      });
    });
  }

  it('theme="dark" prints light too', async () => {
    const el = await loaded(await place('rights-democracy-map', { theme: 'dark' }), 'svg.map path.country');
    await printed();
    await afterLayout(el);
    expect($(el, '.chart.dark'), 'the dark class stays').to.exist;
    expect(luminance(getComputedStyle($(el, '.chart')!).color)).to.be.lessThan(0.1);
  });

  it('the year a chart shows stays on paper; the slider and play button do not', async () => {
    const el = await loaded(await place('rights-democracy-map', {}), 'svg.map path.country');
    await printed();
    await afterLayout(el);
    expect($(el, '.timeline output')!.getClientRects().length, 'year').to.equal(1);
    expect($(el, '.timeline output')!.textContent).to.match(/\d{4}/);
    expect($(el, '.timeline input')!.getClientRects().length, 'slider').to.equal(0);
    expect($(el, '.timeline button')!.getClientRects().length, 'play').to.equal(0);
  });

  it('a summary folded away on screen prints open; the sources\' "Details" switch does not print', async () => {
    const el = await loaded(await place('rights-democracy-change', {}), 'svg.plot g.row');
    const summary = $(el, 'details.summary p')!;
    expect(summary.checkVisibility(), 'folded on screen').to.equal(false);
    await printed();
    await afterLayout(el);
    expect(summary.checkVisibility(), 'open on paper').to.equal(true);
    expect(summary.textContent).to.match(/2024/);
    expect($(el, 'footer details')!.getClientRects().length, 'no "Details" switch').to.equal(0);
    expect($(el, 'footer .credit')!.textContent, 'the credit line stays').to.match(/V-Dem/);
  });

  it('a table prints whole, not in its scroll box', async () => {
    const el = await loaded(await place('rights-democracy-map', { view: 'table' }), 'table');
    const wrap = $(el, '.table-wrap')!;
    expect(wrap.scrollHeight, 'scrolls on screen').to.be.greaterThan(wrap.clientHeight);
    await printed();
    await afterLayout(el);
    expect(wrap.scrollHeight, 'whole on paper').to.be.at.most(wrap.clientHeight + 1);
  });

  // Printing breaks pages the way columns break: a chart that does not fit in
  // what is left of one column moves whole to the next instead of splitting.
  for (const [tag, drawn, attributes] of CHARTS.filter(([name]) => name !== 'rights-timeline')) {
    it(`<${tag}> moves whole to the next column rather than splitting`, async () => {
      await printed();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="columns: 2 600px; column-gap: 0; column-fill: auto; width: 1200px; height: 4000px"></div>`);
      const spacer = document.createElement('div');
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      wrapper.append(spacer, el);
      await loaded(el, drawn);
      const height = el.getBoundingClientRect().height;
      // Drawn in the first, tall column; then columns a little taller than the chart, half of the first one taken.
      wrapper.style.height = `${Math.ceil(height) + 100}px`;
      spacer.style.height = `${Math.ceil(height / 2) + 50}px`;
      await afterLayout(el);
      const pieces = $(el, '.chart')!.getClientRects();
      expect(pieces.length, 'fragments of the chart').to.equal(1);
      expect(pieces[0]!.left - wrapper.getBoundingClientRect().left, 'in the second column').to.be.closeTo(600, 2);
    });
  }
});
