/** The provenance every shipped data file carries (see scripts/build-data.mjs). */
export interface SourceMeta {
  id: string;
  title: string;
  publisher: string;
  version: string;
  licence: string;
  citation: string;
  url: string;
  caveats: string[];
}

/** Per-country yearly series: value of `field` in `year` is `series[field][year - start]`. */
export type Series<F extends string> = { start: number } & Record<F, (number | null)[]>;

export interface CountryYearDataset<F extends string> {
  meta: SourceMeta;
  first: number;
  last: number;
  countries: Record<string, Series<F>>;
}

export function valueAt<F extends string>(series: Series<F> | undefined, field: F, year: number): number | null {
  if (!series) return null;
  return series[field][year - series.start] ?? null;
}
