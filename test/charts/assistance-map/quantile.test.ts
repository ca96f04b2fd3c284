import { expect } from '@open-wc/testing';
import { quantileSorted as d3Quantile } from 'd3-array';
import { quantileSorted } from '../../../src/charts/assistance-map/amount-scale.js';

describe('amount classes: quantiles', () => {
  it('match d3-array for the breaks the map uses', () => {
    for (const values of [[1], [1, 2], [3, 7, 7, 20, 150, 151, 900], Array.from({ length: 97 }, (_, i) => (i * 37) % 101 + 0.5).sort((a, b) => a - b)]) {
      for (const p of [0, 0.2, 0.4, 0.6, 0.8, 1]) expect(quantileSorted(values, p)).to.be.closeTo(d3Quantile(values, p)!, 1e-12);
    }
  });
});
