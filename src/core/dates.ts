// Dates in the reader's language through Intl.DateTimeFormat, one formatter
// per language and pattern. For US English the same strings are written from
// a month table: the first Intl formatter on a page starts ICU, 15-20 ms of a
// chart's first render; a test checks every month and pattern against Intl.

/** Which parts of a date are written: Intl.DateTimeFormat options (the patterns below). */
export interface DateParts {
  day?: 'numeric';
  month: 'long' | 'short';
  year?: 'numeric';
}

/** "June 19, 2018" */
export const DAY_MONTH_YEAR: DateParts = { day: 'numeric', month: 'long', year: 'numeric' };
/** "June 2018" */
export const MONTH_YEAR: DateParts = { month: 'long', year: 'numeric' };
/** "June 19" */
export const DAY_MONTH: DateParts = { day: 'numeric', month: 'long' };
/** "Jun 2018" */
export const SHORT_MONTH_YEAR: DateParts = { month: 'short', year: 'numeric' };
/** "Jun" */
export const SHORT_MONTH: DateParts = { month: 'short' };

/** The months' English names, January first. */
export const ENGLISH_MONTHS = 'January February March April May June July August September October November December'.split(' ');
/** US English's patterns of the parts above: "June 19, 2018", "Jun 2018", "June 19"… */
function english({ day, month: width, year }: DateParts, date: Date): string {
  const month = ENGLISH_MONTHS[date.getUTCMonth()]!;
  return `${width === 'long' ? month : month.slice(0, 3)}${day ? ` ${date.getUTCDate()}${year ? ',' : ''}` : ''}${year ? ` ${date.getUTCFullYear()}` : ''}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date (month 1–12; out-of-range days and months roll over as in
 * Date.UTC) in `lang`, with the given parts, read in UTC so no time zone moves the day.
 */
export function formatCalendarDate(year: number, month: number, day: number, parts: DateParts, lang: string): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  // US English only (not en-GB: "19 June 2018", "Sept"); years of four digits, as every dataset's.
  if ((lang === 'en' || lang === 'en-US') && year > 999 && year < 1e4) return english(parts, date);
  const key = lang + JSON.stringify(parts);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(lang, { ...parts, timeZone: 'UTC' })));
  return format.format(date);
}
