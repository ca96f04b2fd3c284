import { expect } from '@open-wc/testing';
import { indexSources, indexWithEdition, intervalText, metricEdition, validateIndexData } from '../../src/democracy/index-source.js';
import type { TrendData } from '../../src/democracy/trend-data.js';
import type { VdemV14, VdemV15 } from '../../src/data/democracy.js';
import type { CountryRegistry } from '../../src/data/countries.js';
import v15 from '../../data/vdem-v15.json';
import v14 from '../../data/vdem-v14.json';
import registry from '../../data/countries.json';

const data: TrendData = { v15: v15 as VdemV15, v14: v14 as VdemV14, registry: registry as CountryRegistry };

describe('democracy index source', () => {
  it('names the edition of each metric, the same before and after data arrives', () => {
    expect(metricEdition('polyarchy', data)).to.equal('V-Dem v15');
    expect(metricEdition('libdem', data)).to.equal('V-Dem v14');
    expect(metricEdition('polyarchy')).to.equal(metricEdition('polyarchy', data));
    expect(metricEdition('libdem')).to.equal(metricEdition('libdem', data));
    expect(indexWithEdition('polyarchy', data)).to.equal('Electoral Democracy Index (V-Dem v15)');
  });

  it('credits v15 too for libdem (its episodes come from v15)', () => {
    expect(indexSources(data, 'polyarchy').map((m) => m.edition)).to.deep.equal(['V-Dem v15']);
    expect(indexSources(data, 'libdem').map((m) => m.edition)).to.deep.equal(['V-Dem v14', 'V-Dem v15']);
  });

  it('accepts the shipped files and rejects wrong shapes', () => {
    expect(() => validateIndexData(data)).not.to.throw();
    expect(() => validateIndexData({ ...data, v15: {} as VdemV15 })).to.throw();
    expect(() => validateIndexData({ ...data, registry: [] as unknown as CountryRegistry })).to.throw();
  });

  it('writes an interval in brackets only when both bounds exist', () => {
    expect(intervalText(0.1, 0.2, 'en')).to.equal(' (0.100–0.200)');
    expect(intervalText(null, 0.2, 'en')).to.equal('');
  });
});
