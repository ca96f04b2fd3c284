import { countryYearSeries } from './series.mjs';
// Regimes of the World categories (v2x_regime 0–3), shared by the V-Dem-based builders.
export const REGIMES = ['Closed autocracy', 'Electoral autocracy', 'Electoral democracy', 'Liberal democracy'];

export const VDEM_V10_FILE = 'vdem-ert-v10/vdem_v10_regime_edi_1900_2019.csv';
export const VDEM_V15_FILE = 'vdem-ert-v15/ert.csv';

export const VDEM_REVISION_CAVEAT =
  'V-Dem revises its whole history with every release; compare figures only within one version.';

/** The Electoral Democracy Index with its 68% interval and Regimes of the World, per country and year, from a V-Dem ERT file. */
export function ediSeries(file) {
  const index = (column) => ({ column, decimals: 3 });
  return countryYearSeries(
    file,
    {
      polyarchy: index('v2x_polyarchy'),
      low: index('v2x_polyarchy_codelow'),
      high: index('v2x_polyarchy_codehigh'),
      regime: { column: 'v2x_regime', decimals: 0 },
    },
    { codeColumn: 'country_text_id', yearColumn: 'year' },
  );
}
