/** The provenance every shipped data file carries (see scripts/build-data.mjs). */
export interface SourceMeta {
  id: string;
  title: string;
  publisher: string;
  version: string;
  /** Short licence name for the one-line credit (e.g. "CC BY 4.0"). */
  licenceName: string;
  /** The licence terms in a sentence, shown with the details. */
  licence: string;
  citation: string;
  url: string;
  caveats: string[];
  /** The dataset's credit line (e.g. SIPRI's prescribed wording), shown under the footer's Details. */
  credit: string;
  /** The source as the footer line names it, e.g. "V-Dem v15"; '' for map outlines (named under Details only). */
  creditShort: string;
  /** Whether a commercial publisher may republish: see DATA-LICENSES.md. */
  commercialUse: 'allowed' | 'permission-required' | 'unknown';
  /** Short edition label to show next to every figure (V-Dem datasets, e.g. "V-Dem v15"). */
  edition?: string;
  /** One sentence to show beside the numbers (e.g. military aid is a floor). */
  readerNote?: string;
}

/** Which years of a series are complete; a chart defaults to latestCompleteYear. */
export interface YearStatus {
  first: number;
  last: number;
  latestCompleteYear: number;
  /** Incomplete years, to label "(provisional)" wherever shown. */
  provisionalYears: number[];
  /** ISO date of the latest record, where the rule is coverage-based. */
  lastRecord?: string;
}

/** Per-country yearly series: value of `field` in `year` is `series[field][year - start]`. */
export type Series<F extends string> = { start: number } & Record<F, (number | null)[]>;

export interface CountryYearDataset<F extends string> {
  meta: SourceMeta;
  first: number;
  last: number;
  countries: Record<string, Series<F>>;
}

/**
 * `column[i]`, or null outside the column or in a gap. Read only inside it: an
 * index before its start or past its end is looked up as a named property,
 * many times slower (a map's year change reads ~1,000 values).
 */
export const columnAt = (column: (number | null)[] | undefined, i: number): number | null =>
  column && i >= 0 && i < column.length ? (column[i] ?? null) : null;

export function valueAt<F extends string>(series: Series<F> | undefined, field: F, year: number): number | null {
  return series ? columnAt(series[field], year - series.start) : null;
}
