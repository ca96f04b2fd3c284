// What every builder returns to scripts/build-data.mjs, which adds the licence terms
// (lib/licences.mjs) to `source`, checks it, and writes each file with the reader-facing
// part of `source` as its `meta`.

/**
 * @param source  provenance: id, title, publisher, version, citation, url, caveats, …
 * @param raw     the RowLedgers of the raw files read, written last in `source` as `raw`
 * @param data    the contents of `<id>.json`
 * @param more    further files of the dataset: { fileName: data }
 */
export function dataset(source, raw, data, more = {}) {
  return {
    source: { ...source, raw: raw.map((ledger) => ledger.toJSON()) },
    files: [{ name: `${source.id}.json`, data }, ...Object.entries(more).map(([name, contents]) => ({ name, data: contents }))],
  };
}
