import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feature } from 'topojson-client';
import { geoMercator, geoPath } from 'd3-geo';
import { readData } from './helpers.mjs';

const topology = readData('world-110m.json');
const mercator = readData('world-110m-mercator.json');
const countries = feature(topology, topology.objects.countries).features.filter((c) => c.id !== 'ATA');
const reference = geoPath(geoMercator().precision(0).scale(mercator.scale).translate(mercator.translate));

const close = (actual, expected, label) => {
  for (const corner of [0, 1]) for (const axis of [0, 1]) assert.ok(Math.abs(actual[corner][axis] - expected[corner][axis]) < 1e-9, `${label}: ${actual} vs ${expected}`);
};

test('the Mercator world has every country of the outlines but Antarctica, in the same order, at scale 150, translate 0, 0', () => {
  assert.deepEqual(
    mercator.countries.map((c) => c.id),
    countries.map((c) => c.id),
  );
  assert.equal(mercator.meta.id, 'world-110m');
  assert.equal(mercator.projection, 'Mercator');
  assert.equal(mercator.scale, 150);
  assert.deepEqual(mercator.translate, [0, 0]);
});

test("each country's bounds, and the whole, are d3's Mercator path bounds at the reference projection, as fitExtent measures them", () => {
  close(mercator.bounds, reference.bounds({ type: 'FeatureCollection', features: countries }), 'world');
  countries.forEach((country, i) => close(mercator.countries[i].bounds, reference.bounds(country), country.id));
});

test('every ring decodes inside its country bounds (to the stored precision), Russia and Fiji clipped at the antimeridian', () => {
  const unit = 1 / mercator.precision;
  let points = 0;
  for (const country of mercator.countries) {
    const [[x0, y0], [x1, y1]] = country.bounds;
    assert.ok(country.rings.length > 0, country.id);
    for (const ring of country.rings) {
      let x = 0;
      let y = 0;
      for (let i = 0; i < ring.length; i += 2) {
        x += ring[i];
        y += ring[i + 1];
        assert.ok(x * unit >= x0 - unit && x * unit <= x1 + unit && y * unit >= y0 - unit && y * unit <= y1 + unit, `${country.id} ${x * unit},${y * unit}`);
        points++;
      }
    }
  }
  assert.ok(points > 9000, `${points} points`);
  for (const id of ['RUS', 'FJI']) {
    const { bounds } = mercator.countries.find((c) => c.id === id);
    assert.ok(Math.abs(bounds[0][0] + Math.PI * 150) < 1e-9 && Math.abs(bounds[1][0] - Math.PI * 150) < 1e-9, id);
  }
});

test('the file says how it is derived', () => {
  const sources = readData('sources.json');
  assert.ok(sources['world-110m'].files.includes('world-110m-mercator.json'));
  assert.ok(sources['world-110m'].dataNotes.some((note) => note.includes('world-110m-mercator.json') && note.includes('Mercator')));
});
