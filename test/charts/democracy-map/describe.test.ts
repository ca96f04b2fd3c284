import { expect } from '@open-wc/testing';
import { codedSpans, countryLabel, noDataLines, shortLabel, tooltipLines, yearSummary, type Wording } from '../../../src/charts/democracy-map/describe.js';
import type { CountryValue } from '../../../src/democracy/metrics.js';

const words: Wording = {
  lang: 'en',
  regimes: ['Closed autocracy', 'Electoral autocracy', 'Electoral democracy', 'Liberal democracy'],
  name: (code) => ({ HUN: 'Hungary', DNK: 'Denmark', ERI: 'Eritrea' })[code] ?? code,
};

function value(partial: Partial<CountryValue>): CountryValue {
  return { code: 'HUN', value: null, index: null, low: null, high: null, regime: null, previous: null, previousRegime: null, ...partial };
}

describe('tooltipLines', () => {
  it('shows the index, its interval, the regime and the change over ten years', () => {
    const v = value({ value: 0.456, index: 0.456, low: 0.41, high: 0.5, regime: 1, previous: 0.657, previousRegime: 2 });
    const lines = tooltipLines('polyarchy', 2019, v, words);
    expect(lines).to.deep.equal([
      { label: 'Electoral Democracy Index 2019', value: '0.456' },
      { label: '68% interval', value: '0.410–0.500' },
      { label: 'Regime', value: 'Electoral autocracy' },
      { label: 'Change since 2009', value: '\u22120.201' },
      { label: 'Regime in 2009', value: 'Electoral democracy' },
    ]);
  });

  it('puts the regime first for the regime metric and omits a missing interval', () => {
    const v = value({ value: 3, index: 0.9, regime: 3, previous: 0.9, previousRegime: 3 });
    const lines = tooltipLines('regime', 2000, v, words);
    expect(lines[0]).to.deep.equal({ label: 'Regime 2000', value: 'Liberal democracy' });
    expect(lines.map((l) => l.label)).not.to.include('68% interval');
    expect(lines.find((l) => l.label.startsWith('Change'))?.value).to.equal('0.000');
  });

  it('says when a year has no data instead of showing zero', () => {
    const lines = tooltipLines('libdem', 1975, value({}), words);
    expect(lines[0]).to.deep.equal({ label: 'Liberal Democracy Index 1975', value: 'no data' });
    expect(lines.find((l) => l.label.startsWith('Change'))?.value).to.equal('no data for 1965');
  });

  it('formats numbers for the reader\'s language', () => {
    const v = value({ value: 0.456, index: 0.456, previous: 0.5 });
    const lines = tooltipLines('libdem', 2019, v, { ...words, lang: 'de' });
    expect(lines[0]!.value).to.equal('0,456');
  });
});

describe('countryLabel and yearSummary', () => {
  it('names the country in its screen-reader label', () => {
    expect(countryLabel('polyarchy', 2019, value({ value: 0.5, index: 0.5 }), words)).to.match(/^Hungary: Electoral Democracy Index 2019 0\.500/);
  });

  it('counts regimes, compares autocracies with democracies and names the extremes', () => {
    const values = [
      value({ code: 'HUN', index: 0.45, value: 0.45, regime: 1 }),
      value({ code: 'DNK', index: 0.9, value: 0.9, regime: 3 }),
      value({ code: 'ERI', index: 0.08, value: 0.08, regime: 0 }),
      value({ code: 'XXX' }),
    ];
    const text = yearSummary('polyarchy', 2019, values, words, 'V-Dem v15');
    expect(text).to.contain('In 2019, V-Dem v15 classifies 3 countries: 1 closed autocracy, 1 electoral autocracy, 0 electoral democracies, 1 liberal democracy.');
    expect(text).to.contain('Autocracies outnumber democracies, 2 to 1.');
    expect(text).to.contain('highest Denmark (0.900), lowest Eritrea (0.080)');
    expect(text).not.to.contain('too small');
    expect(yearSummary('polyarchy', 2019, values, words, 'V-Dem v15', 2)).to.contain('2 of them are too small to draw');
  });

  it('keeps option labels short: name and the coloured value', () => {
    expect(shortLabel('polyarchy', value({ value: 0.456, index: 0.456 }), words, 'HUN')).to.equal('Hungary: 0.456');
    expect(shortLabel('regime', value({ value: 1, index: 0.456, regime: 1 }), words, 'HUN')).to.equal('Hungary: Electoral autocracy');
    expect(shortLabel('polyarchy', undefined, words, 'ERI')).to.equal('Eritrea: no V-Dem data');
  });
});

describe('regime summary and hatched territories (#14)', () => {
  it('the regime summary counts types, compares them with ten years earlier and leaves the index out', () => {
    const values = [
      value({ code: 'HUN', index: 0.45, value: 1, regime: 1, previousRegime: 2 }),
      value({ code: 'DNK', index: 0.9, value: 3, regime: 3, previousRegime: 3 }),
      value({ code: 'ERI', index: 0.08, value: 0, regime: 0, previousRegime: 0 }),
      value({ code: 'POL', index: 0.7, value: 2, regime: 2, previousRegime: 1 }),
      // Classified ten years earlier only (a state that ceased to exist).
      value({ code: 'DDR', previousRegime: 0 }),
    ];
    const text = yearSummary('regime', 1990, values, words, 'V-Dem v15');
    expect(text).to.contain('classifies 4 countries: 1 closed autocracy, 1 electoral autocracy, 1 electoral democracy, 1 liberal democracy.');
    expect(text).to.contain('Compared with 1980: 1 fewer closed autocracy, as many electoral autocracies, as many electoral democracies, as many liberal democracies.');
    expect(text).to.contain('1 country moved to a more democratic type since then, 1 to a less democratic one.');
    expect(text).not.to.contain('averages');
    expect(text).not.to.contain('Index');
    // The index metrics keep their average and extremes.
    expect(yearSummary('polyarchy', 1990, values, words, 'V-Dem v15')).to.contain('averages');
  });

  it('says nothing about change when the earlier year has no classifications', () => {
    const text = yearSummary('regime', 1905, [value({ code: 'HUN', value: 0, regime: 0 })], words, 'V-Dem v15');
    expect(text).not.to.contain('Compared with');
  });

  it('finds the runs of years a series has values in', () => {
    expect(codedSpans([null, null, 0.5, 0.6, null, 0.7], 1900)).to.deep.equal([
      [1902, 1903],
      [1905, 1905],
    ]);
    expect(codedSpans(undefined, 1900)).to.deep.equal([]);
  });

  it('explains hatching in plain words: the year without data, and the years with', () => {
    expect(noDataLines('Ukraine', 1985, [[1990, 2024]], 2024)).to.deep.equal(['No V-Dem data for this territory in 1985.', 'V-Dem has data for Ukraine from 1990 on.']);
    expect(noDataLines('Estonia', 1985, [[1918, 1939], [1990, 2024]], 2024)[1]).to.equal('V-Dem has data for Estonia in 1918–1939 and from 1990 on.');
    expect(noDataLines('Greenland', 2019, [], 2024)[1]).to.equal('V-Dem does not code Greenland in any year of this dataset.');
    expect(countryLabel('polyarchy', 1985, value({ code: 'HUN' }), words, ['A.', 'B.'])).to.equal('Hungary: A. B.');
  });
});
