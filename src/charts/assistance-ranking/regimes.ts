import type { VdemV14, VdemV15 } from '../../data/democracy.js';
import { valueAt } from '../../data/types.js';

export const INDEXES = ['polyarchy', 'libdem'] as const;
export type IndexId = (typeof INDEXES)[number];
export const INDEX_NAMES: Record<IndexId, string> = {
  polyarchy: 'Electoral Democracy Index',
  libdem: 'Liberal Democracy Index',
};
export const INDEX_SHORT: Record<IndexId, string> = { polyarchy: 'EDI', libdem: 'LDI' };

export const REGIME_FILTERS = ['all', 'autocracy', 'democracy'] as const;
export type RegimeFilter = (typeof REGIME_FILTERS)[number];

/** Regimes of the World, codes 0–3 (V-Dem v15). */
export const REGIME_NAMES = ['Closed autocracy', 'Electoral autocracy', 'Electoral democracy', 'Liberal democracy'];
/** Codes 0 and 1 are autocracies, 2 and 3 democracies. */
export const isAutocracy = (regime: number | null): boolean => regime === 0 || regime === 1;

/**
 * ColorBrewer PRGn-4 (colour-blind safe), as on the democracy map, and a shape
 * per regime so the category never rests on colour alone.
 */
export const REGIME_COLORS = ['#7b3294', '#c2a5cf', '#a6dba0', '#008837'];
export const REGIME_SYMBOLS = ['square', 'triangle', 'circle', 'diamond'] as const;
export const NOT_CODED = 'Not coded by V-Dem';

export interface Democracy {
  v15: VdemV15;
  v14: VdemV14;
}

export function regimeIn(data: Democracy, code: string, year: number): number | null {
  return valueAt(data.v15.countries[code], 'regime', year);
}

export function indexIn(data: Democracy, index: IndexId, code: string, year: number): number | null {
  return index === 'libdem' ? valueAt(data.v14.countries[code], 'libdem', year) : valueAt(data.v15.countries[code], 'polyarchy', year);
}

export function passesFilter(filter: RegimeFilter, regime: number | null): boolean {
  if (filter === 'all') return true;
  if (regime === null) return false;
  return filter === 'autocracy' ? isAutocracy(regime) : !isAutocracy(regime);
}

/** SVG path of a regime symbol of size s centred on 0,0. */
export function symbolPath(regime: number | null, s: number): string {
  const h = s / 2;
  switch (regime === null ? -1 : REGIME_SYMBOLS[regime]) {
    case 'square':
      return `M${-h},${-h}h${s}v${s}h${-s}Z`;
    case 'triangle':
      return `M0,${-h}L${h},${h}L${-h},${h}Z`;
    case 'circle':
      return `M${-h},0a${h},${h} 0 1,0 ${s},0a${h},${h} 0 1,0 ${-s},0Z`;
    case 'diamond':
      return `M0,${-h}L${h},0L0,${h}L${-h},0Z`;
    default:
      return `M${-h},0H${h}`; // a dash: not coded
  }
}
