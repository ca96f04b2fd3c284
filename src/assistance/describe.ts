import { formatIndex } from '../core/format.js';
import { currentLanguage, messages } from '../core/i18n.js';
import { formatLong, formatShare, ordinal, rightToLeftWords } from './amounts.js';
import type { MeasureSource } from './measures.js';
import { isSingleYear, periodLabel, yearsOf, type Period } from './period.js';
import type { Ranking, Recipient } from './ranking.js';
import { INDEX_SHORT, indexIn, regimeIn, type Democracy, type IndexId } from './regimes.js';
import { notCoded, REGIME_NAMES } from '../democracy/regimes.js';

const msg = messages({
  'aid.nr': 'not reported',
  'aid.none': 'none recorded',
  'aid.donor': 'donor (the United States gives this assistance)',
  'aid.noData': 'no data',
  'aid.missing': { other: '# of {years} years not reported (left out of the total)' },
  'aid.regYear': 'Regime {year}',
  'aid.idxYear': '{index} {year}',
  'aid.amtWhen': '{measure}, {when}',
  'aid.avgRep': 'Average per reported year',
  'aid.avg': 'Average per year',
  'aid.nrLabel': 'Not reported',
  'aid.rank': 'Rank',
  'aid.fact': '{label} {value}',
  'aid.sep': '; ',
  'aid.facts': '{name}: {facts}',
  'aid.s.none': 'No recipient has {measure} recorded for {when}.',
  'aid.s.total': {
    one: '{measure}, {when}: {total} to # country.',
    other: '{measure}, {when}: {total} to # countries.',
  },
  'aid.s.aut': '{share} went to autocracies (closed or electoral, V-Dem Regimes of the World in the year received).',
  'aid.s.autNc':
    '{share} went to autocracies (closed or electoral, V-Dem Regimes of the World in the year received), {notCoded} to countries V-Dem does not code.',
  'aid.s.top': 'The largest recipient shown is {name} ({regime}), with {amount}.',
  'aid.s.nr': {
    one: '# recipient has no value reported for {when}: shown as not reported and left out of the ranking (not counted as $0).',
    other: '# recipients have no value reported for {when}: shown as not reported and left out of the ranking (not counted as $0).',
  },
  'aid.s.partial': {
    one: 'The total of # recipient leaves out years not reported.',
    other: 'The totals of # recipients leave out years not reported.',
  },
});

export interface Words {
  lang: string;
  name: (code: string) => string;
}

export interface Line {
  label: string;
  value: string;
}

/** What a chart shows for a recipient-year without a value: "not reported" where gaps are not zeros (military aid). */
export const notReported = (): string => msg('aid.nr');
/** The country giving the assistance every chart shows. */
export const DONOR = 'USA';
/** "No data", for a democracy index or population a recipient has none of. */
export const noData = (): string => msg('aid.noData');

/**
 * Words drawn in a plot: the SVG lays out left to right whatever the language,
 * so in a right-to-left language the text is isolated as right to left
 * (U+2067 … U+2069), or its words, numbers and Latin units ("TIV", "US$")
 * would be laid out in the wrong order.
 */
export function plotText(text: string, lang = currentLanguage()): string {
  return rightToLeftWords(lang) ? `\u2067${text}\u2069` : text;
}

/** The regime's name, or V-Dem's "not coded". */
export const regimeName = (regime: number | null): string => (regime === null ? notCoded() : REGIME_NAMES[regime]!);

/** A name as a sentence continues it: "closed autocracy" (the first letter only: "not coded by V-Dem"). */
const inSentence = (text: string, lang: string): string => text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);

/** The last label made: every recipient's lines of a year change name the same period. */
let lastWhen: { source?: MeasureSource; from: number; to: number; lang: string; label: string } = { from: NaN, to: NaN, lang: '', label: '' };

/** "FY2024 (provisional)", "FY2002–FY2013": the period as a measure writes it, in the language of the update. */
export function whenLabel(source: MeasureSource, period: Period): string {
  const lang = currentLanguage();
  if (lastWhen.source !== source || lastWhen.from !== period.from || lastWhen.to !== period.to || lastWhen.lang !== lang) {
    lastWhen = { source, from: period.from, to: period.to, lang, label: periodLabel(period, source) };
  }
  return lastWhen.label;
}

