// Issue #14: the strike map read on a phone. Cluster counts legible in both
// themes, a key that says what numbers and sizes mean, country names placed
// clear of the marks, a timeline labelled for what it does, a table that fits
// 320 px and a tooltip that leaves the mark it describes in view.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { RightsStrikeMap } from '../../../src/index.js';
import { textWidth } from '../../../src/core/text-width.js';
import { placeCountryLabels, type CountryLabel } from '../../../src/charts/strike-map/country-labels.js';
import { binRadius, type Bin } from '../../../src/charts/strike-map/bins.js';
import { MapScene } from '../../../src/charts/strike-map/scene.js';
import { strikeRows } from '../../../src/charts/strike-map/strikes.js';
import { IDENTITY } from '../../../src/geo/zoom.js';
import { countryNames } from '../../../src/core/country-names.js';
import { countryLoaders } from '../../../src/data/countries.js';
import { strikeLoaders } from '../../../src/data/strikes.js';
import { projectedWorldLoaders } from '../../../src/geo/projected-world.js';
import { $, $$ } from '../../helpers/dom.js';
import { afterLayout, until } from '../../helpers/wait.js';

/** A chart in a box `width` px wide, drawn and laid out. */
async function atWidth(width: number, attributes = ''): Promise<RightsStrikeMap> {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  host.innerHTML = `<rights-strike-map ${attributes}></rights-strike-map>`;
  const el = host.firstElementChild as RightsStrikeMap;
  await until(() => el.shadowRoot?.querySelector('svg.map path.land, table'), 'map or table drawn');
  await until(() => !$(el, '.loading'), 'placeholder gone');
  await afterLayout(el);
  return el;
}

afterEach(() => {
  for (const host of document.querySelectorAll('body > div:has(> rights-strike-map)')) host.remove();
});

/** Every label's box on screen, as the layout estimates it (screen px at zoom k). */
const labelBox = (l: CountryLabel, k: number) => {
  const w = textWidth(l.name, l.size) * k;
  const h = l.size * k * 1.2;
  return { x0: l.x * k - w / 2, x1: l.x * k + w / 2, y0: l.y * k - h / 2, y1: l.y * k + h / 2 };
};
const apart = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
const markBox = (bin: Bin, k: number) => {
  const r = binRadius(bin);
  return { x0: bin.x * k - r, x1: bin.x * k + r, y0: bin.y * k - r, y1: bin.y * k + r };
};

