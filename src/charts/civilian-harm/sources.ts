import type { TemplateResult } from 'lit';
import { renderFooter } from '../../core/chrome.js';
import { formatCount } from '../../core/format.js';
import type { CivcasTable, TbijYearly, UcdpConflictDeaths } from '../../data/civilian-harm.js';
import type { HarmData } from './data.js';
import type { SourceMeta } from '../../data/types.js';
import { partialSentence } from '../../harm/wording.js';
import { totalOf } from './annual.js';
import type { AnnualTableInput } from './tables.js';
import type { ComparisonGroup } from './comparison.js';
import { totalSentence } from './describe.js';

/** One sentence per country's totals, then what the ranges are and which year is partial. */
export function annualSummary({ series, measure, from, to, years, name, lang }: AnnualTableInput): string {
  const sentences = series
    .map((cells) => totalOf(cells, measure))
    .filter((t) => t !== null)
    .map((t) => totalSentence(t!, name(t!.code), measure, lang));
  const partial = partialSentence(from, to, years, lang);
  return `${sentences.join(' ')} Ranges are TBIJ's reported minimum and maximum, not verified counts.${partial ? ` ${partial}` : ''}`;
}

/** Credit and the caveats that change how the annual numbers read: ranges, records vs strikes, coverage end, UCDP scope. */
export function annualFooter(yearly: TbijYearly, ucdp: UcdpConflictDeaths | undefined): TemplateResult {
  const sources: SourceMeta[] = ucdp ? [yearly.meta, ucdp.meta] : [yearly.meta];
  const caveats = [yearly.meta.caveats[0], yearly.meta.caveats[1], ...yearly.meta.caveats.slice(-1)];
  if (ucdp) caveats.push(ucdp.meta.caveats[0]);
  return renderFooter(sources, [...new Set(caveats.filter((c): c is string => !!c))]);
}

/** Credit, the hand-transcription mark, scope and revision caveats, and records vs strikes. */
export function comparisonFooter(civcas: CivcasTable, groups: ComparisonGroup[], lang: string): TemplateResult {
  const flagged = groups.flatMap((g) => g.entries).filter((e) => e.row.handTranscribed).length;
  const caveats = [...civcas.meta.caveats.slice(1, 3), civcas.meta.caveats[4]].filter((c): c is string => !!c);
  return renderFooter([civcas.meta], [`† ${formatCount(flagged, lang)} of the rows shown are hand-transcribed from government releases and press reports.`, ...caveats]);
}

/** The footer of the view shown: empty until its data arrive. */
export function harmFooter(data: HarmData | undefined, comparison: boolean, withContext: boolean, groups: ComparisonGroup[], lang: string): TemplateResult {
  if (!data) return renderFooter([]);
  if (comparison) return data.civcas ? comparisonFooter(data.civcas, groups, lang) : renderFooter([]);
  return annualFooter(data.yearly, withContext ? data.ucdp : undefined);
}
