// The words of <rights-surveillance-exports>: supplier lists, tooltip lines,
// the summary and its "sales to autocracies", in English and in the shipped
// catalogues. Pure, with the catalogues on the page.
import { expect } from '@open-wc/testing';
import { inLanguage } from '../../../src/core/i18n.js';
import { companyList, countryLabel, defaultHeading, rowLines, supplierList, surveillanceSummary } from '../../../src/charts/surveillance-exports/describe.js';
import type { SurveillanceCounts, SurveillanceRow } from '../../../src/charts/surveillance-exports/model.js';
import '../../../src/charts/surveillance-exports/index.js';
import '../../../src/charts/surveillance-exports/table.lazy.js';
import { expectAreaCatalogued, useCatalogues } from '../../helpers/languages.js';

useCatalogues();

const row: SurveillanceRow = {
  code: 'KEN',
  sourceName: 'Kenya',
  technologies: ['safeCity', 'facialRecognition'],
  china: true,
  us: false,
  otherSuppliers: ['KEN', 'ISR'],
  companies: ['Huawei', 'Mult'],
  supply: 'china',
  regime: 1,
};
const names: Record<string, string> = { KEN: 'Kenya', ISR: 'Israel' };
const name = (code: string): string => names[code] ?? code;
const counts = (countries: number, autocracies: number, democracies: number): SurveillanceCounts => ({
  countries,
  technologies: { safeCity: 0, facialRecognition: 0, smartPolicing: 0, socialMedia: 0 },
  china: 0,
  us: 0,
  autocracies,
  democracies,
});

describe('surveillance-exports: wording', () => {
  it('suppliers: Chinese and U.S. companies, then other countries, the country itself as its own firms', () => {
    expect(inLanguage('en', () => supplierList(row, name, 'en'))).to.equal('Chinese companies, its own firms and Israel');
    expect(inLanguage('en', () => supplierList({ ...row, us: true, otherSuppliers: [] }, name, 'en'))).to.equal('Chinese companies and U.S. companies');
    expect(inLanguage('fr', () => supplierList(row, name, 'fr'))).to.match(/entreprises chinoises/i);
  });

  it('companies as named, "Mult" in words, none when none are named', () => {
    expect(inLanguage('en', () => companyList(row, 'en'))).to.equal('Huawei and multiple suppliers');
    expect(inLanguage('en', () => companyList({ ...row, companies: [] }, 'en'))).to.equal('none named');
  });

  it('a country\'s lines and accessible name: technologies, suppliers, companies, regime with its year', () => {
    const lines = inLanguage('en', () => rowLines(row, name, 'en', 2024));
    expect(lines.map((l) => l.label)).to.deep.equal(['Technologies', 'Suppliers', 'Companies named', 'Regime type (V-Dem, 2024)']);
    expect(lines[0]!.value).to.equal('Safe city and Facial recognition');
    expect(lines[3]!.value).to.equal('Electoral autocracy');
    expect(inLanguage('en', () => countryLabel('Kenya', lines))).to.match(/^Kenya: Technologies: Safe city and Facial recognition; Suppliers: /);
  });

  it('headings by supplier and technology', () => {
    expect(inLanguage('en', () => defaultHeading('any', 'any'))).to.equal('Governments using AI surveillance, and whose companies supply it');
    expect(inLanguage('en', () => defaultHeading('china', 'facial-recognition'))).to.equal('Governments using facial recognition from Chinese companies');
  });

  it('the summary: the index, its Chinese and U.S. buyers that are autocracies, the choice, and the autocracies shown', () => {
    const text = inLanguage('en', () =>
      surveillanceSummary({ all: counts(10, 6, 4), china: counts(7, 5, 2), us: counts(3, 1, 2), chosen: counts(7, 5, 1), supplier: 'china', technology: 'any', regimeYear: 2024 }),
    );
    expect(text).to.contain('governments of 10 countries.');
    expect(text).to.contain('Chinese companies supply 7 of them, 5 of which are autocracies in V-Dem’s Regimes of the World (2024); U.S. companies supply 3, 1 of which are autocracies.');
    expect(text).to.contain('7 countries match this choice: Any technology, Chinese companies.');
    expect(text).to.contain('of the 7 governments shown, 5 are autocracies.');
    expect(inLanguage('en', () => surveillanceSummary({ all: counts(10, 6, 4), china: counts(7, 5, 2), us: counts(3, 1, 2), chosen: counts(2, 1, 1), supplier: 'us', technology: 'any', regimeYear: 2024 }))).to.contain('of the 2 governments shown, 1 is an autocracy.');
    expect(text).to.contain('V-Dem does not code 1 of them.');
    const all = inLanguage('en', () => surveillanceSummary({ all: counts(10, 6, 4), china: counts(7, 5, 2), us: counts(3, 1, 2), chosen: counts(10, 6, 4), supplier: 'any', technology: 'any', regimeYear: 2024 }));
    expect(all).to.not.contain('match this choice');
    expect(all).to.not.contain('does not code');
    const ar = inLanguage('ar', () => surveillanceSummary({ all: counts(10, 6, 4), china: counts(7, 5, 2), us: counts(3, 1, 2), chosen: counts(10, 6, 4), supplier: 'any', technology: 'any', regimeYear: 2024 }));
    expect(ar.replace(/V-Dem/g, '')).to.not.match(/[A-Za-z]{3,}/);
  });

  it('every message has its French, Spanish and Arabic, with the same placeholders and every plural form', () => {
    expectAreaCatalogued(/^surv\./, 50);
  });
});
