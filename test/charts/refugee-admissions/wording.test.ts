// The words of <rights-refugee-admissions>: a year's line, the summary and the
// notes, in English and in the shipped catalogues. Pure, with the catalogues
// on the page.
import { expect } from '@open-wc/testing';
import { inLanguage } from '../../../src/core/i18n.js';
import { fiscalYears, yearsIn } from '../../../src/charts/refugee-admissions/years.js';
import { admissionsNotes, admissionsSummary, partialMonths, percent, yearLine } from '../../../src/charts/refugee-admissions/describe.js';
import { signed } from '../../../src/charts/refugee-admissions/table.js';
import '../../../src/charts/refugee-admissions/index.js';
import type { RefugeeAdmissions } from '../../../src/data/refugee-admissions.js';
import { expectAreaCatalogued, useCatalogues } from '../../helpers/languages.js';
import json from '../../../data/refugee-admissions.json';

useCatalogues();
const data = json as RefugeeAdmissions;
const all = fiscalYears(data);
const fy = (year: number) => all.find((y) => y.year === year)!;

describe('refugee-admissions: wording', () => {
  it('a year in one sentence: ceiling, admitted and the share used; a partial year says so and gives no share', () => {
    const y = { ...fy(1990), ceiling: 1000, admitted: 890, difference: -110, share: 0.89 };
    expect(inLanguage('en', () => yearLine(y))).to.equal('FY1990: ceiling 1,000; 890 refugees admitted, 89% of the ceiling.');
    expect(inLanguage('fr', () => yearLine(y))).to.match(/^Exercice 1990 : plafond de 1\s000 ; 890 réfugiés admis, soit 89\s%/);
    const p = { ...y, partial: true };
    const partial = inLanguage('en', () => yearLine(p));
    expect(partial).to.contain('partial year');
    expect(partial).to.not.contain('%');
  });

  it('percent and signed differences in the reader\'s language', () => {
    expect(inLanguage('en', () => percent(1.0178))).to.equal('102%');
    expect(inLanguage('en', () => percent(1))).to.equal('100%');
    // Just short of the ceiling (69,933 of 70,000; 84,994 of 85,000) never reads as 100%; just over never as 100% either.
    expect(inLanguage('en', () => percent(69933 / 70000))).to.equal('99.9%');
    expect(inLanguage('en', () => percent(84994 / 85000))).to.equal('99.9%');
    expect(inLanguage('en', () => percent(1.0001))).to.equal('100.1%');
    expect(inLanguage('fr', () => percent(0.9999))).to.match(/^99,9\s%$/);
    expect(inLanguage('fr', () => percent(0.5))).to.match(/^50\s%$/);
    expect(inLanguage('en', () => signed(-24584))).to.equal('\u221224,584');
    expect(inLanguage('en', () => signed(1531))).to.equal('+1,531');
    expect(inLanguage('en', () => signed(0))).to.equal('0');
  });

  it('the summary: first and last whole year, the lowest ceiling, the fewest admitted, how often short, the partial year', () => {
    const text = inLanguage('en', () => admissionsSummary(all));
    expect(text).to.match(/^In FY1980 the ceiling was 231,700 and 207,116 refugees were admitted; in FY2024 the ceiling was 125,000 and 100,034 were admitted\./);
    expect(text).to.contain('The lowest ceiling was 18,000 (FY2020); the fewest refugees admitted in a whole year were 11,411 (FY2021).');
    const whole = all.filter((y) => !y.partial);
    expect(text).to.contain(`fell short of the ceiling in ${whole.filter((y) => y.admitted < y.ceiling).length} of ${whole.length} whole years.`);
    expect(text).to.contain('FY2025 is partial: 27,308 refugees were admitted');
    // A span without the partial year says nothing of it; a span of one whole year has one sentence for it.
    expect(inLanguage('en', () => admissionsSummary(yearsIn(all, 1980, 2001)))).to.not.contain('partial');
    const short = inLanguage('en', () => admissionsSummary(yearsIn(all, 2024, 2025)));
    expect(short).to.match(/^In FY2024 the ceiling was 125,000 and 100,034 refugees were admitted\. FY2025 is partial/);
  });

  it('the notes read the partial months and the Amerasian years from the data\'s caveats, in the reader\'s language', () => {
    expect(partialMonths(data)).to.deep.equal({ from: 'October 2024', to: 'December 2024' });
    const en = inLanguage('en', () => admissionsNotes(data)).join(' ');
    expect(en).to.contain('FY2025 is partial: its admissions cover October 2024 to December 2024 only');
    expect(en).to.contain('except from FY1980 to FY1988');
    expect(en).to.contain('only the final ceiling is shown');
    const es = inLanguage('es', () => admissionsNotes(data)).join(' ');
    expect(es).to.contain('octubre de 2024');
    const ar = inLanguage('ar', () => admissionsNotes(data)).join(' ');
    expect(ar).to.not.match(/[A-Za-z]{3,}/);
    // Caveats without those sentences: no note that would say something the data do not.
    const bare = { ...data, meta: { ...data.meta, caveats: [] } };
    expect(inLanguage('en', () => admissionsNotes(bare))).to.have.length(1);
  });

  it('every message has its French, Spanish and Arabic, with the same placeholders and every plural form', () => {
    expectAreaCatalogued(/^refugee\./, 40);
  });
});
