import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feature } from 'topojson-client';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { readData } from './helpers.mjs';

const topology = readData('world-110m.json');
const projected = readData('world-110m-equal-earth.json');
const countries = feature(topology, topology.objects.countries).features;

test('the pre-projected world has every country of the outlines but Antarctica, in the same order', () => {
  assert.deepEqual(
    projected.countries.map((c) => c.id),
    countries.map((c) => c.id).filter((id) => id !== 'ATA'),
  );
  assert.equal(projected.meta.id, 'world-110m');
});

test("its bounds are d3's Equal Earth extent at scale 150, as fitExtent measures it", () => {
  const [[x0, y0], [x1, y1]] = geoPath(geoEqualEarth().scale(150).translate([0, 0])).bounds({
    type: 'FeatureCollection',
    features: countries.filter((c) => c.id !== 'ATA'),
  });
  const [[a0, b0], [a1, b1]] = projected.bounds;
  for (const [actual, expected] of [[a0, x0], [b0, y0], [a1, x1], [b1, y1]]) assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} vs ${expected}`);
});

test('every ring decodes inside the bounds, and every anchor too', () => {
  const [[x0, y0], [x1, y1]] = projected.bounds;
  const unit = 1 / projected.precision;
  const inside = (x, y) => x >= x0 - unit && x <= x1 + unit && y >= y0 - unit && y <= y1 + unit;
  let points = 0;
  for (const country of projected.countries) {
    assert.ok(country.rings.length > 0, country.id);
    for (const ring of country.rings) {
      let x = 0;
      let y = 0;
      for (let i = 0; i < ring.length; i += 2) {
        x += ring[i];
        y += ring[i + 1];
        assert.ok(inside(x * unit, y * unit), `${country.id} ${x * unit},${y * unit}`);
        points++;
      }
    }
    assert.ok(inside(country.anchor[0] * unit, country.anchor[1] * unit), `${country.id} anchor`);
  }
  assert.ok(points > 9000, `${points} points`);
});
