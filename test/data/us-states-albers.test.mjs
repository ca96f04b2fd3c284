// The U.S. state outlines shipped for the state maps, against the us-atlas file they come from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feature } from 'topojson-client';
import { geoPath } from 'd3-geo';
import { readData } from './helpers.mjs';
import { readPackageFile } from '../../scripts/data/us-states.mjs';

const shipped = readData('us-states-albers.json');
const sources = readData('sources.json');
const topology = JSON.parse(readPackageFile('us-atlas', 'states-albers-10m.json').text);
const features = feature(topology, topology.objects.states).features;
const population = readData('leso-1033.json').states;

function decode(deltas) {
  const points = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < deltas.length; i += 2) {
    x += deltas[i];
    y += deltas[i + 1];
    points.push([x / shipped.precision, y / shipped.precision]);
  }
  return points;
}

test('50 states and the District of Columbia, keyed by the FIPS codes the 1033 data joins on', () => {
  assert.equal(shipped.states.length, 51);
  assert.deepEqual(shipped.states.map((s) => s.fips), features.map((f) => f.id).sort());
  const notTerritories = population.fips.filter((_, i) => population.type[i] !== 'territory');
  assert.deepEqual(shipped.states.map((s) => s.fips), [...notTerritories].sort());
});

test('outlines decode to us-atlas geometry (within the stored tenth of a pixel) inside the 975 x 610 frame', () => {
  assert.deepEqual(shipped.frame, [975, 610]);
  for (const state of shipped.states) {
    const f = features.find((g) => g.id === state.fips);
    const bounds = geoPath().bounds(f);
    for (const ring of state.rings) {
      assert.ok(ring.length >= 6, state.fips);
      for (const [x, y] of decode(ring)) {
        assert.ok(x >= bounds[0][0] - 0.05 && x <= bounds[1][0] + 0.05, `${state.fips} x ${x}`);
        assert.ok(y >= bounds[0][1] - 0.05 && y <= bounds[1][1] + 0.05, `${state.fips} y ${y}`);
      }
    }
    const [ax, ay] = state.anchor.map((v) => v / shipped.precision);
    assert.ok(ax > bounds[0][0] && ax < bounds[1][0] && ay > bounds[0][1] && ay < bounds[1][1], `${state.fips} anchor`);
  }
  // California's area, from the decoded rings, is d3's (planar) area of the us-atlas feature to 0.1 %.
  const ca = shipped.states.find((s) => s.fips === '06');
  const area = geoPath().area({ type: 'MultiPolygon', coordinates: ca.rings.map((r) => [decode(r)]) });
  const expected = geoPath().area(features.find((f) => f.id === '06'));
  assert.ok(Math.abs(area - expected) / expected < 0.001, `${area} vs ${expected}`);
});

test('provenance: us-atlas 3.0.1 under the ISC licence, its notice kept, credited to its author and the Census Bureau', () => {
  const source = sources['us-states-albers'];
  assert.deepEqual(source.files, ['us-states-albers.json']);
  assert.equal(source.licenceName, 'ISC');
  assert.match(source.version, /us-atlas 3\.0\.1/);
  assert.match(source.credit, /Mike Bostock/);
  assert.match(source.credit, /Census Bureau/);
  assert.match(source.notice.text, /^Copyright 2013-2019 Michael Bostock/);
  assert.match(source.notice.text, /Permission to use, copy, modify, and\/or distribute/);
  assert.equal(source.raw[0].rowsIn, 51);
  assert.match(source.raw[0].path, /^npm us-atlas@3\.0\.1\/states-albers-10m\.json$/);
  assert.equal(shipped.meta.id, 'us-states-albers');
});
