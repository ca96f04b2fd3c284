// Words for readers: the cursor's readout and the generated summary. Pure.
import type { RegimeShareData, RegimeShareVersion } from '../../data/regime-share.js';
import type { Measure, ShareRow } from './share-data.js';

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
        ? `${row.counts[k]} (${formatPercent(row.shares[k]!, words.lang)})`
        : formatPercent(row.shares[k]!, words.lang),
  }));
  lines.push({
    label: measure === 'countries' ? 'All autocracies' : 'People in autocracies',
    value:
      measure === 'countries'
        ? `${row.counts[0] + row.counts[1]} (${formatPercent(row.autocracyShare, words.lang)})`
        : formatPercent(row.autocracyShare, words.lang),
  });
  return lines;
}

export function cursorText(row: ShareRow, measure: Measure, words: ShareWording): string {
  return `${row.year} (${tagOf(words)}): ${cursorLines(row, measure, words)
    .map((l) => `${l.label} ${l.value}`)
    .join('; ')}`;
}

/** Two or three sentences: where the range starts and ends, and when autocracies passed half. */
export function shareSummary(rows: ShareRow[], crossings: number[], measure: Measure, words: ShareWording): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return '';
  const of = measure === 'population' ? "of the world's people" : 'of countries';
  const live = measure === 'population' ? 'lived in autocracies' : 'were autocracies';
  const sentences = [
    `According to ${words.edition}, ${formatPercent(last.autocracyShare, words.lang)} ${of} ${live} in ${last.year}, against ${formatPercent(first.autocracyShare, words.lang)} in ${first.year}.`,
  ];
  const autocracies = last.counts[0] + last.counts[1];
  const democracies = last.counts[2] + last.counts[3];
  sentences.push(`In ${last.year} there were ${autocracies} autocracies and ${democracies} democracies (${tagOf(words)}).`);
  if (crossings.length) {
    sentences.push(
      `Autocracies passed half ${of} in ${crossings.join(' and ')}.`,
    );
  } else {
    sentences.push(`Autocracies did not pass half ${of} within these years.`);
  }
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
    `Edition: ${words.edition}, ${first}–${last}. Editions differ because V-Dem re-codes every past year with each release, so compare figures only within one edition.`,
    `Population coverage: the shares count ${low === high ? low : `${low}–${high}`} of the world's people (units V-Dem codes that have a World Bank population; ${Object.keys(version.withoutPopulation).length} coded units have none).`,
  ];
  // Population shares only: how the people of successor states and of East Germany are counted.
  if (measure === 'population') lines.push(...data.meta.caveats.slice(5, 7));
  const dr2020 = data.meta.caveats.find((c) => c.includes('"First time since 2001"'));
  // Both editions: the headline claim is about the number of countries.
  if (dr2020) lines.push(dr2020);
  return lines;
}
