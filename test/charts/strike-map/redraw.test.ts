import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsStrikeMap } from '../../../src/index.js';
import { OutlineLayers } from '../../../src/charts/strike-map/outlines.js';
import { frameMap } from '../../../src/charts/strike-map/projection.js';
import { projectedWorldLoaders } from '../../../src/geo/projected-world.js';
import { $, $$ } from '../../helpers/dom.js';
import { chartFixture, stageMeasured } from '../../helpers/wait.js';

const mapFixture = (template: ReturnType<typeof html>) => chartFixture<RightsStrikeMap>(template, 'rights-strike-map', 'svg.map, table, .error');

/** What the map shows: its elements and attributes, without Lit's markers. */
const drawing = (el: Element): string => $(el, 'svg.map')!.outerHTML.replace(/<!--[^>]*-->/g, '');

describe('strike map redraws (caches and re-used elements)', () => {
  it('draws each frame\'s outlines once per layer set and puts them back', async () => {
    const world = await projectedWorldLoaders.mercator110m();
    const layers = new OutlineLayers(2);
    const pak = frameMap(world, ['PAK'], 600, 375);
    const group = layers.for(pak);
    expect(group.getAttribute('aria-hidden')).to.equal('true');
    const paths = [...group.querySelectorAll('path')];
    expect(paths.map((p) => p.getAttribute('d'))).to.deep.equal(pak.shapes.map((s) => s.d));
    expect(paths.map((p) => p.classList.contains('focus-country'))).to.deep.equal(pak.shapes.map((s) => s.focus));
    expect(paths.every((p) => p.classList.contains('land') && p.namespaceURI === 'http://www.w3.org/2000/svg')).to.equal(true);
    expect(layers.for(pak)).to.equal(group);
    layers.for(frameMap(world, ['YEM'], 600, 375));
    layers.for(frameMap(world, ['SOM'], 600, 375));
    expect(layers.for(pak), 'dropped after two others').not.to.equal(group);
  });

  it('draws the same map after switching countries, dates and zoom back as when drawn afresh', async () => {
    // Both laid out at their stage's measured size, not the estimate before it.
    const fresh = await mapFixture(html`<rights-strike-map country="PAK"></rights-strike-map>`);
    await stageMeasured(fresh);
    const expected = drawing(fresh);
    const el = await mapFixture(html`<rights-strike-map country="AFG"></rights-strike-map>`);
    await stageMeasured(el);
    const land = $$(el, 'path.land');
    for (const country of ['PAK', 'YEM', 'AFG', 'SOM', 'PAK']) {
      el.country = country;
      await el.updateComplete;
    }
    expect(drawing(el)).to.equal(expected);
    el.country = 'AFG';
    await el.updateComplete;
    expect($$(el, 'path.land'), 'the outlines drawn first are put back').to.deep.equal(land);
    // Zoom in and out again: the same marks as before.
    const before = drawing(el);
    const zoomIn = $(el, '.zoom button') as HTMLButtonElement;
    zoomIn.click();
    await el.updateComplete;
    zoomIn.click();
    await el.updateComplete;
    expect(drawing(el)).not.to.equal(before);
    ($$(el, '.zoom button')[2] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(drawing(el)).to.equal(before);
  });

  it('draws only the marks in and near the view when zoomed in, and all of them again at the full view', async () => {
    const el = await mapFixture(html`<rights-strike-map></rights-strike-map>`);
    const marks = () => $$(el, 'svg.map .marks > [data-key]').length;
    const all = marks();
    const map = $(el, 'svg.map') as SVGSVGElement;
    const box = map.getBoundingClientRect();
    for (let i = 0; i < 6; i++) {
      map.dispatchEvent(new WheelEvent('wheel', { deltaY: -400, ctrlKey: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
    }
    expect($(el, 'svg.map > g')!.getAttribute('transform')).to.contain('scale(16)');
    expect(marks()).to.be.lessThan(all);
    ($$(el, '.zoom button')[2] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(marks()).to.equal(all);
  });
});
