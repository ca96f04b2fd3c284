import { expect } from '@open-wc/testing';
import {
  formatRecords,
  formatStrikes,
  formatStrikesAndRecords,
  isPartial,
  partialSentence,
  yearLabel,
} from '../../src/harm/wording.js';
import { parseCountries } from '../../src/harm/countries.js';
import type { TbijYearly } from '../../src/data/civilian-harm.js';
import yearlyJson from '../../data/tbij-yearly.json';

const years = (yearlyJson as TbijYearly).years;
const COVERED = ['AFG', 'PAK', 'SOM', 'YEM'];

describe('harm wording: strikes are TBIJ minimum–maximum, records are records (#10)', () => {
  it('writes a strike range, one number when both ends agree, and the singular', () => {
    expect(formatStrikes({ min: 2609, max: 2611 }, 'en')).to.equal('2,609–2,611 strikes');
    expect(formatStrikes({ min: 430, max: 430 }, 'en')).to.equal('430 strikes');
    expect(formatStrikes({ min: 1, max: 1 }, 'en')).to.equal('1 strike');
    expect(formatRecords(132, 'en')).to.equal('132 TBIJ records');
    expect(formatRecords(1, 'en')).to.equal('1 TBIJ record');
  });

  it('names records beside strikes unless every record is one strike (Pakistan)', () => {
    expect(formatStrikesAndRecords({ min: 5433, max: 5437 }, 827, 'en')).to.equal('5,433–5,437 strikes (827 TBIJ records)');
    expect(formatStrikesAndRecords({ min: 430, max: 430 }, 430, 'en')).to.equal('430 strikes');
    expect(formatStrikesAndRecords({ min: 122, max: 122 }, 116, 'en')).to.equal('122 strikes (116 TBIJ records)');
  });

  it('labels the provisional year from the data: 2018 is partial, 2017 is not', () => {
    expect(years.provisionalYears).to.deep.equal([2018]);
    expect(isPartial(2018, years)).to.equal(true);
    expect(yearLabel(2018, years, 'en')).to.equal('2018 (partial: data end November 2018)');
    expect(yearLabel(2017, years, 'en')).to.equal('2017');
    expect(partialSentence(2015, 2018, years, 'en')).to.equal('2018 is partial: data end November 2018.');
    expect(partialSentence(2015, 2017, years, 'en')).to.equal('');
    expect(yearLabel(2018, undefined, 'en')).to.equal('2018');
  });
});

describe('TBIJ country parsing', () => {
  const name = (code: string) => code;
  it('takes a string or an array; "all" or nothing means every covered country', () => {
    expect(parseCountries('pak yem', COVERED, name).value).to.deep.equal(['PAK', 'YEM']);
    expect(parseCountries(['SOM', 'afg'], COVERED, name).value).to.deep.equal(['SOM', 'AFG']);
    expect(parseCountries('all', COVERED, name).value).to.deep.equal([]);
    expect(parseCountries('', COVERED, name)).to.deep.equal({ value: [] });
  });

  it('reports, and never throws on, other values', () => {
    for (const bad of [{ bad: true }, Number.NaN, Symbol('x'), () => 1, [1, { a: 1 }]]) {
      const parsed = parseCountries(bad, COVERED, name);
      expect(parsed.value).to.deep.equal([]);
      expect(parsed.problem, String(typeof bad)).to.be.a('string');
    }
    expect(parseCountries('PAK IRQ', COVERED, name)).to.deep.include({ value: ['PAK'] });
    expect(parseCountries('PAK IRQ', COVERED, name).problem).to.contain('"IRQ"');
  });
});
