/**
 * The events rights-atlas elements fire, each `detail` declared once here and
 * registered in `HTMLElementEventMap`, so `el.addEventListener('rights-select',
 * (e) => e.detail.code)` is typed in a page's TypeScript.
 */

/** `rights-year-change`: the reader moved the year (slider, keys, playback, crosshair). */
export interface YearChangeDetail {
  year: number;
}

/** `rights-select` of the charts whose marks are countries (maps, rankings, change, scatter). */
export interface CountrySelectDetail {
  code: string;
  name: string;
  selected: boolean;
}

/** `rights-select` of the strike map: one strike. */
export interface StrikeSelectDetail {
  id: string;
  date: string;
  country: string;
}

/** `rights-select` of the civilian-harm chart. */
export interface HarmSelectDetail {
  /** `annual`: ISO alpha-3 code and year; `official-vs-independent`: the table row id. */
  code?: string;
  year?: number;
  row?: number;
}

/** `rights-select` of the Guantánamo chart: one dated count, as its source gives it. */
export interface DetaineeCountSelectDetail {
  /** "2009-01-20", "2025-01": as precise as the source. */
  date: string;
  /** End of the period a count holds over, else null. */
  until: string | null;
  held: number;
  source: string;
  url: string;
}

/** `rights-select` of the refugee admissions chart: one fiscal year. */
export interface RefugeeYearSelectDetail {
  /** U.S. fiscal year (1 October of the year before to 30 September). */
  fiscalYear: number;
  /** Refugee admissions ceiling (persons). */
  ceiling: number;
  /** Refugees admitted (persons). */
  admitted: number;
  /** True when only part of the year's admissions are counted. */
  partial: boolean;
}

/** `rights-select` of the surveillance map: a country, with what the AI Global Surveillance Index (2022) records for it. */
export interface SurveillanceSelectDetail extends CountrySelectDetail {
  /** In the index (documented use of at least one technology). */
  listed: boolean;
  /** The index's technologies documented: `safeCity`, `facialRecognition`, `smartPolicing`, `socialMedia`. */
  technologies: string[];
  /** Technology from Chinese / U.S. companies documented. */
  china: boolean;
  us: boolean;
  /** Companies named, as the index spells them. */
  companies: string[];
}

/** `rights-select` of the sanctions chart: one column, the entries first seen in a year (or undated). */
export interface SanctionsSelectDetail {
  /** The year entries were first seen; null for the undated entries, already listed when the record begins. */
  year: number | null;
  /** The kinds shown, and their entries in the column. */
  kinds: ('individual' | 'entity' | 'vessel')[];
  entries: number;
  /** Entries of each kind in the column, shown or not. */
  individual: number;
  entity: number;
  vessel: number;
}

/** `rights-select` of the corruption ranking: one country's row of one CPI edition, as Transparency International published it. */
export interface CpiSelectDetail extends CountrySelectDetail {
  /** The edition shown. */
  year: number;
  /** The score, 0 (highly corrupt) to 100 (very clean). */
  score: number;
  /** TI's rank, where the edition's data has ranks; else null. */
  rank: number | null;
}

/** `rights-select` of the Human Rights Council chart: one membership cycle, as the data label it. */
export interface HrcCycleSelectDetail {
  /** "2006-07" for a June–June cycle, "2013" for a calendar year. */
  cycle: string;
  /** ISO dates. */
  start: string;
  end: string;
  /** ISO3 codes of the cycle's members (48 where a seat changed hands). */
  members: string[];
  /** Members per V-Dem Regimes of the World type in the year the cycle began; null where V-Dem has not rated that year. */
  autocracies: number | null;
  democracies: number | null;
  notRated: number;
}

/** `rights-select` of the police-equipment map: a state, district or territory, with the figure shown for it. */
export interface StateSelectDetail {
  /** USPS code, e.g. "TN". */
  code: string;
  name: string;
  selected: boolean;
  /** The measure and unit shown, and its value there (null: no entries in the list). */
  measure: string;
  per: string;
  value: number | null;
}

export type SelectDetail = CountrySelectDetail | StrikeSelectDetail | HarmSelectDetail | DetaineeCountSelectDetail | RefugeeYearSelectDetail | SurveillanceSelectDetail | SanctionsSelectDetail | CpiSelectDetail | HrcCycleSelectDetail | StateSelectDetail;

/** `rights-countries-change`: a followed chart added or removed countries. */
export interface CountriesChangeDetail {
  countries: string[];
}

/**
 * `rights-state-change`: what the chart shows changed (the reader moved the
 * year, chose a country, a menu or the table, or the page set an attribute).
 * `attributes` is its view state after the change: the attributes that say
 * what is shown (every reflected one but theme, controls, sync-url and a few
 * set-up ones such as `for`), name → the text the element reflects (its
 * defaults included), only non-empty ones. Setting them on a fresh element
 * reproduces the view.
 */
export interface StateChangeDetail {
  attributes: Record<string, string>;
}

/** `rights-ready`: newly loaded data is drawn. Each element documents its keys (metric, year, measure, …). */
export type ReadyDetail = Readonly<Record<string, unknown>>;

export interface RightsEventMap {
  'rights-year-change': CustomEvent<YearChangeDetail>;
  'rights-select': CustomEvent<SelectDetail>;
  'rights-countries-change': CustomEvent<CountriesChangeDetail>;
  'rights-ready': CustomEvent<ReadyDetail>;
  'rights-state-change': CustomEvent<StateChangeDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends RightsEventMap {}
}

type DetailOf<K extends keyof RightsEventMap> = RightsEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a documented rights-atlas event: bubbling and composed, so a page
 * can listen on the element or on any ancestor. A free function rather than a
 * base-class method, so the manifest analyzer lists only the real events
 * (declared with @fires on each element).
 */
export function emit<K extends keyof RightsEventMap>(target: EventTarget, type: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
