// Country-year CSV rows -> compact per-country series:
// { start, <column>: [value for start, start+1, ...] } with null for gaps.
import { num, round } from './raw.mjs';
import { eachRow, skip } from './ledger.mjs';
import { sortedObject } from './write.mjs';

/**
 * @param file      a readRawCsv() result
 * @param fields    { outName: { column, decimals } }
 * @param codeColumn, yearColumn  column names
 */
export function countryYearSeries(file, fields, { codeColumn, yearColumn }) {
  const byCountry = new Map();
  let first = Infinity;
  let last = -Infinity;
  const ledger = eachRow(file, (row) => {
    const code = row[codeColumn];
    const year = num(row[yearColumn]);
    if (!code || year === null) return skip('no country code or year', code);
    const values = Object.entries(fields).map(([, { column, decimals }]) =>
      round(num(row[column]), decimals),
    );
    if (values.every((value) => value === null)) {
      return skip('no value in any shipped column (unit not coded that year)', `${code} ${year}`);
    }
    first = Math.min(first, year);
    last = Math.max(last, year);
    const years = byCountry.get(code) ?? new Map();
    years.set(year, values);
    byCountry.set(code, years);
  });

  const names = Object.keys(fields);
  const countries = sortedObject(
    [...byCountry].map(([code, years]) => {
      const start = Math.min(...years.keys());
      const end = Math.max(...years.keys());
      const series = { start };
      names.forEach((name, index) => {
        series[name] = [];
        for (let year = start; year <= end; year++) {
          series[name].push(years.get(year)?.[index] ?? null);
        }
      });
      return [code, series];
    }),
  );
  return { first, last, countries, ledger };
}
