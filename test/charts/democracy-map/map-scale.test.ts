import { expect } from '@open-wc/testing';
import { schemePRGn, schemeYlGnBu } from 'd3-scale-chromatic';
import { fillFor, INDEX_COLORS, legendItems, NO_DATA_FILL, NO_DATA_LABEL } from '../../../src/charts/democracy-map/map-scale.js';
import { REGIME_COLORS } from '../../../src/democracy/regimes.js';

describe('map colours', () => {
  it('are exactly the ColorBrewer palettes they claim to be', () => {
    expect(REGIME_COLORS).to.deep.equal(schemePRGn[4]);
    expect(INDEX_COLORS).to.deep.equal(schemeYlGnBu[5]);
  });

  it('bin indices at 0.2 steps and use the hatch pattern for missing values', () => {
    expect(fillFor('polyarchy', 0.1)).to.equal(INDEX_COLORS[0]);
    expect(fillFor('polyarchy', 0.2)).to.equal(INDEX_COLORS[1]);
    expect(fillFor('libdem', 0.95)).to.equal(INDEX_COLORS[4]);
    expect(fillFor('polyarchy', null)).to.equal(NO_DATA_FILL);
    expect(fillFor('regime', 0)).to.equal(REGIME_COLORS[0]);
    expect(fillFor('regime', 3)).to.equal(REGIME_COLORS[3]);
  });

  it('list every class plus no data in the legend', () => {
    const regimes = ['a', 'b', 'c', 'd'];
    expect(legendItems('regime', regimes, String).map((i) => i.label)).to.deep.equal([...regimes, NO_DATA_LABEL]);
    expect(legendItems('polyarchy', regimes, String).map((i) => i.label)).to.deep.equal([
      '0–0.2',
      '0.2–0.4',
      '0.4–0.6',
      '0.6–0.8',
      '0.8–1',
      NO_DATA_LABEL,
    ]);
  });
});
