import type { TemplateResult } from 'lit';
import { renderFooter } from '../../core/chrome.js';
import { messages } from '../../core/i18n.js';
import type { CivcasTable, TbijYearly, UcdpConflictDeaths } from '../../data/civilian-harm.js';
import { harmMsg, partialSentence } from '../../harm/wording.js';
import type { HarmData } from './data.js';
import type { SourceMeta } from '../../data/types.js';
import { totalOf } from './annual.js';
import type { AnnualTableInput } from './tables.js';
import type { ComparisonGroup } from './comparison.js';
import { totalSentence } from './describe.js';

const msg = messages({
  'civcas.sumA': "{totals} Ranges are TBIJ's reported minimum and maximum, not verified counts.",
  'civcas.handN': { other: '† # of the rows shown are hand-transcribed from government releases and press reports.' },
  // The data files' caveats the footers show (their English as the files word it).
  'civcas.cavEnd': 'Data end in November 2018, so 2018 is incomplete; Afghanistan starts in 2015.',
  'civcas.cavUcdp': 'All three UCDP violence types together (state-based, non-state, one-sided), civilians and combatants, UCDP "best" estimates; not attributable to the US.',
  'civcas.cavScope': 'Scopes differ (US vs coalition, one country vs worldwide, outside vs inside areas of active hostilities); do not subtract official from independent figures.',
  'civcas.cavRev': 'Official figures are revised later (e.g. the 2021 and 2022 reports added deaths for earlier years); rows give figures as first published.',
  'civcas.cavQuote': 'TBIJ figures are reported ranges; Airwars figures are as quoted by news agencies. TBIJ records are not strikes: one record can cover several strikes.',
});

/** One sentence per country's totals, then what the ranges are and which year is partial. */
export function annualSummary({ series, measure, from, to, years, name, lang }: AnnualTableInput): string {
  const sentences = series
    .map((cells) => totalOf(cells, measure))
    .filter((t) => t !== null)
    .map((t) => totalSentence(t!, name(t!.code), measure, lang));
  const partial = partialSentence(from, to, years, lang);
  const text = msg('civcas.sumA', { totals: sentences.join(' ') }, lang);
  return partial ? `${text} ${partial}` : text;
}

/**
 * Credit and the caveats that change how the annual numbers read: ranges,
 * records vs strikes, coverage end, UCDP scope. The caveats are the data
 * files' own (the first two, the last; UCDP's first), worded in the code so
 * that each language has them.
 */
export function annualFooter(yearly: TbijYearly, ucdp: UcdpConflictDeaths | undefined): TemplateResult {
  const sources: SourceMeta[] = ucdp ? [yearly.meta, ucdp.meta] : [yearly.meta];
  const caveats = [harmMsg('harm.cavRange'), harmMsg('harm.cavRec'), msg('civcas.cavEnd')];
  if (ucdp) caveats.push(msg('civcas.cavUcdp'));
  return renderFooter(sources, caveats);
}

/** Credit, the hand-transcription mark, scope and revision caveats, and records vs strikes (the data file's caveats 2, 3 and 5). */
export function comparisonFooter(civcas: CivcasTable, groups: ComparisonGroup[], lang: string): TemplateResult {
  const flagged = groups.flatMap((g) => g.entries).filter((e) => e.row.handTranscribed).length;
  return renderFooter([civcas.meta], [msg('civcas.handN', { count: flagged }, lang), msg('civcas.cavScope'), msg('civcas.cavRev'), msg('civcas.cavQuote')]);
}

/** The footer of the view shown: empty until its data arrive. */
export function harmFooter(data: HarmData | undefined, comparison: boolean, withContext: boolean, groups: ComparisonGroup[], lang: string): TemplateResult {
  if (!data) return renderFooter([]);
  if (comparison) return data.civcas ? comparisonFooter(data.civcas, groups, lang) : renderFooter([]);
  return annualFooter(data.yearly, withContext ? data.ucdp : undefined);
}