/** "3 of 14 years not reported (left out of the total)", or '' when every year has a value. */
export function missingNote(period: Period, r: Recipient): string {
  return r.missing ? msg('aid.missing', { count: r.missing, years: yearsOf(period).length }) : '';
}

const regimeLine = (regime: number | null, year: number): Line => ({ label: msg('aid.regYear', { year }), value: regimeName(regime) });
/** "EDI 2019": the index's short name and year, as a label or column head. */
export const indexYear = (index: IndexId, year: number): string => msg('aid.idxYear', { index: INDEX_SHORT[index], year });

const indexLine = (value: number | null, index: IndexId, year: number, lang: string): Line => ({
  label: indexYear(index, year),
  value: value === null ? noData() : formatIndex(value, lang),
});

/** Tooltip and table facts for one recipient. */
export function recipientLines(source: MeasureSource, period: Period, r: Recipient, index: IndexId, words: Words): Line[] {
  const when = whenLabel(source, period);
  const lines: Line[] = [{ label: msg('aid.amtWhen', { measure: source.label, when }), value: formatLong(source.unit, r.total, words.lang) }];
  if (!isSingleYear(period)) {
    lines.push({ label: msg(r.missing ? 'aid.avgRep' : 'aid.avg'), value: formatLong(source.unit, r.perYear, words.lang) });
    if (r.missing) lines.push({ label: msg('aid.nrLabel'), value: missingNote(period, r) });
  }
  lines.push({ label: msg('aid.rank'), value: ordinal(r.rank, words.lang) });
  lines.push(regimeLine(r.regime, period.to), indexLine(r.index, index, period.to, words.lang));
  return lines;
}

/** Tooltip facts for a country with nothing to rank: the donor, "not reported" (a gap in military aid) or "none recorded". */
export function absentLines(source: MeasureSource, period: Period, code: string, democracy: Democracy, index: IndexId, lang: string): Line[] {
  const gap = yearsOf(period).some((year) => source.notReported(code, year));
  return [
    {
      label: msg('aid.amtWhen', { measure: source.label, when: whenLabel(source, period) }),
      value: msg(code === DONOR ? 'aid.donor' : gap ? 'aid.nr' : 'aid.none'),
    },
    regimeLine(regimeIn(democracy, code, period.to), period.to),
    indexLine(indexIn(democracy, index, code, period.to), index, period.to, lang),
  ];
}

export const linesLabel = (name: string, lines: Line[]): string =>
  msg('aid.facts', { name, facts: lines.map((l) => msg('aid.fact', { label: l.label, value: l.value })).join(msg('aid.sep')) });

export function recipientLabel(source: MeasureSource, period: Period, r: Recipient, index: IndexId, words: Words): string {
  return linesLabel(words.name(r.code), recipientLines(source, period, r, index, words));
}

/** The generated summary: total, top recipient, the share going to autocracies, and what is not reported. */
export function rankingSummary(source: MeasureSource, period: Period, ranking: Ranking, words: Words): string {
  const when = whenLabel(source, period);
  const lang = words.lang;
  const gaps = gapSentence(source, period, ranking);
  if (!ranking.recipients) {
    const none = msg('aid.s.none', { measure: inSentence(source.label, lang), when });
    return gaps ? `${none} ${gaps}` : none;
  }
  const top = ranking.rows[0];
  const share = formatShare(ranking.share.autocracy, lang);
  const parts = [
    msg('aid.s.total', { measure: source.label, when, total: formatLong(source.unit, ranking.total, lang), count: ranking.recipients }),
    ranking.share.notCoded >= 0.005
      ? msg('aid.s.autNc', { share, notCoded: formatShare(ranking.share.notCoded, lang) })
      : msg('aid.s.aut', { share }),
  ];
  if (top) {
    parts.push(msg('aid.s.top', { name: words.name(top.code), regime: inSentence(regimeName(top.regime), lang), amount: formatLong(source.unit, top.total, lang) }));
  }
  if (gaps) parts.push(gaps);
  return parts.join(' ');
}

/** For a measure with gaps: how many recipients are not reported, and that sums leave those years out. */
function gapSentence(source: MeasureSource, period: Period, ranking: Ranking): string {
  if (!source.gaps) return '';
  const parts: string[] = [];
  const n = ranking.notReported.length;
  if (n) parts.push(msg('aid.s.nr', { count: n, when: whenLabel(source, period) }));
  const p = ranking.partial;
  if (p) parts.push(msg('aid.s.partial', { count: p }));
  return parts.join(' ');
}
