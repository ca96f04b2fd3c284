// The words readers get: a fiscal year's line, the summary and the notes
// under the credit, each a message of the catalogue. Pure.
import { ENGLISH_MONTHS, formatCalendarDate, MONTH_YEAR } from '../../core/dates.js';
import type { RefugeeAdmissions } from '../../data/refugee-admissions.js';
import { currentLanguage, formatInteger, messages } from '../../core/i18n.js';
import { lowest, wholeYears, type FiscalYear } from './years.js';

const msg = messages({
  'refugee.heading': 'U.S. refugee ceilings and admissions',
  'refugee.fy': 'FY{year}',
  'refugee.fyPartial': 'FY{year} (partial year)',
  'refugee.yearLine': 'FY{year}: ceiling {ceiling}; {admitted} refugees admitted, {share} of the ceiling.',
  'refugee.yearLinePartial': 'FY{year}, partial year: ceiling {ceiling}; {admitted} refugees admitted in the part of the year counted.',
  'refugee.sumEnds': 'In FY{first} the ceiling was {firstCeiling} and {firstAdmitted} refugees were admitted; in FY{last} the ceiling was {lastCeiling} and {lastAdmitted} were admitted.',
  'refugee.sumOne': 'In FY{year} the ceiling was {ceiling} and {admitted} refugees were admitted.',
  'refugee.sumLows': 'The lowest ceiling was {ceiling} (FY{ceilingYear}); the fewest refugees admitted in a whole year were {admitted} (FY{admittedYear}).',
  'refugee.sumShort': { one: 'Admissions fell short of the ceiling in # of {years} whole years.', other: 'Admissions fell short of the ceiling in # of {years} whole years.' },
  'refugee.sumPartial': 'FY{year} is partial: {admitted} refugees were admitted in the part of the year counted, against a ceiling of {ceiling}.',
  'refugee.noteCeiling':
    'The ceiling is the most refugees the United States may admit in a fiscal year, set by the President each year; a fiscal year runs from 1 October to 30 September. The shaded gap above a column is the part of the ceiling not used.',
  'refugee.notePartial': 'FY{year} is partial: its admissions cover {from} to {to} only, so its column is hatched and no gap is shaded.',
  'refugee.noteFinal': 'Where a president revised the ceiling during the year, only the final ceiling is shown.',
  'refugee.noteAmerasian': 'Admissions include Amerasian immigrants, except from FY{from} to FY{to}.',
  'refugee.noteWraps': 'The figures are State Department arrival counts; the Department of Homeland Security\'s yearbook counts differ slightly.',
});

/** A count or a year in the language's digits. */
export const integer = (value: number, grouping = false): string => formatInteger(value, currentLanguage(), grouping);

const percents = new Map<string, Intl.NumberFormat>();

/**
 * A share (0.89) as a percentage in the reader's language ("89%", « 89 % »):
 * whole, except near 100%, where a year just short of its ceiling reads
 * "99.9%", never "100%" (cut towards the ceiling, never rounded past it).
 */
export function percent(share: number, lang = currentLanguage()): string {
  const near = share !== 1 && Math.round(share * 100) === 100;
  const key = `${lang}|${near}`;
  let format = percents.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: near ? 1 : 0, maximumFractionDigits: near ? 1 : 0 });
    percents.set(key, format);
  }
  const value = !near ? share : share < 1 ? Math.floor(share * 1000) / 1000 : Math.ceil(share * 1000) / 1000;
  return format.format(value);
}

/** "FY1980"; "FY2025 (partial year)" with `marked` for a partial year. */
export const fyText = (fy: Pick<FiscalYear, 'year' | 'partial'>, marked = false): string =>
  msg(marked && fy.partial ? 'refugee.fyPartial' : 'refugee.fy', { year: integer(fy.year) });

/** One fiscal year in a sentence, as a screen reader hears it. */
export function yearLine(fy: FiscalYear): string {
  const params = { year: integer(fy.year), ceiling: integer(fy.ceiling, true), admitted: integer(fy.admitted, true), share: percent(fy.share) };
  return msg(fy.partial ? 'refugee.yearLinePartial' : 'refugee.yearLine', params);
}

