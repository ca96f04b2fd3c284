import { expect } from '@open-wc/testing';
import { byCodeUnits } from '../../src/core/order.js';

// Keys of the kinds sorted with byCodeUnits: ISO 3166 codes, ISO dates and TBIJ-style ids.
const KEYS = {
  codes: ['YEM', 'AFG', 'PAK', 'SOM', 'USA', 'USB', 'ALB', 'ALA', 'ZWE', 'BIH'],
  dates: ['2018-11-25', '2002-11-03', '2004-06-17', '2018-01-09', '2007-01-09', '2007-01-16', '2018-11-03', '2009-12-31', '2010-01-01'],
  ids: ['YEM001', 'B10', 'B9', 'B1', 'SOM002', 'SOM010', 'B100', 'PAK7', 'B2'],
};

describe('byCodeUnits', () => {
  for (const [kind, keys] of Object.entries(KEYS)) {
    it(`orders ${kind} as localeCompare does`, () => {
      expect([...keys].sort(byCodeUnits)).to.deep.equal([...keys].sort((a, b) => a.localeCompare(b)));
    });
  }

  it('gives 0 for equal strings and a sign for unequal ones', () => {
    expect(byCodeUnits('PAK', 'PAK')).to.equal(0);
    expect(byCodeUnits('AFG', 'PAK')).to.equal(-1);
    expect(byCodeUnits('PAK', 'AFG')).to.equal(1);
  });
});