describe('strike map country names (#14)', () => {
  const all = ['AFG', 'PAK', 'SOM', 'YEM'];

  async function sceneAt(width: number, height: number, k = 1) {
    const [world, strikes, registry] = await Promise.all([projectedWorldLoaders.mercator110m(), strikeLoaders.tbij(), countryLoaders.registry()]);
    const rows = strikeRows(strikes);
    const scene = new MapScene();
    scene.update({ world, rows, codes: all, width, height, from: rows[0]!.date, end: rows[rows.length - 1]!.date, zoom: { ...IDENTITY, k }, activeId: '' });
    return { scene, registry, frame: scene.frame! };
  }

  it('names Yemen and Somalia on the full map at phone width, clear of every mark, each other and the edge', async () => {
    const { scene, registry, frame } = await sceneAt(336, 336);
    const names = countryNames(registry, 'en');
    const labels = placeCountryLabels({ shapes: frame.shapes, codes: all, bins: scene.bins, width: 336, height: 336, k: 1, name: (c) => names.name(c) });
    const named = labels.map((l) => l.name);
    expect(named).to.include('Yemen').and.include('Somalia').and.include('Pakistan');
    expect(labels.filter((l) => !l.focus).length, 'a few neighbours for orientation').to.be.within(1, 6);
    for (const [i, label] of labels.entries()) {
      const box = labelBox(label, 1);
      expect(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= 336 && box.y1 <= 336, `${label.name} inside the map`).to.equal(true);
      for (const other of labels.slice(i + 1)) expect(apart(box, labelBox(other, 1)), `${label.name} / ${other.name}`).to.equal(true);
      for (const bin of scene.bins) expect(apart(box, markBox(bin, 1)), `${label.name} clear of mark ${bin.key}`).to.equal(true);
    }
  });

  it('leaves a name out rather than draw it over marks, and never shows a code', async () => {
    const { registry, frame } = await sceneAt(336, 336);
    const names = countryNames(registry, 'en');
    // Marks 20 px apart over the whole map: no room anywhere.
    const bins: Bin[] = [];
    for (let x = 0; x <= 336; x += 20) for (let y = 0; y <= 336; y += 20) bins.push({ key: `${x}:${y}`, x, y, members: [], killed: 0, withCivilians: 0 });
    expect(placeCountryLabels({ shapes: frame.shapes, codes: all, bins, width: 336, height: 336, k: 1, name: (c) => names.name(c) })).to.deep.equal([]);
    const unnamed = placeCountryLabels({ shapes: frame.shapes, codes: all, bins: [], width: 336, height: 336, k: 1, name: (c) => (c === 'YEM' ? '' : names.name(c)) });
    expect(unnamed.map((l) => l.code)).not.to.include('YEM');
    expect(unnamed.length).to.be.greaterThan(0);
  });

  it('keeps names the same size on screen when zoomed', async () => {
    const { scene, registry, frame } = await sceneAt(336, 336, 4);
    const names = countryNames(registry, 'en');
    const labels = placeCountryLabels({ shapes: frame.shapes, codes: all, bins: scene.bins, width: 336, height: 336, k: 4, name: (c) => names.name(c) });
    expect(labels.length).to.be.greaterThan(0);
    for (const label of labels) expect(label.size * 4).to.be.closeTo(11, 1e-9);
  });

  it('counts wide scripts wider than Latin letters', () => {
    expect(textWidth('中国', 1)).to.be.greaterThan(textWidth('Ch', 1));
    expect(textWidth('\u2068اليمن\u2069', 1)).to.equal(textWidth('اليمن', 1));
  });

  it('draws the names in the chart\'s language, where the browser shows them apart', async () => {
    const el = await atWidth(360, 'lang="fr"');
    const drawn = $$(el, 'svg.map text.country-label').map((t) => t.textContent);
    expect(drawn).to.include('Yémen').and.include('Somalie');
    const boxes = $$(el, 'svg.map text.country-label').map((t) => t.getBoundingClientRect());
    const marks = $$(el, 'svg.map .marks > [data-key]').map((m) => m.getBoundingClientRect());
    const map = $(el, 'svg.map')!.getBoundingClientRect();
    for (const [i, a] of boxes.entries()) {
      const box = { x0: a.left, x1: a.right, y0: a.top, y1: a.bottom };
      expect(a.left >= map.left && a.right <= map.right && a.top >= map.top && a.bottom <= map.bottom, `${drawn[i]} not clipped`).to.equal(true);
      for (const b of boxes.slice(i + 1)) expect(apart(box, { x0: b.left, x1: b.right, y0: b.top, y1: b.bottom }), `${drawn[i]} overlaps a name`).to.equal(true);
      for (const m of marks) {
        if (m.right < map.left || m.left > map.right || m.bottom < map.top || m.top > map.bottom) continue;
        expect(apart(box, { x0: m.left + 1, x1: m.right - 1, y0: m.top + 1, y1: m.bottom - 1 }), `${drawn[i]} overlaps a mark`).to.equal(true);
      }
    }
  });
});

