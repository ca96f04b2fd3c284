// V-Dem v10 (the Democracy Report 2020 vintage): EDI with bounds and RoW, 1900–2019.
// Shipped beside v15 so the 2020 report's figures can be shown as published.
import { VDEM_V10_FILE, VDEM_REVISION_CAVEAT, REGIMES_CAVEAT, ediDataset } from './lib/regimes.mjs';

export function buildVdemV10() {
  return ediDataset(VDEM_V10_FILE, {
    id: 'vdem-v10',
    title: 'V-Dem v10 Electoral Democracy Index and Regimes of the World (Democracy Report 2020 data)',
    publisher: 'V-Dem Institute, University of Gothenburg',
    version: 'V-Dem Country-Year v10 (March 2020); first ERT release',
    edition: 'V-Dem v10',
    origin: 'github.com/vdeminstitute/vdemdata, commit f6a0490, inst/episodes.csv (package GPL-3).',
    citation:
      'Coppedge, M., et al. 2020. "V-Dem Country-Year Dataset v10." Varieties of Democracy (V-Dem) Project. https://doi.org/10.23696/vdemds20; Lührmann, A., M. Tannenberg, S. I. Lindberg. 2018. "Regimes of the World (RoW)". Politics and Governance 6(1); Maerz, S. F., A. B. Edgell, et al. "Episodes of Regime Transformation".',
    url: 'https://github.com/vdeminstitute/vdemdata',
    caveats: [
      VDEM_REVISION_CAVEAT,
      'This is the v10 vintage behind Democracy Report 2020; later versions recode past years (e.g. India 2017–2019), so do not mix it with v14/v15 in one series.',
      'Electoral Democracy Index values are point estimates with a 68% uncertainty interval (low/high).',
      REGIMES_CAVEAT,
    ],
  });
}
