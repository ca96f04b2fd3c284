import { expect } from '@open-wc/testing';
import { parseChoice, parseCodes, parseLang, parseSwitch, parseYear } from '../../src/core/parse.js';

// Frameworks set properties: every parser takes the natural JS value, and
// anything else is reported, never thrown.
const hostile: unknown[] = [{}, [], [null], () => 1, Symbol('s'), 12n, NaN, Infinity, { toString: () => { throw new Error('x'); } }];

describe('parsers take JS values as frameworks set them', () => {
  it('a year as a number', () => {
    expect(parseYear(2000, 1900, 2024, 2024)).to.deep.equal({ value: 2000 });
    expect(parseYear(1800, 1900, 2024, 2024).value).to.equal(1900);
  });

  it('a switch as a boolean', () => {
    expect(parseSwitch(false, 'controls')).to.deep.equal({ value: false });
    expect(parseSwitch(true, 'controls')).to.deep.equal({ value: true });
  });

  it('codes as an array', () => {
    expect(parseCodes(['usa', 'HUN'], () => true)).to.deep.equal({ value: ['USA', 'HUN'] });
    expect(parseCodes(['USA', 'XXX'], (code) => code === 'USA').value).to.deep.equal(['USA']);
  });

  it('reports, never throws, for any other value', () => {
    for (const raw of hostile) {
      expect(parseChoice(raw, ['map', 'table'], 'map', 'view').problem, String(typeof raw)).to.be.a('string');
      expect(parseYear(raw, 1900, 2024, 2024).problem).to.be.a('string');
      expect(parseSwitch(raw, 'controls').value).to.equal(true);
      expect(parseLang(raw, 'en').value).to.equal('en');
      const codes = parseCodes(raw, () => true);
      expect(codes.value).to.be.an('array');
    }
    expect(parseCodes({}, () => true).problem).to.match(/alpha-3/);
    expect(parseSwitch(3, 'controls').problem).to.match(/controls/);
  });
});
