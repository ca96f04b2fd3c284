// The words readers get: measure names, values (totals and rates), a state's
// line, the summary, the notes beside the map and under the credit. Pure.
import type { Leso1033 } from '../../data/police-equipment.js';
import { currentLanguage, formatInteger, formatList, messages } from '../../core/i18n.js';
import { nationalValue, unrankedTerritories, type Measure, type Per, type StateRow } from './equipment.js';

const msg = messages({
  'police.m.value': 'Value of equipment',
  'police.m.controlled': 'Controlled military items',
  'police.m.rifles': 'Rifles',
  'police.m.mraps': 'Mine-resistant vehicles (MRAPs)',
  'police.m.aircraft': 'Aircraft',
  'police.per.total': 'Total',
  'police.per.100k': 'Per 100,000 residents',
  'police.h.total': '{measure} from the Pentagon held by U.S. police, March 2020',
  'police.h.100k': '{measure} from the Pentagon held by U.S. police per 100,000 residents, March 2020',
  'police.usd': '${amount}',
  'police.n.controlled': { one: '# controlled item', other: '# controlled items' },
  'police.n.rifles': { one: '# rifle', other: '# rifles' },
  'police.n.mraps': { one: '# MRAP', other: '# MRAPs' },
  'police.n.aircraft': { one: '# aircraft', other: '# aircraft' },
  'police.r.value': '{n} per 100,000 residents',
  'police.r.controlled': '{n} controlled items per 100,000 residents',
  'police.r.rifles': '{n} rifles per 100,000 residents',
  'police.r.mraps': '{n} MRAPs per 100,000 residents',
  'police.r.aircraft': '{n} aircraft per 100,000 residents',
  'police.stateLine': '{name}: {value}; {rank} of {count}',
  'police.territoryLine': '{name}: {value}; a territory, not ranked per 100,000 residents',
  'police.noneLine': '{name}: no entries in the list (no data, not zero)',
  'police.sumAll': 'On 31 March 2020, U.S. state and local law enforcement held {value} from the Pentagon’s 1033 program.',
  'police.sumTop': 'Most: {list}.',
  'police.sumZero': { one: '# state or territory in the list held none.', other: '# states and territories in the list held none.' },
  'police.sumItem': '{name} ({value})',
  'police.noteHoldings': 'Holdings on hand on 31 March 2020, not yearly transfers: items returned, sold or destroyed before then are not counted.',
  'police.noteTerritories': 'Not ranked or coloured per 100,000 residents: {names}. Their populations are small ({smallest}: {population} residents), so a few items would top the list. Their rates are in the table.',
  'police.noteOffMap': 'Not on the map: {names}; their figures are in the table.',
  'police.noteNoData': 'No entries in the list for {names}: no data, not zero.',
  'police.noteValue': 'Value is what the Defense Department originally paid (acquisition value), not what the items are worth now.',
  'police.noteControlled': 'Controlled items are military items under demilitarisation controls, such as weapons and armoured vehicles; the rest is general surplus.',
  'police.noteExcluded': 'Federal agencies and ammunition are not included. Aircraft counts whole helicopters and airplanes, not parts.',
  'police.notePopulation': 'Rates use the 2020 Census count of residents.',
  'police.noteYears': 'By ship year, earlier years look smaller partly because items shipped then were returned or disposed of before 2020.',
});

export const measureLabel = (m: Measure): string => msg(`police.m.${m}`);
export const perLabel = (p: Per): string => msg(`police.per.${p}`);
export const defaultHeading = (m: Measure, p: Per): string => msg(p === '100k' ? 'police.h.100k' : 'police.h.total', { measure: measureLabel(m) });

const compactFormats = new Map<string, Intl.NumberFormat>();
const decimalFormats = new Map<string, Intl.NumberFormat>();

function cached(map: Map<string, Intl.NumberFormat>, lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = map.get(lang);
  if (!format) map.set(lang, (format = new Intl.NumberFormat(lang, options)));
  return format;
}

