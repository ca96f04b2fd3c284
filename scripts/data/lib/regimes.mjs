import { readRawCsv } from './raw.mjs';
import { countryYearSeries } from './series.mjs';
import { dataset } from './dataset.mjs';
// Regimes of the World categories (v2x_regime 0–3), shared by the V-Dem-based builders.
export const REGIMES = ['Closed autocracy', 'Electoral autocracy', 'Electoral democracy', 'Liberal democracy'];

export const VDEM_V10_FILE = 'vdem-ert-v10/vdem_v10_regime_edi_1900_2019.csv';
export const VDEM_V15_FILE = 'vdem-ert-v15/ert.csv';

export const VDEM_REVISION_CAVEAT =
  'V-Dem revises its whole history with every release; compare figures only within one version.';

export const REGIMES_CAVEAT =
  'Regimes of the World: 0 closed autocracy, 1 electoral autocracy, 2 electoral democracy, 3 liberal democracy.';

/**
 * The dataset of the Electoral Democracy Index with its 68% interval and Regimes of the World,
 * per country and year, from a V-Dem ERT file (`source`: its provenance). `more(rows)` gives
 * further fields of the data file, from the rows of the ERT file.
 */
export function ediDataset(path, source, more = () => ({})) {
  const file = readRawCsv(path);
  const index = (column) => ({ column, decimals: 3 });
  const series = countryYearSeries(
    file,
    {
      polyarchy: index('v2x_polyarchy'),
      low: index('v2x_polyarchy_codelow'),
      high: index('v2x_polyarchy_codehigh'),
      regime: { column: 'v2x_regime', decimals: 0 },
    },
    { codeColumn: 'country_text_id', yearColumn: 'year' },
  );
  return dataset(source, [series.ledger], { ...vdemFile(series), ...more(file.rows) });
}

/** The data file of per-country V-Dem series (a countryYearSeries() result) with the RoW category names. */
export function vdemFile({ first, last, countries }) {
  return { first, last, regimes: REGIMES, countries };
}
