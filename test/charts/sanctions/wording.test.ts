// The words of <rights-sanctions>: periods and their ticks, each column's
// line, the summary and notes, in English and in the shipped catalogues.
// Pure, with the catalogues on the page.
import { expect } from '@open-wc/testing';
import { inLanguage } from '../../../src/core/i18n.js';
import { KINDS, dataSpan, periods, periodsIn } from '../../../src/charts/sanctions/periods.js';
import { busiestDay, columnLine, periodName, periodTick, sanctionsNotes, sanctionsSummary } from '../../../src/charts/sanctions/describe.js';
import '../../../src/charts/sanctions/index.js';
import type { Glomag } from '../../../src/data/sanctions.js';
import { expectAreaCatalogued, useCatalogues } from '../../helpers/languages.js';
import json from '../../../data/glomag.json';

useCatalogues();
const data = json as unknown as Glomag;
const all = periods(data);
const { first, last } = dataSpan(data);
const year = (y: number) => all.find((p) => p.year === y)!;

describe('sanctions: wording', () => {
  it('names the periods: undated with the day the record begins, partial years with where they start or end', () => {
    expect(inLanguage('en', () => periodName(all[0]!, data))).to.equal('Undated: already listed on August 18, 2021');
    expect(inLanguage('en', () => periodName(year(2021), data))).to.equal('2021 (from August 18, 2021)');
    expect(inLanguage('en', () => periodName(year(2022), data))).to.equal('2022');
    expect(inLanguage('en', () => periodName(year(2024), data))).to.equal('2024 (to May 3, 2024)');
    expect(inLanguage('en', () => periodTick(all[0]!, data))).to.deep.equal(['Undated', 'by Aug 2021']);
    expect(inLanguage('en', () => periodTick(year(2021), data))).to.deep.equal(['2021', 'from Aug']);
    expect(inLanguage('en', () => periodTick(year(2024), data))).to.deep.equal(['2024', 'to May']);
    expect(inLanguage('fr', () => periodName(all[0]!, data))).to.equal('Sans date\u00a0: déjà inscrites le 18 août 2021');
    expect(inLanguage('ar', () => periodTick(all[0]!, data)).join(' ')).to.match(/^[\u0600-\u06ff][^A-Za-z]*$/);
  });

  it('one column in a sentence, with every kind shown, or the one kind', () => {
    const p = year(2022);
    const [i, e, v] = p.counts;
    expect(inLanguage('en', () => columnLine(p, KINDS, data))).to.equal(`2022: ${i + e + v} entries (${i} individuals, ${e} entities and ${v} vessels)`);
    expect(inLanguage('en', () => columnLine(p, ['vessel'], data))).to.equal(`2022: ${v} vessels`);
    expect(inLanguage('en', () => columnLine({ ...p, counts: [1, 0, 0] }, ['individual'], data))).to.equal('2022: 1 individual');
    expect(inLanguage('fr', () => columnLine({ ...p, counts: [1, 0, 0] }, ['individual'], data))).to.equal('2022\u00a0: 1 personne');
  });

  it('the summary: total by kind, the undated share, the year and the day with the most entries', () => {
    const text = inLanguage('en', () => sanctionsSummary(data, all, KINDS, first, last));
    const [i, e, v] = [0, 1, 2].map((k) => all.reduce((s, p) => s + p.counts[k]!, 0));
    expect(text).to.contain(`The chart counts ${i! + e! + v!} entries of the Global Magnitsky program on the U.S. sanctions list: ${i} individuals, ${e} entities and ${v} vessels.`);
    const undated = data.undated.reduce((a, b) => a + b, 0);
    expect(text).to.contain(`${undated} of them were already listed on August 18, 2021 and have no date.`);
    const day = busiestDay(data, KINDS, first, last)!;
    expect(text).to.contain(`The most on one day: ${day.entries} entries on`);
    const later = inLanguage('en', () => sanctionsSummary(data, periodsIn(all, 2023, last, first), KINDS, 2023, last));
    expect(later).to.not.contain('no date');
    expect(later).to.contain('the most were first seen in 2023');
    const vessels = inLanguage('en', () => sanctionsSummary(data, all, ['vessel'], first, last));
    expect(vessels, 'no undated vessels: no sentence about them').to.not.contain('no date');
    const none = inLanguage('en', () => sanctionsSummary(data, periodsIn(all, 2023, last, first), ['vessel'], 2023, last));
    expect(none).to.contain('No entries of these kinds were first seen from 2023 to 2024.');
  });

  it('the busiest day is of the kinds and years asked for', () => {
    const d = busiestDay(data, KINDS, first, last)!;
    const i = data.dates.date.indexOf(d.date);
    expect(d.entries).to.equal(data.dates.individual[i]! + data.dates.entity[i]! + data.dates.vessel[i]!);
    for (let j = 0; j < data.dates.date.length; j++) expect(data.dates.individual[j]! + data.dates.entity[j]! + data.dates.vessel[j]!).to.be.at.most(d.entries);
    const ind = busiestDay(data, ['individual'], 2023, 2023)!;
    expect(ind.date.startsWith('2023')).to.equal(true);
    expect(busiestDay(data, ['vessel'], 2023, 2024)).to.equal(null);
  });

  it('the notes: undated entries, partial years, what an entry is, the entries taken off', () => {
    const notes = inLanguage('en', () => sanctionsNotes(data)).join(' ');
    expect(notes).to.contain('not spread over years');
    expect(notes).to.contain('2021 counts entries first seen from August 18, 2021 only, and 2024 to May 3, 2024 only.');
    const removed = data.removed.reduce((a, b) => a + b, 0);
    expect(notes).to.contain(`${removed} entries were taken off the list by May 3, 2024`);
    const ar = inLanguage('ar', () => sanctionsNotes(data)).join(' ');
    expect(ar).to.not.match(/[A-Za-z]{3,}/);
  });

  it('every message has its French, Spanish and Arabic, with the same placeholders and every plural form', () => {
    expectAreaCatalogued(/^sanctions\./, 45);
  });
});
