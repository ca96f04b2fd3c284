// The words of <rights-guantanamo>: dates as precise as their source, the
// summary and notes, in English and in the shipped catalogues. Pure, with the
// catalogues on the page.
import { expect } from '@open-wc/testing';
import { inLanguage } from '../../../src/core/i18n.js';
import { countsIn, detaineeCounts, terms } from '../../../src/charts/guantanamo/counts.js';
import { countLine, detaineeNotes, detaineeSummary, formatDate, whenOf } from '../../../src/charts/guantanamo/describe.js';
import '../../../src/charts/guantanamo/index.js';
import type { GuantanamoDetainees } from '../../../src/data/guantanamo.js';
import { expectAreaCatalogued, useCatalogues } from '../../helpers/languages.js';
import json from '../../../data/guantanamo-detainees.json';

useCatalogues();
const data = json as GuantanamoDetainees;
const all = detaineeCounts(data);

describe('guantanamo: wording', () => {
  it('writes a date as precisely as the source gives it, in the reader\'s language', () => {
    expect(inLanguage('en', () => formatDate('2009-01-20'))).to.equal('January 20, 2009');
    expect(inLanguage('en', () => formatDate('2025-01'))).to.equal('January 2025');
    expect(inLanguage('en', () => formatDate('2003'))).to.equal('2003');
    expect(inLanguage('fr', () => formatDate('2009-01-20'))).to.equal('20 janvier 2009');
    expect(inLanguage('es', () => formatDate('2025-01'))).to.equal('enero de 2025');
    expect(inLanguage('ar', () => formatDate('2025-01'))).to.match(/يناير/);
  });

  it('says when a count was taken: on a day, in a month, over a period', () => {
    expect(inLanguage('en', () => whenOf({ date: '2009-01-20', until: null }))).to.equal('on January 20, 2009');
    expect(inLanguage('en', () => whenOf({ date: '2025-01', until: null }))).to.equal('in January 2025');
    expect(inLanguage('en', () => whenOf({ date: '2018-05', until: '2021-01' }))).to.equal('from May 2018 to January 2021');
    expect(inLanguage('fr', () => whenOf({ date: '2009-01-20', until: null }))).to.equal('le 20 janvier 2009');
    expect(inLanguage('es', () => whenOf({ date: '2018-05', until: '2021-01' }))).to.equal('de mayo de 2018 a enero de 2021');
  });

  it('one count, with the plural its number takes', () => {
    const first = all[0]!;
    expect(inLanguage('en', () => countLine(first))).to.equal(`${first.held} people held ${inLanguage('en', () => whenOf(first))}`);
    expect(inLanguage('en', () => countLine({ ...first, held: 1 }))).to.match(/^1 person held /);
    expect(inLanguage('fr', () => countLine({ ...first, held: 1 }))).to.match(/^1 personne détenue /);
  });

  it('the summary: everyone ever held, the first and last count shown, the peak year without a number', () => {
    const text = inLanguage('en', () => detaineeSummary(data, all, 2002, 2025));
    const first = all[0]!;
    const last = all[all.length - 1]!;
    expect(text).to.contain(`${data.everHeld.value} people were held at Guantánamo Bay from ${data.everHeld.from} to ${data.everHeld.to}.`);
    expect(text).to.contain(`went from ${first.held} ${inLanguage('en', () => whenOf(first))} to ${last.held} ${inLanguage('en', () => whenOf(last))}.`);
    expect(text).to.contain(`the most people in ${data.peak.year}; the sources give no number`);
    const later = inLanguage('en', () => detaineeSummary(data, countsIn(all, 2016, 2025), 2016, 2025));
    expect(later, 'the peak year is said whatever the span').to.contain(`the most people in ${data.peak.year}`);
    expect(later).to.not.contain(String(first.held));
    const none = inLanguage('en', () => detaineeSummary(data, countsIn(all, 2002, 2005), 2002, 2005));
    expect(none).to.contain('give no count of the people held between 2002 and 2005');
    const one = countsIn(all, 2013, 2013);
    expect(one).to.have.length(1);
    expect(inLanguage('en', () => detaineeSummary(data, one, 2013, 2013))).to.contain(`${one[0]!.held} people were held ${inLanguage('en', () => whenOf(one[0]!))}.`);
  });

  it('the notes name the presidents whose transfers sources count differently, and the last year with transfers', () => {
    const notes = inLanguage('en', () => detaineeNotes(data, all, terms(data)));
    const differing = data.administrations.president.filter((_, i) => data.administrations.note[i]);
    for (const p of differing) expect(notes.join(' ')).to.contain(p);
    expect(notes.join(' ')).to.contain(`no transfers after ${Math.max(...data.administrations.to)}`);
    const ar = inLanguage('ar', () => detaineeNotes(data, all, terms(data))).join(' ');
    expect(ar).to.not.match(/[A-Za-z]{3,}/);
  });

  it('every message has its French, Spanish and Arabic, with the same placeholders and every plural form', () => {
    expectAreaCatalogued(/^gtmo\./, 40);
  });
});
