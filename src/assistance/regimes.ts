import type { VdemV14, VdemV15 } from '../data/democracy.js';
import { valueAt } from '../data/types.js';
import { isAutocracy } from '../democracy/regimes.js';
import { messages } from '../core/i18n.js';

const msg = messages({
  'aid.edi': 'Electoral Democracy Index',
  'aid.ldi': 'Liberal Democracy Index',
  'aid.ediS': 'EDI',
  'aid.ldiS': 'LDI',
});

export const INDEXES = ['polyarchy', 'libdem'] as const;
export type IndexId = (typeof INDEXES)[number];
/** V-Dem's names of the indexes, in the language of the update that reads them. */
export const INDEX_NAMES: Record<IndexId, string> = {
  get polyarchy() {
    return msg('aid.edi');
  },
  get libdem() {
    return msg('aid.ldi');
  },
};
export const INDEX_SHORT: Record<IndexId, string> = {
  get polyarchy() {
    return msg('aid.ediS');
  },
  get libdem() {
    return msg('aid.ldiS');
  },
};

export const REGIME_FILTERS = ['all', 'autocracy', 'democracy'] as const;
export type RegimeFilter = (typeof REGIME_FILTERS)[number];

export interface Democracy {
  v15: VdemV15;
  /** Loaded only when the Liberal Democracy Index is shown (`index="libdem"`). */
  v14?: VdemV14;
}

export function regimeIn(data: Democracy, code: string, year: number): number | null {
  return valueAt(data.v15.countries[code], 'regime', year);
}

export function indexIn(data: Democracy, index: IndexId, code: string, year: number): number | null {
  return index === 'libdem' ? valueAt(data.v14?.countries[code], 'libdem', year) : valueAt(data.v15.countries[code], 'polyarchy', year);
}

export function passesFilter(filter: RegimeFilter, regime: number | null): boolean {
  if (filter === 'all') return true;
  if (regime === null) return false;
  return filter === 'autocracy' ? isAutocracy(regime) : !isAutocracy(regime);
}