export const defaultHeading = (): string => msg('refugee.heading');

/**
 * The first and last whole years shown, the lowest ceiling and the fewest
 * admitted in a whole year, how often admissions fell short, and the partial
 * year if it is shown.
 */
export function admissionsSummary(years: readonly FiscalYear[]): string {
  const whole = wholeYears(years);
  const sentences: string[] = [];
  const first = whole[0];
  const last = whole[whole.length - 1];
  if (first && last && first !== last) {
    sentences.push(
      msg('refugee.sumEnds', {
        first: integer(first.year),
        firstCeiling: integer(first.ceiling, true),
        firstAdmitted: integer(first.admitted, true),
        last: integer(last.year),
        lastCeiling: integer(last.ceiling, true),
        lastAdmitted: integer(last.admitted, true),
      }),
    );
  } else if (first) {
    sentences.push(msg('refugee.sumOne', { year: integer(first.year), ceiling: integer(first.ceiling, true), admitted: integer(first.admitted, true) }));
  }
  const low = lowest(whole, (y) => y.ceiling);
  const fewest = lowest(whole, (y) => y.admitted);
  if (low && fewest && whole.length > 1) {
    sentences.push(msg('refugee.sumLows', { ceiling: integer(low.ceiling, true), ceilingYear: integer(low.year), admitted: integer(fewest.admitted, true), admittedYear: integer(fewest.year) }));
  }
  if (whole.length > 1) sentences.push(msg('refugee.sumShort', { count: whole.filter((y) => y.difference < 0).length, years: integer(whole.length) }));
  for (const p of years.filter((y) => y.partial)) {
    sentences.push(msg('refugee.sumPartial', { year: integer(p.year), admitted: integer(p.admitted, true), ceiling: integer(p.ceiling, true) }));
  }
  return sentences.join(' ');
}


/** "October 2024" (as the source writes it) in the reader's language; the English unchanged if unreadable. */
function monthText(english: string, lang = currentLanguage()): string {
  const m = /^([A-Z][a-z]+) (\d{4})$/.exec(english.trim());
  const index = m ? ENGLISH_MONTHS.indexOf(m[1]!) : -1;
  if (!m || index < 0) return english;
  return formatCalendarDate(Number(m[2]), index + 1, 1, MONTH_YEAR, lang);
}

/**
 * The months a partial year covers, read from the data's caveat
 * ("… cover the first quarter (October 2024 - December 2024) …"); null if the caveat no longer says.
 */
export function partialMonths(data: RefugeeAdmissions): { from: string; to: string } | null {
  for (const caveat of data.meta.caveats) {
    const m = /partial.*\((\w+ \d{4}) - (\w+ \d{4})\)/.exec(caveat);
    if (m) return { from: m[1]!, to: m[2]! };
  }
  return null;
}

/** The notes under the credit: what the ceiling is, the partial year, final ceilings, who is counted, which count. */
export function admissionsNotes(data: RefugeeAdmissions): string[] {
  const notes = [msg('refugee.noteCeiling')];
  const months = partialMonths(data);
  for (const year of data.partial) {
    if (months) notes.push(msg('refugee.notePartial', { year: integer(year), from: monthText(months.from), to: monthText(months.to) }));
  }
  if (data.meta.caveats.some((c) => /final ceiling/.test(c))) notes.push(msg('refugee.noteFinal'));
  for (const caveat of data.meta.caveats) {
    const m = /Amerasian immigrants except from FY(\d{4}) to FY(\d{4})/.exec(caveat);
    if (m) notes.push(msg('refugee.noteAmerasian', { from: integer(Number(m[1])), to: integer(Number(m[2])) }));
  }
  if (data.meta.caveats.some((c) => /Yearbook of Immigration Statistics/.test(c))) notes.push(msg('refugee.noteWraps'));
  return notes;
}
