import { expect } from '@open-wc/testing';
import { formatChange, formatCount, formatIndex } from '../../src/core/format.js';
import { formatInteger } from '../../src/core/i18n.js';

// Values that exercise rounding, signs and zero.
const values = [0, 0.0004, -0.0004, 0.0005, -0.0005, 0.1, 0.456, 0.9995, 1, -0.201, 0.045, -1, 0.12345, 12.3456, 999.9994];

describe('number formatting', () => {
  for (const lang of ['en', 'en-US', 'en-GB']) {
    it(`gives exactly Intl's output for ${lang} (fast path)`, () => {
      const index = new Intl.NumberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
      const change = new Intl.NumberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3, signDisplay: 'exceptZero' });
      const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
      for (const v of values) {
        expect(formatIndex(v, lang), `index ${v}`).to.equal(index.format(v));
        expect(formatChange(v, lang), `change ${v}`).to.equal(change.format(v).replace('-', '\u2212'));
      }
      const grouped = new Intl.NumberFormat(lang, { maximumFractionDigits: 0, useGrouping: true });
      for (const n of [0, 7, 179, 999, 1000, 12345, -1000, -999999, 1000000, 123456789, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]) {
        expect(formatCount(n, lang), `count ${n}`).to.equal(count.format(n));
        expect(formatInteger(n, lang, true), `grouped ${n}`).to.equal(grouped.format(n));
      }
    });
  }

  it('writes a decline with the minus sign, in every language', () => {
    for (const lang of ['en', 'fr', 'de', 'es', 'ar']) {
      const text = formatChange(-0.201, lang);
      expect(text, lang).to.include('\u2212');
      expect(text, lang).not.to.include('-');
    }
    expect(formatChange(0.045, 'en')).to.equal('+0.045');
  });

  it('uses the language\'s own conventions elsewhere', () => {
    expect(formatIndex(0.456, 'de')).to.equal('0,456');
    expect(formatIndex(0.456, 'en-ZA')).to.equal(new Intl.NumberFormat('en-ZA', { minimumFractionDigits: 3 }).format(0.456));
    expect(formatCount(12345, 'fr')).to.equal(new Intl.NumberFormat('fr', { maximumFractionDigits: 0 }).format(12345));
    expect(formatInteger(123456, 'en-IN', true)).to.equal(new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 }).format(123456));
    expect(formatInteger(123456, 'en-IN', true)).to.equal('1,23,456');
  });
});
