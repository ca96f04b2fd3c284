// The data a chart shows, as one table a reader can download (CSV): what each
// chart's `dataTable()` returns and what the download menu writes. Numbers stay
// numbers (unformatted, units in the column names); provenance travels in the
// header lines above the table.
//
// Whether a dataset's numbers may be passed on as a file is decided here, once
// for every chart: only datasets any publisher may pass on (public domain,
// CC BY, CC BY-SA) give a file. The component cannot know whether the page
// embedding it is commercial, so a dataset whose terms need permission for
// commercial use, or state none, is withheld with a sentence saying why and
// where to get the data (`withheldFor`, `passOn`).
import type { SourceMeta } from '../../data/types.js';
import { messages } from '../i18n.js';

const msg = messages({
  'withheld.sipri':
    'SIPRI allows its arms-transfer figures to be passed on only for non-commercial use, so this chart offers no data file of them; look them up in the SIPRI Arms Transfers Database at {url}.',
  'withheld.tbij': 'The Bureau of Investigative Journalism’s strike data come with no licence that lets us pass them on, so this chart offers no data file; the data are kept by Airwars at {url}.',
  'withheld.airwars': 'Airwars’ records of strikes in Somalia come with no licence that lets us pass them on, so this chart offers no data file; see them at {url}.',
  'withheld.freedomHouse': 'Freedom House’s terms do not clearly allow passing its ratings on, so this chart offers no data file; get them from Freedom House at {url}.',
  'withheld.mpi': 'The Migration Policy Institute’s table may need its written consent to be passed on, so this chart offers no data file; see the table at {url}.',
  'withheld.unclear': 'The terms of this chart’s data do not clearly allow passing them on, so it offers no data file.',
  'withheld.publisher': '{who} has not allowed these figures to be passed on, so this chart offers no data file.',
  'withheld.publisherAt': '{who} has not allowed these figures to be passed on, so this chart offers no data file; get the data from {url}.',
  'withheld.thePublisher': 'The publisher',
  'table.emptyCell': 'An empty cell means no data.',
});

/** One column: its name as a reader reads it, with the unit in the name where there is one ("Electoral Democracy Index (0–1)"). */
export interface DataColumn {
  name: string;
}

export type DataCell = string | number | null;

/** One dataset behind the numbers, as the file's header lines name it. */
export interface DataSource {
  title: string;
  publisher?: string;
  version?: string;
  licence: string;
  url?: string;
  citation?: string;
  /** The credit line the publisher asks for. */
  credit?: string;
}

export interface DataTable {
  /** The chart's heading as shown (title of the file). */
  title: string;
  /** One entry per dataset behind the numbers. */
  sources: DataSource[];
  /** Notes a reader needs to read the numbers right (caveats shown on the chart). */
  notes: string[];
  columns: DataColumn[];
  rows: DataCell[][];
}

/**
 * Where the data's terms do not allow passing it on, the chart offers no CSV
 * and says why (shown in the download menu in place of the CSV item).
 */
export interface DataWithheld {
  withheld: string;
}

/** What an element's `dataTable()` gives: the table, the reason it is withheld, or null before its data is drawn. */
export type DataTableResult = DataTable | DataWithheld | null;

export const isWithheld = (result: DataTableResult | undefined): result is DataWithheld =>
  !!result && typeof (result as DataWithheld).withheld === 'string';

/** The header lines' entry for a shipped dataset. */
export function sourceOf(meta: SourceMeta): DataSource {
  return {
    title: meta.title,
    publisher: meta.publisher,
    version: meta.version,
    licence: meta.licence || meta.licenceName,
    url: meta.url,
    citation: meta.citation,
    credit: meta.credit,
  };
}

/** Column names from plain strings. */
export const columnsOf = (...names: string[]): DataColumn[] => names.map((name) => ({ name }));

/** Said under every table: an empty cell is a missing value, never zero. */
export const emptyCellNote = (): string => msg('table.emptyCell');

/**
 * Why each dataset whose terms do not let every publisher pass its numbers on
 * gives no file: one sentence for readers, with where to get the data.
 * Keyed by dataset id (data/sources.json).
 */
const WITHHELD: Record<string, () => string> = {
  'sipri-us-arms': () => msg('withheld.sipri', { url: 'https://www.sipri.org/databases/armstransfers' }),
  'tbij-strikes': () => msg('withheld.tbij', { url: 'https://beta.airwars.org/archives/bij-drone-war' }),
  'airwars-somalia': () => msg('withheld.airwars', { url: 'https://airwars.org/conflict/us-forces-in-somalia/' }),
  'freedom-house': () => msg('withheld.freedomHouse', { url: 'https://freedomhouse.org/report/freedom-world' }),
  'refugee-admissions': () =>
    msg('withheld.mpi', { url: 'https://www.migrationpolicy.org/programs/data-hub/charts/us-annual-refugee-resettlement-ceilings-and-number-refugees-admitted-united' }),
};

/** The reason a dataset is withheld, by its id (known before its data arrive), in the language of the update in progress. */
export function withheldFor(id: string): DataWithheld {
  return { withheld: WITHHELD[id]?.() ?? msg('withheld.unclear') };
}

/** True when anyone, commercial or not, may pass the dataset's numbers on as a file. */
export function mayPassOn(meta: Pick<SourceMeta, 'id' | 'commercialUse'>): boolean {
  return meta.commercialUse === 'allowed' && !(meta.id in WITHHELD);
}

/** The first dataset behind the table that may not be passed on, as the reason; null when all may. */
export function withheldBy(metas: readonly Pick<SourceMeta, 'id' | 'commercialUse' | 'url' | 'creditShort' | 'publisher'>[]): DataWithheld | null {
  const blocked = metas.find((meta) => !mayPassOn(meta));
  if (!blocked) return null;
  if (blocked.id in WITHHELD) return withheldFor(blocked.id);
  const who = blocked.creditShort || blocked.publisher || msg('withheld.thePublisher');
  const url = blocked.url ?? '';
  return { withheld: /^https?:\/\//i.test(url) ? msg('withheld.publisherAt', { who, url }) : msg('withheld.publisher', { who }) };
}

/** The table `build` makes, unless a dataset behind it may not be passed on. */
export function passOn(metas: readonly SourceMeta[], build: () => DataTable): DataTable | DataWithheld {
  return withheldBy(metas) ?? build();
}
