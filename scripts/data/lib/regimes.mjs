// Regimes of the World categories (v2x_regime 0–3), shared by the V-Dem-based builders.
export const REGIMES = ['Closed autocracy', 'Electoral autocracy', 'Electoral democracy', 'Liberal democracy'];

export const VDEM_V10_FILE = 'vdem-ert-v10/vdem_v10_regime_edi_1900_2019.csv';
export const VDEM_V15_FILE = 'vdem-ert-v15/ert.csv';

export const VDEM_REVISION_CAVEAT =
  'V-Dem revises its whole history with every release; compare figures only within one version.';
