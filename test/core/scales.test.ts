import { expect } from '@open-wc/testing';
import { scaleBand, scaleLinear, scaleLog, scaleSqrt } from 'd3-scale';
import { bandScale, linearScale, logScale, sqrtScale } from '../../src/core/scales.js';

// d3-scale stays a dev dependency: the reference these small scales must match.
const close = (a: number, b: number) => expect(a).to.be.closeTo(b, 1e-9);

describe('core scales match d3-scale', () => {
  it('linear, with and without nice, and its ticks', () => {
    for (const [d, r, n] of [[[0, 517], [120, 0], 4], [[0, 1], [66, 400], undefined], [[0, 2609], [0, 300], 4], [[0, 7], [50, 0], 4]] as const) {
      const ours = linearScale(d, r, n);
      const ref = scaleLinear().domain(d).range(r);
      if (n !== undefined) ref.nice(n);
      expect(ours.domain()).to.deep.equal(ref.domain());
      for (const v of [0, 0.3, 1, 99, 517, 2609]) close(ours(v), ref(v));
      expect(ours.ticks(3)).to.deep.equal(ref.ticks(3));
    }
  });

  it('log with nice, and sqrt', () => {
    const ours = logScale([3.2e6, 4.1e9], [300, 10], true);
    const ref = scaleLog().domain([3.2e6, 4.1e9]).range([300, 10]).nice();
    expect(ours.domain()).to.deep.equal(ref.domain());
    for (const v of [1e6, 3.2e6, 5e7, 4.1e9, 1e10]) close(ours(v), ref(v));
    const root = sqrtScale([0, 1.4e9], [2.5, 26]);
    const refRoot = scaleSqrt().domain([0, 1.4e9]).range([2.5, 26]);
    for (const v of [0, 1e6, 3.3e8, 1.4e9]) close(root(v), refRoot(v));
  });

  it('band with inner padding', () => {
    const years = [2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018];
    for (const padding of [0.15, 0.3]) {
      const ours = bandScale(years, [40, 350], padding);
      const ref = scaleBand<number>().domain(years).range([40, 350]).paddingInner(padding);
      close(ours.bandwidth(), ref.bandwidth());
      close(ours.step(), ref.step());
      for (const y of years) close(ours(y)!, ref(y)!);
      expect(ours(1999)).to.equal(undefined);
    }
  });
});
