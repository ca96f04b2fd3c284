import { expect } from '@open-wc/testing';
import { parseChoice, parseCodes, parseLang, parseSwitch, parseYear } from '../../src/core/parse.js';

describe('parseChoice', () => {
  it('accepts allowed values case-insensitively', () => {
    expect(parseChoice('LibDem', ['polyarchy', 'libdem'] as const, 'polyarchy', 'metric')).to.deep.equal({ value: 'libdem' });
  });
  it('falls back with a message naming the bad value and the allowed ones', () => {
    const parsed = parseChoice('nonsense', ['polyarchy', 'libdem'] as const, 'polyarchy', 'metric');
    expect(parsed.value).to.equal('polyarchy');
    expect(parsed.problem).to.contain('"nonsense"').and.contain('polyarchy, libdem');
  });
  it('treats empty as the default without complaint', () => {
    expect(parseChoice('', ['a'] as const, 'a', 'x').problem).to.equal(undefined);
  });
});

describe('parseYear', () => {
  it('clamps years outside the data and says so', () => {
    expect(parseYear('1850', 1900, 2024, 2024)).to.deep.include({ value: 1900 });
    expect(parseYear('3000', 1900, 2024, 2024).value).to.equal(2024);
    expect(parseYear('3000', 1900, 2024, 2024).problem).to.contain('2024');
  });
  it('rejects garbage and uses the fallback', () => {
    for (const raw of ['abc', '20x9', '2019.5', '<b>1999</b>', 'NaN']) {
      const parsed = parseYear(raw, 1900, 2024, 2024);
      expect(parsed.value, raw).to.equal(2024);
      expect(parsed.problem, raw).to.be.a('string');
    }
  });
  it('accepts numbers and numeric strings', () => {
    expect(parseYear(1999, 1900, 2024, 2024)).to.deep.equal({ value: 1999 });
    expect(parseYear(' 2001 ', 1900, 2024, 2024)).to.deep.equal({ value: 2001 });
  });
});

describe('parseCodes', () => {
  const known = (code: string) => ['USA', 'HUN', 'IND'].includes(code);
  it('keeps known codes in order, uppercased and deduplicated', () => {
    expect(parseCodes('hun, USA usa;IND', known)).to.deep.equal({ value: ['HUN', 'USA', 'IND'] });
  });
  it('drops unknown codes and names them', () => {
    const parsed = parseCodes('USA XYZ 12', known);
    expect(parsed.value).to.deep.equal(['USA']);
    expect(parsed.problem).to.contain('"XYZ"').and.contain('"12"');
  });
});

describe('parseSwitch and parseLang', () => {
  it('reads on/off words', () => {
    expect(parseSwitch(null, 'controls').value).to.equal(true);
    expect(parseSwitch('false', 'controls').value).to.equal(false);
    expect(parseSwitch('maybe', 'controls').problem).to.be.a('string');
  });
  it('canonicalises languages and rejects invalid tags', () => {
    expect(parseLang('fr-ca', 'en').value).to.equal('fr-CA');
    expect(parseLang('not a language!!', 'en')).to.deep.include({ value: 'en' });
  });
});
