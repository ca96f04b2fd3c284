// The footer's credits and licence names come from the data
// (data/sources.json) and are translated by catalogue keys made from their
// English (core/chrome.ts): every one with words has its translation, or a
// French footer would show it in English.
import { expect } from '@open-wc/testing';
import { dataTextKey } from '../../src/core/chrome.js';
import { dataTexts } from './catalogue-check.js';
import fr from '../../src/i18n/lang-fr.json';

/** A credit that is only names, versions and licence codes: the same in every language. */
const onlyNames = (text: string): boolean =>
  /^(V-Dem v\d+|ForeignAssistance\.gov|CC BY(-SA)? 4\.0|BSD-3-Clause|ISC|Freedom House, Freedom in the World \d{4}|UCDP\/PRIO Armed Conflict Dataset v[\d.]+|UCDP GED v[\d.]+ via Our World in Data)$/.test(text);

describe('footer credits in the reader’s language', () => {
  it('every credit and licence name of the data with words has a French translation', () => {
    const catalogue = fr as unknown as Record<string, string>;
    const texts = dataTexts();
    expect(texts.length).to.be.above(15);
    const untranslated = texts.filter(([kind, text]) => !onlyNames(text) && !(catalogue[dataTextKey(kind, text)] && catalogue[dataTextKey(kind, text)] !== text));
    expect(untranslated).to.deep.equal([]);
  });
});
