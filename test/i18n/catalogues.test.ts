// The catalogue check (issue #16): every shipped catalogue has every message
// the code defines in English, no stale ones, the same placeholders, and
// every plural form its language has; and no two modules define one key
// with different English.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import '../helpers/views.js';
import '../../src/core/toolbar.js';
import '../../src/core/autoload.js';
import '../../src/core/export/data-table.js';
import '../../src/frame/words.js';
import { MENU_ENGLISH } from '../../src/core/export/download-menu.js';
import { CLASHING_KEYS, ENGLISH, RESERVE_KEY, UI_LANGUAGES, type Message } from '../../src/core/i18n.js';
import { catalogueProblems, dataTexts, placeholders, reserveProblems } from './catalogue-check.js';
import { dataTextKey } from '../../src/core/chrome.js';
import fr from '../../src/i18n/lang-fr.json';
import es from '../../src/i18n/lang-es.json';
import ar from '../../src/i18n/lang-ar.json';

const CATALOGUES: Record<string, unknown> = { fr, es, ar };

describe('message catalogues', () => {
  it('the code defines its English messages, each key once', () => {
    expect(Object.keys(ENGLISH).length).to.be.above(300);
    expect(CLASHING_KEYS).to.deep.equal([]);
  });

  it('ships a catalogue for every interface language but English', () => {
    expect(Object.keys(CATALOGUES).sort()).to.deep.equal(UI_LANGUAGES.filter((ui) => ui !== 'en').sort());
  });

  for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
    it(`${lang}: every key, the same placeholders, every plural form`, () => {
      // The code's messages, and the data's credits and licence names (core/chrome.ts).
      const english = { ...ENGLISH, ...MENU_ENGLISH, ...Object.fromEntries(dataTexts().map(([kind, text]) => [dataTextKey(kind, text), text])) };
      expect(catalogueProblems(lang, english, catalogue)).to.deep.equal([]);
    });
  }

  it('every catalogue has its language\'s height tables for every chart that reserves room for text (#16)', () => {
    // Every element but the timeline, which has no text arriving with data.
    const charts = ['democracy-map', 'democracy-trend', 'democracy-change', 'regime-share', 'civilian-harm', 'strike-map', 'assistance-map', 'assistance-ranking', 'assistance-vs-democracy', 'guantanamo', 'refugee-admissions', 'surveillance-exports', 'sanctions', 'corruption', 'hrc-membership', 'police-equipment'].map((name) => `rights-${name}`);
    for (const tag of charts) expect(customElements.get(tag), tag).to.exist;
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      const tables = (catalogue as Record<string, unknown>)[RESERVE_KEY] as Record<string, string> | undefined;
      expect(Object.keys(tables ?? {}).sort(), lang).to.deep.equal([...charts].sort());
    }
  });

  it('the height-table check catches a table that sets more than min-height', () => {
    expect(reserveProblems('fr', { 'rights-democracy-map': '.summary { min-height: calc(3 * 1.4em); }' })).to.deep.equal([]);
    expect(reserveProblems('fr', { 'rights-democracy-map': '@container (max-width: 400px) { .summary { min-height: 2em; color: red; } }' })).to.have.length(1);
    expect(reserveProblems('fr', { 'x-y': '.a { min-height: 1px; }' })).to.have.length(1);
    expect(reserveProblems('fr', [])).to.have.length(1);
  });

  it('the check catches a missing key, a stale key, a lost placeholder and a missing plural form', () => {
    const english: Record<string, Message> = {
      'a.text': 'Showing {year}.',
      'a.count': { one: '# country', other: '# countries' },
      'a.kept': 'Kept',
    };
    const broken = {
      'a.text': 'Affichage.',
      'a.count': { one: '# pays', other: '# pays' },
      'a.stale': 'Ancien',
    };
    const problems = catalogueProblems('fr', english, broken);
    expect(problems.some((p) => p.includes('a.kept') && p.includes('missing'))).to.equal(true);
    expect(problems.some((p) => p.includes('a.stale') && p.includes('not in the code'))).to.equal(true);
    expect(problems.some((p) => p.includes('a.text') && p.includes('{year}'))).to.equal(true);
    expect(problems.some((p) => p.includes('a.count') && p.includes('many'))).to.equal(true);
    expect(placeholders('{a} and {b}, {a}')).to.deep.equal(['a', 'b']);
  });
});
