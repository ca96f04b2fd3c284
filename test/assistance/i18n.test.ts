// Issue #16 on the assistance model: the catalogue part has every message the
// assistance modules define, and the datasets' sentences said on the charts
// (reader note, first caveat) are the data's own English.
import { expect } from '@open-wc/testing';
import '../../src/charts/assistance-ranking/index.js';
import '../../src/charts/assistance-map/index.js';
import '../../src/charts/assistance-vs-democracy/index.js';
import { ENGLISH, addMessages, translate, type Message, type Messages } from '../../src/core/i18n.js';
import { measureSource } from '../../src/assistance/measures.js';
import { periodLabel } from '../../src/assistance/period.js';
import { formatLong, ordinal } from '../../src/assistance/amounts.js';
import type { ForeignAssistance, MilitaryAid, SipriUsArms } from '../../src/data/assistance.js';
import { catalogueProblems } from '../i18n/catalogue-check.js';
import aidJson from '../../data/foreignassistance.json';
import militaryJson from '../../data/military-aid.json';
import armsJson from '../../data/sipri-us-arms.json';
import { CATALOGUES as partsJson } from '../helpers/catalogues.js';

const parts = partsJson as unknown as Record<'fr' | 'es' | 'ar', Messages>;
const aid = aidJson as ForeignAssistance;
const militaryAid = militaryJson as MilitaryAid;
const arms = armsJson as SipriUsArms;
const options = { flow: 'obligations', dollars: 'constant' } as const;

/** The English of the assistance modules (keys aid., ranking., aidMap., scatter.). */
const ours = (): Record<string, Message> => Object.fromEntries(Object.entries(ENGLISH).filter(([key]) => /^(aid|ranking|aidMap|scatter)\./.test(key)));

describe('assistance: catalogue part (#16)', () => {
  it('has every key in fr, es and ar, with the English placeholders and every plural form', () => {
    expect(Object.keys(ours()).length).to.be.above(100);
    for (const lang of ['fr', 'es', 'ar'] as const) expect(catalogueProblems(lang, ours(), parts[lang], false), lang).to.deep.equal([]);
  });

  it('says the datasets’ own sentences in English word for word', () => {
    const english = (key: string) => translate(ENGLISH[key]!, key, undefined, 'en');
    expect(english('aid.note.mil')).to.equal(militaryAid.meta.readerNote);
    expect(english('aid.cav.mil')).to.equal(militaryAid.meta.caveats[0]);
    expect(english('aid.cav.aid')).to.equal(aid.meta.caveats[0]);
    expect(english('aid.cav.arms')).to.equal(arms.meta.caveats[0]);
    expect(aid.meta.readerNote ?? '').to.equal('');
    expect(arms.meta.readerNote ?? '').to.equal('');
  });

  it('words a shared source in the language of the update that reads it', async () => {
    addMessages('fr', parts.fr);
    const { inLanguage } = await import('../../src/core/i18n.js');
    const source = measureSource('aid', { aid }, options)!;
    expect(source.label).to.equal('All foreign assistance');
    expect(inLanguage('fr', () => source.label)).to.equal('Ensemble de l’aide extérieure');
    expect(inLanguage('fr', () => periodLabel({ from: 2024, to: 2024 }, source))).to.equal('exercice 2024 (provisoire)');
    expect(periodLabel({ from: 2024, to: 2024 }, source)).to.equal('FY2024 (provisional)');
    expect(formatLong('usd', 138.9e9, 'fr')).to.match(/^138,9\smilliards de dollars$/);
    expect(formatLong('usd', 950, 'fr')).to.equal('950 dollars');
    expect([ordinal(1, 'fr'), ordinal(3, 'fr'), ordinal(3, 'en')]).to.deep.equal(['1er', '3e', '3rd']);
  });
});
