import { expect } from '@open-wc/testing';
import { METRIC_DEFINITIONS, CHANGE_SPAN, type DemocracyData } from '../../src/democracy/metrics.js';
import type { VdemV14, VdemV15 } from '../../src/data/democracy.js';

// Two made-up series: AAA from 2000 to 2012 (index = year's last two digits / 100), BBB from 2010.
const years = Array.from({ length: 13 }, (_, i) => 2000 + i);
const meta = {} as VdemV15['meta'];
const v15: VdemV15 = {
  meta,
  first: 2000,
  last: 2012,
  regimes: [],
  episodes: {},
  countries: {
    AAA: {
      start: 2000,
      polyarchy: years.map((y) => (y - 2000) / 100),
      low: years.map((y) => (y - 2000) / 100 - 0.005),
      high: years.map((y) => (y - 2000) / 100 + 0.005),
      regime: years.map((y) => (y < 2006 ? 1 : 2)),
    },
    BBB: { start: 2010, polyarchy: [0.5, null, 0.7], low: [0.4, null, 0.6], high: [0.6, null, 0.8], regime: [3, null, 3] },
  },
};
const v14: VdemV14 = { meta, first: 2000, last: 2012, regimes: [], countries: { AAA: { start: 2000, libdem: years.map((y) => (y - 2000) / 200), regime: years.map(() => 0) } } };
const data: DemocracyData = { v15, v14 };

describe('metric readers', () => {
  it('read a country-year and the year CHANGE_SPAN earlier', () => {
    expect(CHANGE_SPAN).to.equal(10);
    expect(METRIC_DEFINITIONS.polyarchy.read(data, 'AAA', 2011)).to.deep.equal({
      code: 'AAA', value: 0.11, index: 0.11, low: 0.105, high: 0.115, regime: 2, previous: 0.01, previousRegime: 1,
    });
    const regime = METRIC_DEFINITIONS.regime.read(data, 'AAA', 2003);
    expect(regime.value).to.equal(1);
    expect(regime.index).to.equal(0.03);
    expect(METRIC_DEFINITIONS.libdem.read(data, 'AAA', 2012)).to.deep.equal({
      code: 'AAA', value: 0.06, index: 0.06, low: null, high: null, regime: 0, previous: 0.01, previousRegime: 0,
    });
  });

  it('give null before a series starts, after it ends, in its gaps and for a country without one', () => {
    const early = METRIC_DEFINITIONS.polyarchy.read(data, 'BBB', 2010);
    expect([early.value, early.previous, early.previousRegime]).to.deep.equal([0.5, null, null]);
    const gap = METRIC_DEFINITIONS.polyarchy.read(data, 'BBB', 2011);
    expect([gap.value, gap.low, gap.high, gap.regime]).to.deep.equal([null, null, null, null]);
    const before = METRIC_DEFINITIONS.polyarchy.read(data, 'BBB', 2009);
    expect([before.value, before.regime]).to.deep.equal([null, null]);
    const after = METRIC_DEFINITIONS.libdem.read(data, 'AAA', 2013);
    expect([after.value, after.regime, after.previous]).to.deep.equal([null, null, 0.015]);
    const none = METRIC_DEFINITIONS.regime.read(data, 'ZZZ', 2005);
    expect(none).to.deep.equal({ code: 'ZZZ', value: null, index: null, low: null, high: null, regime: null, previous: null, previousRegime: null });
  });
});
