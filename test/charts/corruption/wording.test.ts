// The words of <rights-corruption>: what the scores are (the data's own
// wording), why the scores are a table, the credit line, rows read aloud, the
// summary and notes, in English and in the shipped catalogues. Pure.
import { expect } from '@open-wc/testing';
import { inLanguage } from '../../../src/core/i18n.js';
import { cpiNotes, cpiSummary, creditLine, rowLine, whatScoresAre, whyTable } from '../../../src/charts/corruption/describe.js';
import { rowsFor } from '../../../src/charts/corruption/ranking.js';
import '../../../src/charts/corruption/index.js';
import type { TiCpi } from '../../../src/data/corruption.js';
import { expectAreaCatalogued, useCatalogues } from '../../helpers/languages.js';
import json from '../../../data/ti-cpi.json';

useCatalogues();
const data = json as unknown as TiCpi;
const names: Record<string, string> = { DNK: 'Denmark', SOM: 'Somalia', USA: 'United States' };
const nameOf = (code: string): string => names[code] ?? code;

describe('corruption: wording', () => {
  it('quotes what the scores are: perceptions among experts and businesspeople, not measured corruption', () => {
    const text = inLanguage('en', () => whatScoresAre());
    expect(text).to.contain('“by their perceived levels of public sector corruption according to experts and businesspeople”');
    expect(text).to.contain('0 (highly corrupt) to 100 (very clean)');
    expect(text).to.contain('not measured corruption');
  });

  it('says why the scores are a table, in reader words', () => {
    expect(inLanguage('en', () => whyTable())).to.equal(
      'Transparency International publishes the index under a no-derivatives licence, so the scores are shown as published, in a table.',
    );
  });

  it('the credit line of LICENSES.md §9 (c), for the edition shown', () => {
    expect(creditLine(data.meta, 2023)).to.equal('Transparency International, Corruption Perceptions Index 2023, CC BY-ND 4.0');
    expect(creditLine(data.meta, 2015)).to.equal('Transparency International, Corruption Perceptions Index 2015, CC BY-ND 4.0');
  });

  it('a row read aloud: rank, score, interval and sources where TI published them, else the score', () => {
    const row = { code: 'USA', score: 69, rank: 24, se: 2.1, sources: 9, lower: 65.5, upper: 72.5 };
    expect(inLanguage('en', () => rowLine(row, 'United States'))).to.equal('United States: rank 24, score 69 (90% confidence interval 65.50 to 72.50; 9 sources)');
    expect(inLanguage('en', () => rowLine({ ...row, sources: 1 }, 'United States'))).to.contain('; 1 source)');
    expect(inLanguage('en', () => rowLine({ ...row, rank: null }, 'United States'))).to.equal('United States: score 69');
    expect(inLanguage('fr', () => rowLine(row, 'États-Unis'))).to.contain('65,50');
  });

  it('the summary: how many were scored, the highest and lowest with ties', () => {
    const rows = [
      { code: 'DNK', score: 90, rank: 1, se: null, sources: null, lower: null, upper: null },
      { code: 'USA', score: 69, rank: 24, se: null, sources: null, lower: null, upper: null },
      { code: 'SOM', score: 11, rank: 180, se: null, sources: null, lower: null, upper: null },
    ];
    const text = inLanguage('en', () => cpiSummary(rows, 2023, nameOf));
    expect(text).to.equal('3 countries and territories were scored in 2023. Highest score: Denmark (90). Lowest: Somalia (11).');
    const tied = inLanguage('en', () => cpiSummary([...rows, { ...rows[1]!, code: 'XXX', score: 90 }], 2023, nameOf));
    expect(tied).to.contain('Highest score: Denmark and XXX (90).');
    expect(inLanguage('en', () => cpiSummary(rowsFor(data, 2023), 2023, nameOf))).to.match(/^180 countries and territories were scored in 2023\./);
  });

  it('the notes name the missing editions', () => {
    const notes = inLanguage('en', () => cpiNotes(data)).join(' ');
    expect(notes).to.contain(`The ${data.missingYears[0]}–${data.missingYears[data.missingYears.length - 1]} editions are not in the data.`);
    expect(inLanguage('ar', () => cpiNotes(data)).join(' ')).to.not.match(/[A-Za-z]{3,}/);
  });

  it('every message has its French, Spanish and Arabic, with the same placeholders and every plural form', () => {
    expectAreaCatalogued(/^cpi\./, 40);
  });
});