/** Dollars in words: "$1.82 billion", "$546 thousand", "$690". */
export function dollars(value: number, lang = currentLanguage()): string {
  const amount = value < 1000 ? formatInteger(Math.round(value), lang, true) : cached(compactFormats, lang, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(value);
  return msg('police.usd', { amount });
}

/** Whole dollars: "$1,817,381,970" (table, exact). */
export const exactDollars = (value: number, lang = currentLanguage()): string => msg('police.usd', { amount: formatInteger(value, lang, true) });

/** A count or a rate: grouped, at most two decimals. */
export function decimal(value: number, lang = currentLanguage()): string {
  if (Number.isInteger(value)) return formatInteger(value, lang, true);
  return cached(decimalFormats, lang, { maximumFractionDigits: 2 }).format(value);
}

/** The number alone, as the list and legend print it: "$1.82 billion", "66,708", "20.04". */
export const shortValue = (m: Measure, value: number): string => (m === 'value' ? dollars(value) : decimal(value));

/** The value in words: "$1.82 billion", "66,708 rifles", "20.04 rifles per 100,000 residents". */
export function valueText(m: Measure, p: Per, value: number): string {
  if (p === '100k') return msg(`police.r.${m}`, { n: shortValue(m, value) });
  return m === 'value' ? dollars(value) : msg(`police.n.${m}`, { count: value });
}

/** A place in one line (its option's name, the tooltip, the announcement). */
export function rowLine(row: StateRow, m: Measure, p: Per, ranked: number): string {
  if (row.value === null) return msg('police.noneLine', { name: row.name });
  if (row.status === 'territory') return msg('police.territoryLine', { name: row.name, value: valueText(m, p, row.value) });
  return msg('police.stateLine', { name: row.name, value: valueText(m, p, row.value), rank: formatInteger(row.rank, currentLanguage()), count: formatInteger(ranked, currentLanguage()) });
}

/** The national figure, the top three, and how many held none. */
export function equipmentSummary(data: Leso1033, rows: readonly StateRow[], m: Measure, p: Per): string {
  const national = valueText(m, p, nationalValue(data, m, p));
  const sentences = [msg('police.sumAll', { value: national })];
  const top = rows.filter((r) => r.status === 'ranked' && r.value! > 0).slice(0, 3);
  if (top.length) sentences.push(msg('police.sumTop', { list: formatList(top.map((r) => msg('police.sumItem', { name: r.name, value: valueText(m, p, r.value!) }))) }));
  const zero = rows.filter((r) => r.status !== 'none' && r.value === 0).length;
  if (zero) sentences.push(msg('police.sumZero', { count: zero }));
  return sentences.join(' ');
}

/** The sentences that change how the numbers read, shown beside the map: holdings not flows; territories; places without entries. */
export function equipmentNotes(rows: readonly StateRow[], p: Per, drawn: ReadonlySet<string>): string[] {
  const notes = [msg('police.noteHoldings')];
  const territories = unrankedTerritories(rows);
  const smallest = territories[0];
  if (p === '100k' && smallest) {
    notes.push(msg('police.noteTerritories', { names: formatList(territories.map((r) => r.name)), smallest: smallest.name, population: formatInteger(smallest.population, currentLanguage(), true) }));
  }
  const offMap = rows.filter((r) => r.value !== null && !drawn.has(r.fips)).map((r) => r.name);
  if (offMap.length && p === 'total') notes.push(msg('police.noteOffMap', { names: formatList(offMap) }));
  const none = rows.filter((r) => r.value === null).map((r) => r.name);
  if (none.length) notes.push(msg('police.noteNoData', { names: formatList(none) }));
  return notes;
}

/** The notes under the credit: what value, controlled and aircraft mean; what is left out; the population; the ship years. */
export function footerNotes(): string[] {
  return [msg('police.noteValue'), msg('police.noteControlled'), msg('police.noteExcluded'), msg('police.notePopulation'), msg('police.noteYears')];
}

export const yearsNote = (): string => msg('police.noteYears');
