import { expect } from '@open-wc/testing';
import { DAY_MONTH, DAY_MONTH_YEAR, MONTH_YEAR, SHORT_MONTH, SHORT_MONTH_YEAR, formatCalendarDate, type DateParts } from '../../src/core/dates.js';

// Each pattern with the Intl options written out here, so a wrong constant fails too.
const STYLES: [DateParts, Intl.DateTimeFormatOptions][] = [
  [DAY_MONTH_YEAR, { day: 'numeric', month: 'long', year: 'numeric' }],
  [MONTH_YEAR, { month: 'long', year: 'numeric' }],
  [DAY_MONTH, { day: 'numeric', month: 'long' }],
  [SHORT_MONTH_YEAR, { month: 'short', year: 'numeric' }],
  [SHORT_MONTH, { month: 'short' }],
];

describe('formatCalendarDate', () => {
  it('writes US English as Intl does, every month and style, without Intl', () => {
    for (const lang of ['en', 'en-US']) {
      for (const [style, options] of STYLES) {
        const intl = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
        for (const year of [1789, 1999, 2024]) {
          for (let month = 1; month <= 12; month++) {
            for (const day of [1, 9, 28]) {
              expect(formatCalendarDate(year, month, day, style, lang), `${lang} ${JSON.stringify(options)} ${year}-${month}-${day}`).to.equal(intl.format(Date.UTC(year, month - 1, day)));
            }
          }
        }
      }
    }
  });

  it('rolls an out-of-range day over as Date.UTC does, in English as through Intl', () => {
    expect(formatCalendarDate(2021, 2, 29, DAY_MONTH_YEAR, 'en')).to.equal('March 1, 2021');
    expect(formatCalendarDate(2021, 2, 29, DAY_MONTH_YEAR, 'fr')).to.equal(new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2021, 2, 1)));
  });

  it('uses Intl for other languages and British English', () => {
    expect(formatCalendarDate(2018, 6, 19, DAY_MONTH_YEAR, 'en-GB')).to.equal('19 June 2018');
    expect(formatCalendarDate(2018, 9, 19, SHORT_MONTH_YEAR, 'en-GB')).to.equal(new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2018, 8, 19)));
    expect(formatCalendarDate(2018, 6, 19, MONTH_YEAR, 'de')).to.equal('Juni 2018');
  });
});
