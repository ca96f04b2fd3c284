// V-Dem democracy series: v15 (EDI with bounds, RoW, ERT episodes), v14 (LDI).
import { readRawCsv, num } from './lib/raw.mjs';
import { countryYearSeries } from './lib/series.mjs';
import { sortedObject } from './lib/write.mjs';
import { dataset } from './lib/dataset.mjs';
import { VDEM_V15_FILE, VDEM_REVISION_CAVEAT, REGIMES_CAVEAT, ediDataset, vdemFile } from './lib/regimes.mjs';

const VDEM_CAVEATS = [
  VDEM_REVISION_CAVEAT,
  'Index values are point estimates from a measurement model; the Electoral Democracy Index carries a 68% uncertainty interval.',
];

/** ERT episodes per country: [startYear, endYear, censored (1 = still ongoing at data end)]. */
function episodes(rows) {
  const byCountry = new Map();
  for (const row of rows) {
    for (const kind of ['aut', 'dem']) {
      if (row[`${kind}_ep`] !== '1') continue;
      const start = num(row[`${kind}_ep_start_year`]);
      const end = num(row[`${kind}_ep_end_year`]);
      if (start === null || end === null) continue;
      const entry = byCountry.get(row.country_text_id) ?? { aut: new Map(), dem: new Map() };
      entry[kind].set(start, [start, end, num(row[`${kind}_ep_censored`]) === 1 ? 1 : 0]);
      byCountry.set(row.country_text_id, entry);
    }
  }
  return sortedObject(
    [...byCountry].map(([code, entry]) => [
      code,
      {
        aut: [...entry.aut.values()].sort((a, b) => a[0] - b[0]),
        dem: [...entry.dem.values()].sort((a, b) => a[0] - b[0]),
      },
    ]),
  );
}

export function buildVdemV15() {
  return ediDataset(
    VDEM_V15_FILE,
    {
      id: 'vdem-v15',
      title: 'V-Dem Electoral Democracy Index, Regimes of the World and ERT episodes',
      publisher: 'V-Dem Institute, University of Gothenburg',
      version: 'V-Dem Country-Year v15 (March 2025); ERT v15.0',
      edition: 'V-Dem v15',
      citation:
        'Coppedge, M., J. Gerring, C. H. Knutsen, S. I. Lindberg, J. Teorell, et al. 2025. "V-Dem Country-Year Dataset v15." Varieties of Democracy (V-Dem) Project. https://doi.org/10.23696/vdemds25; Maerz, S. F., et al. 2025. "ERT – Episodes of Regime Transformation", v15.0; Lührmann, A., M. Tannenberg, S. I. Lindberg. 2018. "Regimes of the World (RoW)". Politics and Governance 6(1).',
      url: 'https://github.com/vdeminstitute/ERT',
      caveats: [...VDEM_CAVEATS, REGIMES_CAVEAT],
    },
    (rows) => ({ episodes: episodes(rows) }),
  );
}

export function buildVdemV14() {
  const file = readRawCsv('vdemlite-v14/vdem_v14_core_indices_1970_2023.csv');
  const series = countryYearSeries(
    file,
    { libdem: { column: 'v2x_libdem', decimals: 3 }, regime: { column: 'v2x_regime', decimals: 0 } },
    { codeColumn: 'country_text_id', yearColumn: 'year' },
  );
  return dataset(
    {
      id: 'vdem-v14',
      title: 'V-Dem Liberal Democracy Index and Regimes of the World',
      publisher: 'V-Dem Institute, University of Gothenburg (via the vdemlite R package)',
      version: 'V-Dem Country-Year v14 (March 2024), via vdemlite',
      edition: 'V-Dem v14',
      origin: 'github.com/eteitelbaum/vdemlite, commit a992948.',
      citation:
        'Coppedge, M., et al. 2024. "V-Dem Country-Year Dataset v14." Varieties of Democracy (V-Dem) Project. https://doi.org/10.23696/mcwt-fr58; Teitelbaum, E. "vdemlite" R package.',
      url: 'https://github.com/eteitelbaum/vdemlite',
      caveats: [
        ...VDEM_CAVEATS,
        'The Liberal Democracy Index is shipped without uncertainty bounds (not in the available source file).',
      ],
    },
    [series.ledger],
    vdemFile(series),
  );
}
