// Year-keyed values -> the compact series shape used across data/:
// { start, <field>: [value for start, start+1, ...] }, null (or `fill`) for missing years.

/**
 * @param years   Map year -> { field: value }
 * @param fields  field names, in output order
 * @param fill    value for years inside the range that have no entry
 */
export function toSeries(years, fields, fill = null) {
  const start = Math.min(...years.keys());
  const end = Math.max(...years.keys());
  const series = { start };
  for (const field of fields) {
    series[field] = [];
    for (let year = start; year <= end; year++) series[field].push(years.get(year)?.[field] ?? fill);
  }
  return series;
}

/** Map-of-maps accumulator: get (or create) the entry for key, then year. */
export function entryFor(store, key, year, create) {
  const years = store.get(key) ?? new Map();
  store.set(key, years);
  if (!years.has(year)) years.set(year, create());
  return years.get(year);
}
