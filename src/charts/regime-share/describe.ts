// Words for readers: the cursor's readout and the generated summary. Pure.
import type { RegimeShareData, RegimeShareVersion } from '../../data/regime-share.js';
import type { Measure, ShareRow } from './share-data.js';
import { currentLanguage, formatInteger, formatList, messages } from '../../core/i18n.js';

const msg = messages({
  'share.allAut': 'All autocracies',
  'share.peopleAut': 'People in autocracies',
  'share.cursor': '{year} ({tag}): {lines}',
  'share.sep': '; ',
  'share.sumPeople': 'According to {edition}, {last} of the world\'s people lived in autocracies in {lastYear}, against {first} in {firstYear}.',
  'share.sumCountries': 'According to {edition}, {last} of countries were autocracies in {lastYear}, against {first} in {firstYear}.',
  'share.sumCounts': 'In {year} there were {autocracies} and {democracies} ({tag}).',
  'share.autocracies': { one: '# autocracy', other: '# autocracies' },
  'share.democracies': { one: '# democracy', other: '# democracies' },
  'share.passedPeople': 'Autocracies passed half of the world\'s people in {years}.',
  'share.passedCountries': 'Autocracies passed half of countries in {years}.',
  'share.notPassedPeople': 'Autocracies did not pass half of the world\'s people within these years.',
  'share.notPassedCountries': 'Autocracies did not pass half of countries within these years.',
  'share.editionNote':
    'Edition: {edition}, {span}. Editions differ because V-Dem re-codes every past year with each release, so compare figures only within one edition.',
  'share.coverageNote': {
    one: 'Population coverage: the shares count {range} of the world\'s people (units V-Dem codes that have a World Bank population; # coded unit has none).',
    other: 'Population coverage: the shares count {range} of the world\'s people (units V-Dem codes that have a World Bank population; # coded units have none).',
  },
  // The data file's caveats (regime-share.json meta.caveats 5, 6 and 3), in the reader's language.
  'share.successors':
    'Before independence, people of the Soviet republics, Bangladesh (to 1970), Slovakia (to 1992), the Yugoslav republics and South Sudan are counted under the state V-Dem coded them in (the Soviet Union, Pakistan, Czechoslovakia, Yugoslavia, Sudan).',
  'share.borders':
    "Population figures follow today's borders and none exist for East Germany, South Yemen or South Vietnam: their people are counted under West Germany, North Yemen and North Vietnam, so before 1991 the share in autocracies is slightly understated (East Germans are counted under a democracy).",
  'share.dr2020': '"First time since 2001" in Democracy Report 2020 refers to the number of countries, not to population.',
});

/** "All autocracies" or "People in autocracies": the sum the chart is about, by measure. */
export const autocraciesLabel = (measure: Measure): string => msg(measure === 'countries' ? 'share.allAut' : 'share.peopleAut');

/** A count or a year in the language's digits. */
export const integer = (value: number): string => formatInteger(value, currentLanguage());

export interface ShareWording {
  lang: string;
  regimes: string[];
  /** The edition in sentences, e.g. "V-Dem v15 (2025)". */
  edition: string;
  /** The edition beside a figure, e.g. "V-Dem v15" (default: `edition`). */
  tag?: string;
}

const tagOf = (words: ShareWording): string => words.tag ?? words.edition;

const percentFormats = new Map<string, Intl.NumberFormat>();

/** A share as a percentage with one decimal, the precision Democracy Report 2020 uses. */
export function formatPercent(share: number, lang: string): string {
  let format = percentFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    percentFormats.set(lang, format);
  }
  return format.format(share);
}

/** What the year cursor shows: all four categories, top (liberal democracy) first, as the stack reads. */
export function cursorLines(row: ShareRow, measure: Measure, words: ShareWording): { label: string; value: string }[] {
  const lines = [3, 2, 1, 0].map((k) => ({
    label: words.regimes[k]!,
    value:
      measure === 'countries'
        ? `${integer(row.counts[k])} (${formatPercent(row.shares[k]!, words.lang)})`
        : formatPercent(row.shares[k]!, words.lang),
  }));
  lines.push({
    label: autocraciesLabel(measure),
    value:
      measure === 'countries'
        ? `${integer(row.counts[0] + row.counts[1])} (${formatPercent(row.autocracyShare, words.lang)})`
        : formatPercent(row.autocracyShare, words.lang),
  });
  return lines;
}

export function cursorText(row: ShareRow, measure: Measure, words: ShareWording): string {
  const lines = cursorLines(row, measure, words).map((l) => `${l.label} ${l.value}`);
  return msg('share.cursor', { year: row.year, tag: tagOf(words), lines: lines.join(msg('share.sep')) });
}

/** Two or three sentences: where the range starts and ends, and when autocracies passed half. */
export function shareSummary(rows: ShareRow[], crossings: number[], measure: Measure, words: ShareWording): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return '';
  const people = measure === 'population';
  const sentences = [
    msg(people ? 'share.sumPeople' : 'share.sumCountries', {
      edition: words.edition,
      last: formatPercent(last.autocracyShare, words.lang),
      lastYear: last.year,
      first: formatPercent(first.autocracyShare, words.lang),
      firstYear: first.year,
    }),
    msg('share.sumCounts', {
      year: last.year,
      autocracies: msg('share.autocracies', { count: last.counts[0] + last.counts[1] }),
      democracies: msg('share.democracies', { count: last.counts[2] + last.counts[3] }),
      tag: tagOf(words),
    }),
    crossings.length
      ? msg(people ? 'share.passedPeople' : 'share.passedCountries', { years: formatList(crossings.map(integer)) })
      : msg(people ? 'share.notPassedPeople' : 'share.notPassedCountries'),
  ];
  return sentences.join(' ');
}

/**
 * The notes under the credit: the edition and why editions differ, how much
 * of the world's population the shares cover, how people of states that did
 * not exist yet are counted, and Democracy Report 2020's headline.
 */
export function shareCaveats(data: RegimeShareData, version: RegimeShareVersion, rows: ShareRow[], measure: Measure, words: ShareWording): string[] {
  const first = rows[0]?.year;
  const last = rows[rows.length - 1]?.year;
  const coverage = rows.map((r) => r.coverage);
  const low = formatPercent(Math.min(...coverage), words.lang);
  const high = formatPercent(Math.max(...coverage), words.lang);
  const lines = [
    msg('share.editionNote', { edition: words.edition, span: first === undefined || last === undefined ? '' : `${integer(first)}–${integer(last)}` }),
    msg('share.coverageNote', { range: low === high ? low : `${low}–${high}`, count: Object.keys(version.withoutPopulation).length }),
  ];
  // Population shares only: how the people of successor states and of East Germany are counted.
  if (measure === 'population') lines.push(msg('share.successors'), msg('share.borders'));
  // Both editions: the headline claim is about the number of countries.
  if (data.meta.caveats.some((c) => c.includes('"First time since 2001"'))) lines.push(msg('share.dr2020'));
  return lines;
}
