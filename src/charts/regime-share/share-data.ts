// Turns the regime-share file into the rows every view reads: one per year,
// four shares that sum to 1, and the counts and people behind them.
import type { RegimeShareData, RegimeShareVersion } from '../../data/regime-share.js';
import { messages } from '../../core/i18n.js';

const msg = messages({
  'share.v10': 'V-Dem v10, as in Democracy Report 2020',
  'share.v10Short': 'v10 (Report 2020)',
});

export const EDITIONS = ['v15', '2020'] as const;
export type Edition = (typeof EDITIONS)[number];
export const MEASURES = ['population', 'countries'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * The V-Dem release behind each edition, as readers know it: `label` for
 * sentences and captions, `short` for the menu, `tag` beside every figure
 * (the data file's own label once loaded; the same words before).
 */
export const EDITION_INFO: Record<Edition, { key: 'v15' | 'v10'; readonly label: string; readonly short: string; tag: string }> = {
  v15: { key: 'v15', label: 'V-Dem v15 (2025)', short: 'v15 (2025)', tag: 'V-Dem v15' },
  // Getters: words in the language of the update that reads them.
  '2020': {
    key: 'v10',
    get label() {
      return msg('share.v10');
    },
    get short() {
      return msg('share.v10Short');
    },
    tag: 'V-Dem v10',
  },
};

/** The label to name beside a count or share of this edition, e.g. "V-Dem v15". */
export function editionTag(edition: Edition, data?: RegimeShareData): string {
  return (data && editionData(data, edition).edition) || EDITION_INFO[edition].tag;
}

export interface ShareRow {
  year: number;
  /** Share per Regimes of the World category 0–3 (closed autocracy … liberal democracy). */
  shares: [number, number, number, number];
  /** Closed plus electoral autocracies. */
  autocracyShare: number;
  counts: [number, number, number, number];
  people: [number, number, number, number];
  /** Population of the units behind the shares, as a share of the world's. */
  coverage: number;
}

export function editionData(data: RegimeShareData, edition: Edition): RegimeShareVersion {
  return data.versions[EDITION_INFO[edition].key];
}

/**
 * Rows for [from, to]. Population shares are recomputed from the people
 * counts rather than read from the rounded `share` column, so 2019 in v10
 * gives Democracy Report 2020's 54.0% exactly as the report computed it.
 */
export function shareRows(version: RegimeShareVersion, measure: Measure, from: number, to: number): ShareRow[] {
  const rows: ShareRow[] = [];
  for (let year = from; year <= to; year++) {
    const i = year - version.first;
    const counts = version.count[i];
    const people = version.population[i];
    if (!counts || !people) continue;
    const basis = measure === 'population' ? people : counts;
    const total = basis[0] + basis[1] + basis[2] + basis[3];
    const shares = basis.map((v) => (total ? v / total : 0)) as ShareRow['shares'];
    rows.push({
      year,
      shares,
      autocracyShare: shares[0] + shares[1],
      counts: [...counts],
      people: [...people],
      coverage: version.coverage[i] ?? 0,
    });
  }
  return rows;
}

/**
 * Years in which autocracies passed half (of people or of countries) after
 * being at or below half the year before. The first year of the range counts
 * only through its predecessor, if the data has one.
 */
export function crossingYears(all: ShareRow[], from: number, to: number): number[] {
  const years: number[] = [];
  for (let k = 1; k < all.length; k++) {
    const row = all[k]!;
    const before = all[k - 1]!;
    if (row.year < from || row.year > to) continue;
    if (row.autocracyShare > 0.5 && before.autocracyShare <= 0.5) years.push(row.year);
  }
  return years;
}
