// English plural forms are chosen without ICU (core/i18n.ts); they must be
// the ones CLDR gives, which Intl.PluralRules reports.
import { expect } from '@open-wc/testing';
import { messages } from '../../src/core/i18n.js';

const msg = messages({ 'test.plural.things': { one: '# thing', other: '# things' } });

describe('plural forms', () => {
  it('in English are CLDR\'s, for whole, fractional, zero and negative counts', () => {
    const rules = new Intl.PluralRules('en');
    for (const count of [0, 1, 1.0, 1.5, 0.5, 2, 11, 21, 101, -1, -2, 1000000]) {
      const expected = rules.select(count) === 'one' ? 'thing' : 'things';
      expect(msg('test.plural.things', { count }, 'en').endsWith(` ${expected}`), `count ${count}`).to.equal(true);
    }
  });
});
