// The words of <rights-hrc-membership>: cycle labels, a cycle's line, the
// summary and notes, in English and in the shipped catalogues. Pure, with the
// catalogues on the page.
import { expect } from '@open-wc/testing';
import { inLanguage } from '../../../src/core/i18n.js';
import { autocracies, democracies, membership } from '../../../src/charts/hrc-membership/cycles.js';
import { cycleLabel, cycleLine, groupName, membershipNotes, membershipSummary } from '../../../src/charts/hrc-membership/describe.js';
import '../../../src/charts/hrc-membership/index.js';
import type { UnhrcMembership } from '../../../src/data/hrc-membership.js';
import type { VdemV15 } from '../../../src/data/democracy.js';
import { expectAreaCatalogued, useCatalogues } from '../../helpers/languages.js';
import hrcJson from '../../../data/unhrc-membership.json';
import vdemJson from '../../../data/vdem-v15.json';

useCatalogues();
const hrc = hrcJson as unknown as UnhrcMembership;
const vdem = vdemJson as unknown as VdemV15;
const m = membership(hrc, vdem);
const byId = (id: string) => m.cycles.find((c) => c.id === id)!;
const name = (code: string): string => code;

describe('hrc-membership: wording', () => {
  it('labels a June–June cycle by both years and a calendar year by itself', () => {
    expect(inLanguage('en', () => cycleLabel(byId('2006-07')))).to.equal('2006–2007');
    expect(inLanguage('en', () => cycleLabel(byId('2011-12')))).to.equal('2011–2012');
    expect(inLanguage('en', () => cycleLabel(byId('2013')))).to.equal('2013');
    expect(inLanguage('ar', () => cycleLabel(byId('2013')))).to.match(/^[\u0660-\u0669]{4}$|^2013$/);
  });

  it('a cycle\'s line gives autocracies, democracies and, where any, the members not rated', () => {
    const c = byId('2024');
    expect(inLanguage('en', () => cycleLine(c))).to.equal(`2024: ${autocracies(c)} autocracies, ${democracies(c)} democracies`);
    const withGap = byId('2020');
    expect(withGap.notRated).to.be.at.least(1);
    expect(inLanguage('en', () => cycleLine(withGap))).to.match(new RegExp(`, ${withGap.notRated} members? not rated$`));
    const late = m.cycles.find((x) => !x.rated)!;
    expect(inLanguage('en', () => cycleLine(late))).to.equal(`${late.year}: ${late.members.length} states; V-Dem has not yet rated ${late.year}`);
  });

  it('regional groups by their English names in the data, translated', () => {
    for (const g of hrc.groups) expect(inLanguage('en', () => groupName(g))).to.equal(g);
    expect(inLanguage('fr', () => groupName('African Group'))).to.not.equal('African Group');
    expect(inLanguage('en', () => groupName('Some new group'))).to.equal('Some new group');
  });

  it('the summary: autocracies in the first and last rated cycle, the chosen cycle, the U.S. withdrawal and return', () => {
    const text = inLanguage('en', () => membershipSummary(m, byId('2018')));
    const rated = m.cycles.filter((c) => c.rated);
    expect(text).to.contain(`autocracies held ${autocracies(rated[0]!)} of the Council’s ${m.seats} seats in 2006–2007 and ${autocracies(rated[rated.length - 1]!)} in ${rated[rated.length - 1]!.year}`);
    const c = byId('2018');
    expect(text).to.contain(`In 2018: ${autocracies(c)} autocracies (${c.counts[0]} closed, ${c.counts[1]} electoral) and ${democracies(c)} democracies.`);
    expect(text).to.contain('withdrew on June 19, 2018 and returned in 2022');
    const late = m.cycles.find((x) => !x.rated)!;
    expect(inLanguage('en', () => membershipSummary(m, late))).to.contain(`V-Dem has not yet rated ${late.year}`);
    const withGap = inLanguage('en', () => membershipSummary(m, byId('2020')));
    expect(withGap).to.match(/; \d+ members? not rated\./);
  });

  it('the notes: the cycle convention, the rating year, the unrated members named, the cycles of 48', () => {
    const notes = inLanguage('en', () => membershipNotes(m, name)).join(' ');
    // The convention as SOURCE.md states it: 19 Jun–18 Jun to 2010-11, the long cycle 19 Jun 2011–31 Dec 2012, then calendar years.
    expect(notes).to.contain('from June 19 to June 18 until 2011, then 18 months from June 19, 2011 to December 31, 2012, then calendar years from 2013.');
    expect(notes).to.contain(`V-Dem’s data end in ${vdem.last}`);
    expect(notes).to.contain('BHS').and.contain('MHL');
    expect(notes).to.contain('In 2018 and 2022 a seat changed hands');
    const ar = inLanguage('ar', () => membershipNotes(m, () => 'ـ')).join(' ').replace(/V-Dem/g, '');
    expect(ar).to.not.match(/[A-Za-z]{3,}/);
  });

  it('every message has its French, Spanish and Arabic, with the same placeholders and every plural form', () => {
    expectAreaCatalogued(/^hrc\./, 60);
  });
});
