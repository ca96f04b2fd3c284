// The chart's words: technology and supplier names, the heading, a country's
// accessible name and tooltip lines, the summary and the notes. Pure
// functions of the rows and the reader's language.
import { formatList, messages } from '../../core/i18n.js';
import type { AigsTechnology } from '../../data/surveillance-exports.js';
import { notCoded, REGIME_NAMES } from '../../democracy/regimes.js';
import type { SupplyClass, Supplier, SurveillanceCounts, SurveillanceRow, TechnologyId } from './model.js';
import { TECHNOLOGY_OF } from './model.js';

const msg = messages({
  'surv.tech.safeCity': 'Safe city',
  'surv.tech.facialRecognition': 'Facial recognition',
  'surv.tech.smartPolicing': 'Smart policing',
  'surv.tech.socialMedia': 'Social-media surveillance',
  'surv.techAny': 'Any technology',
  'surv.supplierAny': 'Any supplier',
  'surv.supplierChina': 'Chinese companies',
  'surv.supplierUs': 'U.S. companies',
  'surv.class.both': 'Chinese and U.S. companies',
  'surv.class.china': 'Chinese companies, not U.S.',
  'surv.class.us': 'U.S. companies, not Chinese',
  'surv.class.other': 'Neither: other suppliers',
  'surv.class.unlisted': 'Not in the index',
  'surv.class.muted': 'In the index, not this choice',
  'surv.heading.any.any': 'Governments using AI surveillance, and whose companies supply it',
  'surv.heading.any.tech': 'Governments using {technology}, and whose companies supply it',
  'surv.heading.china.any': 'Governments using AI surveillance from Chinese companies',
  'surv.heading.china.tech': 'Governments using {technology} from Chinese companies',
  'surv.heading.us.any': 'Governments using AI surveillance from U.S. companies',
  'surv.heading.us.tech': 'Governments using {technology} from U.S. companies',
  'surv.edition': 'AI Global Surveillance Index, 2022 update (AIGS 2022), not the 2019 index.',
  'surv.technologies': 'Technologies',
  'surv.suppliers': 'Suppliers',
  'surv.companies': 'Companies named',
  'surv.regime': 'Regime type (V-Dem, {year})',
  'surv.ownFirms': 'its own firms',
  'surv.mult': 'multiple suppliers',
  'surv.none': 'none named',
  'surv.unlisted': 'Not in the index: no AI surveillance documented (which does not mean none is used)',
  'surv.notChosen': 'In the index, but not with this choice of supplier and technology',
  'surv.label': '{name}: {details}',
  'surv.summary.lead': {
    one: 'The AI Global Surveillance Index (2022 update) documents AI surveillance by the governments of # country.',
    other: 'The AI Global Surveillance Index (2022 update) documents AI surveillance by the governments of # countries.',
  },
  'surv.summary.suppliers': 'Chinese companies supply {china} of them, {chinaAut} of which are autocracies in V-Dem’s Regimes of the World ({year}); U.S. companies supply {us}, {usAut} of which are autocracies.',
  'surv.summary.choice': {
    one: '# country matches this choice: {technology}, {supplier}.',
    other: '# countries match this choice: {technology}, {supplier}.',
  },
  'surv.summary.autocracies': {
    one: 'Sales to autocracies: of the {total} governments shown, # is an autocracy.',
    other: 'Sales to autocracies: of the {total} governments shown, # are autocracies.',
  },
  'surv.summary.notCoded': { one: 'V-Dem does not code # of them.', other: 'V-Dem does not code # of them.' },
  'surv.note.regime': 'Regime types are V-Dem’s Regimes of the World for {year}; autocracies are closed and electoral autocracies.',
});

/** The data's caveats (data/aigs-2022.json), word for word, so that they can be said in the reader's language. */
const caveatMsg = messages({
  'surv.caveat.edition': "This is the 2022 update of the index, not the September 2019 index: the 2022 update covers more countries and adds social-media surveillance, so its counts differ from the 2019 figures.",
  'surv.caveat.listed': "A country is listed when the author documented use of at least one of the technologies; a country not listed may still use them.",
  'surv.caveat.companies': "Companies are the main suppliers the author recorded, not a complete list; \"Mult\" means multiple suppliers. Where a country buys from its own firms, its own name appears among the supplier countries.",
  'surv.caveat.supply': "The index records whether Chinese or U.S. technology is used, and other supplier countries by name; it does not give each company's home country.",
  'surv.caveat.fixes': "Two garbled country names in the original workbook (a find-and-replace slip) and a few misspelt company names were corrected.",
});

const CAVEAT_KEYS = ['surv.caveat.edition', 'surv.caveat.listed', 'surv.caveat.companies', 'surv.caveat.supply', 'surv.caveat.fixes'] as const;