/** sRGB relative luminance of a computed `rgb(…)` colour. */
function channels(color: string): number[] {
  return (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
}
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
const over = (top: number[], alpha: number, under: number[]) => top.map((c, i) => c * alpha + under[i]! * (1 - alpha));
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('strike map on a phone (#14)', () => {
  for (const theme of ['light', 'dark']) {
    it(`keeps a cluster's count at 4.5:1 or more over its civilian disc (${theme})`, async () => {
      const el = await atWidth(360, `theme="${theme}"`);
      const cluster = $$(el, 'g.cluster').find((g) => g.querySelector('.cluster-civilian') && g.querySelector('.cluster-count'));
      expect(cluster, 'a cluster with civilian deaths and a count').to.exist;
      const style = (sel: string) => getComputedStyle(cluster!.querySelector(sel)!);
      const text = channels(style('.cluster-count').fill);
      const ring = style('.cluster-ring');
      const disc = style('.cluster-civilian');
      // What the disc sits on: the ring's fill over land or over sea, whichever is worse.
      const grounds = [$(el, 'path.land.focus-country')!, $(el, 'rect.sea')!].map((e) => channels(getComputedStyle(e).fill));
      for (const ground of grounds) {
        const under = over(channels(ring.fill), Number(ring.fillOpacity), ground);
        const behind = over(channels(disc.fill), Number(disc.fillOpacity), under);
        expect(contrast(text, behind)).to.be.at.least(4.5);
      }
    });
  }

  it('keeps the count\'s halo 3 px on screen at any zoom', async () => {
    const el = await atWidth(360);
    const halo = () => {
      const count = $(el, 'text.cluster-count')!;
      const k = Number(/scale\(([\d.]+)\)/.exec($(el, 'svg.map > g')!.getAttribute('transform')!)![1]);
      return Number(getComputedStyle(count).strokeWidth.replace('px', '')) * k;
    };
    expect(halo()).to.be.closeTo(3, 0.01);
    ($(el, '.zoom button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(halo()).to.be.closeTo(3, 0.01);
  });

  it('says in the key what a cluster\'s number counts and what circle sizes mean', async () => {
    const el = await atWidth(360);
    const key = $(el, '.legend')!.textContent!.replace(/\s+/g, ' ');
    expect(key).to.contain('counts TBIJ records, not strikes').and.contain('one record can stand for several strikes');
    expect(key).to.match(/Bigger circle: more people killed/);
  });

  it('labels the one-thumb timeline for what it does: every record up to the year shown', async () => {
    const el = await atWidth(360, 'country="AFG" to="2017"');
    const slider = $(el, '.timeline input[type="range"]') as HTMLInputElement;
    const shown = $(el, '.timeline output')!.textContent!.trim();
    expect(shown).to.equal(`Up to ${slider.value}`);
    expect(shown).not.to.match(/\d{4}\s*[–-]\s*\d{4}/);
    // The accessible name says the same words as the text beside it.
    expect(slider.getAttribute('aria-label')).to.equal('Up to year');
    // And it does what it says: the summary ends within that year.
    expect($(el, '.summary')!.textContent).to.match(new RegExp(`to ${slider.value}-\\d\\d-\\d\\d`));
  });

  for (const width of [320, 360]) {
    it(`fits the table in ${width} px: no sideways scroll, counts right-aligned, units in the headers`, async () => {
      const el = await atWidth(width, 'display="table" country="PAK"');
      const wrap = $(el, '.table-wrap') as HTMLElement;
      const table = $(el, 'table') as HTMLTableElement;
      expect(table.scrollWidth).to.be.at.most(wrap.clientWidth);
      const headers = $$(el, 'thead th');
      expect(headers.slice(1).map((th) => th.textContent!.replace(/\u00ad/g, ''))).to.deep.equal(['People killed', 'Civilians killed', 'Children killed', 'People injured']);
      for (const td of $$(el, 'tbody tr:first-child td')) expect(getComputedStyle(td).textAlign, 'end of the line: right in English').to.equal('end');
      // Nothing cut off: each cell as wide as its text.
      for (const cell of [...headers, ...$$(el, 'tbody tr:first-child > *')]) expect(cell.scrollWidth, cell.textContent!).to.be.at.most(cell.clientWidth + 1);
    });
  }

  it('shows the tooltip of a focused record at 360 px without covering the record', async () => {
    const el = await atWidth(360, 'country="YEM"');
    ($(el, 'svg.map') as SVGElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await afterLayout(el);
    const tip = $(el, '.tooltip') as HTMLElement;
    expect(tip.hidden).to.equal(false);
    const a = tip.getBoundingClientRect();
    const ring = $(el, 'circle.focus-ring')!.getBoundingClientRect();
    expect(apart({ x0: a.left, x1: a.right, y0: a.top, y1: a.bottom }, { x0: ring.left, x1: ring.right, y0: ring.top, y1: ring.bottom })).to.equal(true);
    // And the tooltip is not cut off by the map's box.
    const chart = $(el, '.chart')!.getBoundingClientRect();
    expect(a.bottom).to.be.at.most(chart.bottom + 0.5);
    const stage = $(el, '.stage')!;
    const inside = stage.getBoundingClientRect();
    if (a.top < inside.top || a.bottom > inside.bottom) expect(getComputedStyle(stage).overflow, 'the stage does not clip the tooltip').to.equal('visible');
  });

  for (const width of [320, 360, 1000]) {
    it(`leaves no gap over 16 px between the parts at ${width} px`, async () => {
      const el = await atWidth(width);
      const chart = $(el, '.chart') as HTMLElement;
      const parts = [...chart.children].filter((c) => !c.classList.contains('visually-hidden') && (c as HTMLElement).offsetHeight > 0) as HTMLElement[];
      /** Where a part's drawing ends: its last line of text (room reserved under it is blank), else its box. */
      const inkBottom = (part: HTMLElement): number => {
        const range = document.createRange();
        range.selectNodeContents(part);
        const rects = [...range.getClientRects()].filter((r) => r.height > 0);
        return rects.length ? Math.max(...rects.map((r) => r.bottom)) : part.getBoundingClientRect().bottom;
      };
      for (let i = 1; i < parts.length; i++) {
        const gap = parts[i]!.getBoundingClientRect().top - inkBottom(parts[i - 1]!);
        expect(gap, `${parts[i - 1]!.className || parts[i - 1]!.localName} → ${parts[i]!.className || parts[i]!.localName}`).to.be.at.most(16);
      }
      const end = chart.getBoundingClientRect().bottom - parseFloat(getComputedStyle(chart).paddingBottom);
      expect(end - inkBottom(parts[parts.length - 1]!), 'under the footer').to.be.at.most(16);
    });
  }
});
