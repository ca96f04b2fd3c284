import { expect } from '@open-wc/testing';
import { geoMercator, geoPath } from 'd3-geo';
import { frameMap } from '../../../src/charts/strike-map/projection.js';
import { strikeRows } from '../../../src/charts/strike-map/strikes.js';
import { strikeLoaders } from '../../../src/data/strikes.js';
import { projectedWorldLoaders } from '../../../src/geo/projected-world.js';
import { worldLoaders } from '../../helpers/world.js';

type Bounds = [[number, number], [number, number]];

/** [[x0, y0], [x1, y1]] of the points in SVG path data. */
function pathBounds(d: string): Bounds {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

const FOCUS = [['PAK'], ['AFG'], ['YEM'], ['SOM'], ['PAK', 'AFG', 'YEM', 'SOM']];
const PARTS: Record<string, string[]> = { SOM: ['SOM', 'SML'] };

describe('strike map frame (pre-projected Mercator)', () => {
  it('loads the Mercator file with every country of the outlines but Antarctica, each with bounds', async () => {
    const world = await worldLoaders.world110m();
    const projected = await projectedWorldLoaders.mercator110m();
    expect(projected.countries.map((c) => c.id)).to.deep.equal(world.countries.map((c) => c.id));
    expect(projected.scale).to.equal(150);
    expect(projected.translate).to.deep.equal([0, 0]);
    for (const country of projected.countries) expect(country.bounds, country.id).to.have.length(2);
  });

  for (const codes of FOCUS) {
    for (const width of [320, 360, 1000]) {
      it(`matches d3's geoMercator().precision(0).fitExtent + geoPath for ${codes.join(' ')} at ${width} px, within half a pixel`, async () => {
        const world = await worldLoaders.world110m();
        const projected = await projectedWorldLoaders.mercator110m();
        const rows = strikeRows(await strikeLoaders.tbij());
        const height = Math.round(width * 0.625);
        const wanted = new Set(codes.flatMap((code) => PARTS[code] ?? [code]));
        const pad = Math.min(24, width * 0.05);
        const fitted = geoMercator()
          .precision(0)
          .fitExtent(
            [
              [pad, pad],
              [width - pad, height - pad],
            ],
            { type: 'FeatureCollection', features: world.countries.filter((f) => wanted.has(f.id)) },
          );
        const d3Path = geoPath(fitted);
        const frame = frameMap(projected, codes, width, height);
        expect(frame.width).to.equal(width);
        expect(frame.height).to.equal(height);
        const byId = new Map(world.countries.map((f) => [f.id, f]));
        // Every drawn outline: the same box as d3 draws it.
        let worst = 0;
        for (const shape of frame.shapes) {
          expect(shape.focus, shape.code).to.equal(wanted.has(shape.code));
          const expected = d3Path.bounds(byId.get(shape.code)!);
          const actual = pathBounds(shape.d);
          for (const corner of [0, 1]) for (const axis of [0, 1]) worst = Math.max(worst, Math.abs(actual[corner]![axis]! - expected[corner]![axis]!));
        }
        expect(worst).to.be.lessThan(0.5);
        // Every focus country is drawn, and so is every country d3 draws inside the frame (culling only drops what is off it).
        const drawn = new Set(frame.shapes.map((s) => s.code));
        for (const code of wanted) expect(drawn.has(code), code).to.equal(true);
        for (const country of world.countries) {
          const [[x0, y0], [x1, y1]] = d3Path.bounds(country);
          const visible = x1 >= 0 && x0 <= width && y1 >= 0 && y0 <= height;
          if (visible) expect(drawn.has(country.id), `${country.id} is in the frame`).to.equal(true);
        }
        // Every strike with coordinates (of any country): the same point as d3 projects it.
        let points = 0;
        let worstPoint = 0;
        for (const strike of rows) {
          if (strike.lat === null || strike.lon === null) continue;
          const [x, y] = frame.projection([strike.lon, strike.lat]);
          const [ex, ey] = fitted([strike.lon, strike.lat])!;
          worstPoint = Math.max(worstPoint, Math.abs(x - ex), Math.abs(y - ey));
          points++;
        }
        expect(points).to.be.greaterThan(1000);
        expect(worstPoint).to.be.lessThan(0.5);
      });
    }
  }

  it('draws Russia across the antimeridian as d3 clips it, and Somaliland with Somalia', async () => {
    const projected = await projectedWorldLoaders.mercator110m();
    const frame = frameMap(projected, ['SOM'], 1000, 625);
    const som = frame.shapes.find((s) => s.code === 'SML');
    expect(som?.focus).to.equal(true);
    const russia = projected.countries.find((c) => c.id === 'RUS')!;
    // Clipped at ±180°: its projected box spans the whole reference width (π × 150 either side).
    expect(russia.bounds![0][0]).to.be.closeTo(-Math.PI * 150, 1e-9);
    expect(russia.bounds![1][0]).to.be.closeTo(Math.PI * 150, 1e-9);
  });
});
