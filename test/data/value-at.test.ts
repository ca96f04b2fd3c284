import { expect } from '@open-wc/testing';
import { valueAt, type Series } from '../../src/data/types.js';

// A series starting in 2000 with a gap in 2001.
const series: Series<'score'> = { start: 2000, score: [0.5, null, 0.25] };

describe('valueAt', () => {
  it('reads the year at its offset from the start', () => {
    expect(valueAt(series, 'score', 2000)).to.equal(0.5);
    expect(valueAt(series, 'score', 2002)).to.equal(0.25);
  });

  it('gives null for a gap, a year before the start or after the end, and no series', () => {
    expect(valueAt(series, 'score', 2001)).to.equal(null);
    expect(valueAt(series, 'score', 1999)).to.equal(null);
    expect(valueAt(series, 'score', 1990)).to.equal(null);
    expect(valueAt(series, 'score', 2003)).to.equal(null);
    expect(valueAt(undefined, 'score', 2000)).to.equal(null);
  });
});
