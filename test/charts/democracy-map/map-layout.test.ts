import { expect } from '@open-wc/testing';
import { layoutMap, MAP_ASPECT } from '../../../src/charts/democracy-map/map-layout.js';
import { worldLoaders } from '../../../src/geo/world.js';

describe('layoutMap', () => {
  it('projects every country into the reserved box, with anchors inside it', async () => {
    const world = await worldLoaders.world110m();
    const layout = layoutMap(world.countries, 800);
    expect(layout.height).to.equal(800 / MAP_ASPECT);
    expect(layout.shapes.length).to.equal(world.countries.length);
    for (const shape of layout.shapes) expect(shape.d, shape.code).to.match(/^M/);
    expect(layout.anchors().length).to.equal(world.countries.length);
    for (const anchor of layout.anchors()) {
      expect(anchor.x, anchor.code).to.be.within(0, 800);
      expect(anchor.y, anchor.code).to.be.within(0, 400);
    }
  });

  it('leaves Antarctica out and anchors France in Europe, west of Germany', async () => {
    const world = await worldLoaders.world110m();
    const layout = layoutMap(world.countries, 1000);
    const at = (code: string) => layout.anchor(code)!;
    expect(layout.shapes.some((s) => s.code === 'ATA')).to.equal(false);
    expect(at('FRA').x).to.be.lessThan(at('DEU').x);
    expect(Math.abs(at('FRA').y - at('DEU').y)).to.be.lessThan(30);
  });

  it('is computed once per geometry and width, and shared', async () => {
    const world = await worldLoaders.world110m();
    expect(layoutMap(world.countries, 640)).to.equal(layoutMap(world.countries, 640));
    expect(layoutMap(world.countries, 640)).not.to.equal(layoutMap(world.countries, 641));
  });

  it('joins Somaliland to the V-Dem code SML', async () => {
    const world = await worldLoaders.world110m();
    expect(world.countries.some((c) => c.id === 'SML')).to.equal(true);
  });
});
