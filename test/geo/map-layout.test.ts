import { expect } from '@open-wc/testing';
import { layoutMap, MAP_ASPECT } from '../../src/geo/map-layout.js';
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import { worldLoaders } from '../helpers/world.js';
import { projectedWorldLoaders } from '../../src/geo/projected-world.js';

/** [[x0, y0], [x1, y1]] of the points in SVG path data. */
function pathBounds(d: string): [[number, number], [number, number]] {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

describe('layoutMap', () => {
  it('projects every country into the reserved box, with anchors inside it', async () => {
    const world = await projectedWorldLoaders.equalEarth110m();
    const layout = layoutMap(world, 800);
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
    const world = await projectedWorldLoaders.equalEarth110m();
    const layout = layoutMap(world, 1000);
    const at = (code: string) => layout.anchor(code)!;
    expect(layout.shapes.some((s) => s.code === 'ATA')).to.equal(false);
    expect(at('FRA').x).to.be.lessThan(at('DEU').x);
    expect(Math.abs(at('FRA').y - at('DEU').y)).to.be.lessThan(30);
  });

  it('is computed once per geometry and width, and shared', async () => {
    const world = await projectedWorldLoaders.equalEarth110m();
    expect(layoutMap(world, 640)).to.equal(layoutMap(world, 640));
    expect(layoutMap(world, 640)).not.to.equal(layoutMap(world, 641));
  });

  it('joins Somaliland to the V-Dem code SML', async () => {
    const world = await worldLoaders.world110m();
    expect(world.countries.some((c) => c.id === 'SML')).to.equal(true);
  });

  for (const width of [320, 936, 1240]) {
    it(`draws the same map as d3's fitExtent + geoPath of the raw outlines at ${width} px, each country within half a pixel`, async () => {
      const world = await worldLoaders.world110m();
      const projected = await projectedWorldLoaders.equalEarth110m();
      expect(projected.countries.map((c) => c.id)).to.deep.equal(world.countries.map((c) => c.id));
      const height = Math.round(width / MAP_ASPECT);
      const fitted = geoEqualEarth().fitExtent(
          [
            [2, 2],
            [width - 2, height - 2],
          ],
          { type: 'FeatureCollection', features: world.countries },
        );
      const d3Path = geoPath(fitted);
      const layout = layoutMap(projected, width);
      let worst = 0;
      layout.shapes.forEach((shape, i) => {
        const expected = d3Path.bounds(world.countries[i]!);
        const actual = pathBounds(shape.d);
        for (const corner of [0, 1]) for (const axis of [0, 1]) worst = Math.max(worst, Math.abs(actual[corner]![axis]! - expected[corner]![axis]!));
      });
      expect(worst).to.be.lessThan(0.5);
      // Anchors: the projected centroid of each country's largest part.
      for (const country of world.countries) {
        const parts = country.geometry.type === 'MultiPolygon' ? country.geometry.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates })) : [country.geometry];
        const largest = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
        const [x, y] = fitted(geoCentroid(largest))!;
        expect(layout.anchor(country.id)!.x, country.id).to.be.closeTo(x, 0.05);
        expect(layout.anchor(country.id)!.y, country.id).to.be.closeTo(y, 0.05);
      }
      const all = pathBounds(layout.shapes.map((shape) => shape.d).join(''));
      expect(all[0][0]).to.be.closeTo(2, 0.1);
      expect(all[1][0]).to.be.closeTo(width - 2, 0.1);
      expect(all[0][1]).to.be.at.least(1.9);
      expect(all[1][1]).to.be.at.most(height - 1.9);
    });
  }
});