/** The data's caveats in the reader's language: each one the chart has as a message, else as the data says it. */
export function caveatLines(caveats: readonly string[]): string[] {
  return caveats.map((caveat) => {
    const key = CAVEAT_KEYS.find((k) => caveatMsg(k, undefined, 'en') === caveat);
    return key ? caveatMsg(key) : caveat;
  });
}

export const technologyName = (t: AigsTechnology): string => msg(`surv.tech.${t}`);

export const technologyLabel = (id: TechnologyId): string => (id === 'any' ? msg('surv.techAny') : technologyName(TECHNOLOGY_OF[id]));

export const supplierLabel = (id: Supplier): string => msg(id === 'any' ? 'surv.supplierAny' : id === 'china' ? 'surv.supplierChina' : 'surv.supplierUs');

export const classLabel = (c: SupplyClass | 'unlisted' | 'muted'): string => msg(`surv.class.${c}`);

/** The visible line naming the edition: the 2022 update, not the 2019 index. */
export const editionNote = (): string => msg('surv.edition');

export function defaultHeading(supplier: Supplier, technology: TechnologyId): string {
  return technology === 'any'
    ? msg(`surv.heading.${supplier}.any`)
    : msg(`surv.heading.${supplier}.tech`, { technology: technologyLabel(technology).toLocaleLowerCase() });
}

export const regimeHeading = (year: number): string => msg('surv.regime', { year });
export const columnWords = (): { technologies: string; suppliers: string; companies: string } => ({
  technologies: msg('surv.technologies'),
  suppliers: msg('surv.suppliers'),
  companies: msg('surv.companies'),
});

export const regimeName = (regime: number | null, lang: string): string => (regime === null ? notCoded(lang) : REGIME_NAMES[regime]!);

/** Supplier words for a row: Chinese and U.S. companies, then the other supplier countries by name (its own firms for the country itself). */
export function supplierList(row: SurveillanceRow, name: (code: string) => string, lang: string): string {
  const parts: string[] = [];
  if (row.china) parts.push(msg('surv.supplierChina'));
  if (row.us) parts.push(msg('surv.supplierUs'));
  for (const code of row.otherSuppliers) parts.push(code === row.code ? msg('surv.ownFirms') : name(code));
  return formatList(parts, lang);
}

/** Companies as named ("Mult" spelled out). */
export function companyList(row: SurveillanceRow, lang: string): string {
  if (!row.companies.length) return msg('surv.none');
  return formatList(
    row.companies.map((c) => (c === 'Mult' ? msg('surv.mult') : c)),
    lang,
  );
}

export interface Line {
  label: string;
  value: string;
}

/** Tooltip lines of a listed country. */
export function rowLines(row: SurveillanceRow, name: (code: string) => string, lang: string, regimeYear: number): Line[] {
  return [
    { label: msg('surv.technologies'), value: formatList(row.technologies.map(technologyName), lang) },
    { label: msg('surv.suppliers'), value: supplierList(row, name, lang) },
    { label: msg('surv.companies'), value: companyList(row, lang) },
    { label: regimeHeading(regimeYear), value: regimeName(row.regime, lang) },
  ];
}

/** Why a country has no lines: not in the index, or not matching the reader's choice. */
export const absentLine = (listed: boolean): string => msg(listed ? 'surv.notChosen' : 'surv.unlisted');

/** A country's accessible name: its name and its lines (or why it has none). */
export function countryLabel(name: string, lines: Line[] | string): string {
  const details = typeof lines === 'string' ? lines : lines.map((l) => `${l.label}: ${l.value}`).join('; ');
  return msg('surv.label', { name, details });
}

/** The generated summary: the index's size, its Chinese and U.S. supply and how many of those buyers are autocracies, the choice, and the autocracies among the governments shown. */
export function surveillanceSummary(input: { all: SurveillanceCounts; china: SurveillanceCounts; us: SurveillanceCounts; chosen: SurveillanceCounts; supplier: Supplier; technology: TechnologyId; regimeYear: number }): string {
  const { all, china, us, chosen, supplier, technology, regimeYear } = input;
  const parts = [
    msg('surv.summary.lead', { count: all.countries }),
    msg('surv.summary.suppliers', { china: china.countries, chinaAut: china.autocracies, us: us.countries, usAut: us.autocracies, year: regimeYear }),
  ];
  if (supplier !== 'any' || technology !== 'any') {
    parts.push(msg('surv.summary.choice', { count: chosen.countries, technology: technologyLabel(technology), supplier: supplierLabel(supplier) }));
  }
  parts.push(msg('surv.summary.autocracies', { count: chosen.autocracies, total: chosen.countries }));
  const uncoded = chosen.countries - chosen.autocracies - chosen.democracies;
  if (uncoded) parts.push(msg('surv.summary.notCoded', { count: uncoded }));
  return parts.join(' ');
}

/** Notes under Details beside the data's caveats: which regimes count as autocracies. */
export function surveillanceNotes(regimeYear: number): string[] {
  return [msg('surv.note.regime', { year: regimeYear })];
}
