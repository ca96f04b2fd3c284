// Issue #14 on the map: every bin stands out from the dark background, the
// regime map's summary speaks of regimes, hatched territories are explained,
// and the table fits a phone.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsDemocracyMap } from '../../../src/index.js';
import type { VdemV15 } from '../../../src/data/democracy.js';
import { INDEX_COLORS } from '../../../src/charts/democracy-map/map-scale.js';
import { REGIME_COLORS } from '../../../src/democracy/regimes.js';
import { $, $$ } from '../../helpers/dom.js';
import { afterLayout, chartFixture, until } from '../../helpers/wait.js';
import v15Json from '../../../data/vdem-v15.json';

const v15 = v15Json as VdemV15;

const mapFixture = (template: ReturnType<typeof html>) =>
  chartFixture<RightsDemocracyMap>(template, 'rights-democracy-map', 'svg.map path.country, table, .error');

/** WCAG relative luminance of a computed colour ("rgb(r, g, b)"). */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

/** The fills the reader sees, per palette colour the map sets, and the chart's background and ocean. */
async function shownFills(theme: 'light' | 'dark', metric: string, year: number, palette: readonly string[]) {
  const el = await mapFixture(html`<rights-democracy-map theme=${theme} metric=${metric} year=${year}></rights-democracy-map>`);
  const fills = palette.map((color) => {
    const path = $$(el, 'path.country').find((p) => p.getAttribute('fill') === color);
    expect(path, `a country filled ${color}`).to.exist;
    return getComputedStyle(path!).fill;
  });
  const chart = $(el, '.chart')!;
  const legend = $$(el, '.legend rect').map((r) => getComputedStyle(r).fill);
  return { fills, background: getComputedStyle(chart).backgroundColor, ocean: getComputedStyle($(el, '.stage')!).backgroundColor, legend };
}

describe('<rights-democracy-map> colours on light and dark backgrounds (#14)', () => {
  for (const [metric, palette] of [
    ['polyarchy', INDEX_COLORS],
    ['regime', REGIME_COLORS],
  ] as const) {
    it(`${metric}: every class has at least 3:1 against the dark background and ocean, and neighbours stay apart`, async () => {
      const { fills, background, ocean, legend } = await shownFills('dark', metric, 2019, palette);
      for (const fill of fills) {
        expect(contrast(fill, background), `${fill} on ${background}`).to.be.at.least(3);
        expect(contrast(fill, ocean), `${fill} on ${ocean}`).to.be.at.least(3);
      }
      expect(new Set(fills).size).to.equal(palette.length);
      // The legend shows the colours the map shows.
      for (const fill of fills) expect(legend).to.include(fill);
      if (metric === 'polyarchy') {
        // Ordered bins: each a clear step lighter than the next.
        for (let i = 1; i < fills.length; i++) expect(contrast(fills[i - 1]!, fills[i]!), `bins ${i - 1} and ${i}`).to.be.at.least(1.4);
      }
    });
  }

  it('the light theme keeps the ColorBrewer palette, its darkest class well apart from the background', async () => {
    const { fills, background } = await shownFills('light', 'polyarchy', 2019, INDEX_COLORS);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(fills).to.deep.equal(INDEX_COLORS.map(rgb));
    expect(contrast(fills[4]!, background)).to.be.at.least(3);
  });
});

describe('<rights-democracy-map> words (#14)', () => {
  it('the Regimes of the World summary counts regimes and their change, and quotes no index average', async () => {
    const el = await mapFixture(html`<rights-democracy-map metric="regime" year="1985"></rights-democracy-map>`);
    const summary = $(el, '.summary')!.textContent!;
    const regimes = (year: number) => Object.values(v15.countries).map((s) => s.regime[year - s.start] ?? null);
    const count = (year: number, type: number) => regimes(year).filter((r) => r === type).length;
    expect(summary).to.contain(`${count(1985, 0)} closed autocracies`);
    const change = count(1985, 0) - count(1975, 0);
    expect(summary).to.contain(`Compared with 1975: ${change === 0 ? 'as many' : `${Math.abs(change)} ${change > 0 ? 'more' : 'fewer'}`} closed autocrac`);
    expect(summary).not.to.contain('averages');
    expect(summary).not.to.contain('Index');
    el.metric = 'polyarchy';
    await el.updateComplete;
    await until(() => $(el, '.summary')!.textContent!.includes('averages'), 'the index summary');
  });

  it('a hatched territory says why: Ukraine in 1985 has no V-Dem data, which starts in 1990', async () => {
    const el = await mapFixture(html`<rights-democracy-map year="1985"></rights-democracy-map>`);
    const ukraine = $(el, 'path.country[data-code="UKR"]') as SVGPathElement;
    expect(ukraine.getAttribute('fill')).to.equal('url(#no-data)');
    const box = ukraine.getBoundingClientRect();
    ukraine.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
    await el.updateComplete;
    const tip = $(el, '.tooltip') as HTMLElement;
    await until(() => !tip.hidden, 'the tooltip');
    const s = v15.countries.UKR!;
    const first = s.start + s.polyarchy.findIndex((v) => v !== null);
    expect(tip.textContent!.replace(/\s+/g, ' ')).to.contain('No V-Dem data for this territory in 1985.').and.contain(`V-Dem has data for Ukraine from ${first} on.`);
    expect($(el, '.legend')!.textContent).to.contain('Not coded by V-Dem in the year shown');
  });

  it('a territory V-Dem never codes says so in the tooltip', async () => {
    const el = await mapFixture(html`<rights-democracy-map year="2019"></rights-democracy-map>`);
    expect(v15.countries.GRL).to.equal(undefined);
    const greenland = $(el, 'path.country[data-code="GRL"]') as SVGPathElement;
    const box = greenland.getBoundingClientRect();
    greenland.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
    await el.updateComplete;
    const tip = $(el, '.tooltip') as HTMLElement;
    await until(() => !tip.hidden, 'the tooltip');
    expect(tip.textContent).to.contain('does not code Greenland in any year');
  });

  for (const width of [320, 360]) {
    for (const metric of ['polyarchy', 'libdem', 'regime']) {
      it(`the ${metric} table fits ${width} px: no sideways scrolling, numbers right-aligned`, async () => {
        const el = await mapFixture(html`<div style="width: ${width}px"><rights-democracy-map metric=${metric} view="table"></rights-democracy-map></div>`);
        await afterLayout(el);
        const wrap = $(el, '.table-wrap') as HTMLElement;
        expect(wrap.clientWidth).to.be.greaterThan(0);
        expect(wrap.scrollWidth, 'table width').to.be.at.most(wrap.clientWidth + 1);
        for (const cell of $$(el, 'td.number, th.number')) expect(getComputedStyle(cell).textAlign, 'end of the line: right in English').to.equal('end');
      });
    }
  }
});
