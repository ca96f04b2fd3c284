// Loader for the demilitarising-law-enforcement chapter (issue #17): DoD 1033 property
// held by U.S. law enforcement on 31 March 2020 by state and ship year, with rates per
// 100,000 residents (2020 Census). Typed to the shape scripts/data/leso-1033.mjs writes.
import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

/**
 * What is counted: items, their acquisition value (whole USD), controlled items and
 * their value, rifles, pistols, MRAPs and aircraft (whole helicopters and airplanes).
 */
export type LesoMeasure = 'items' | 'value' | 'controlled' | 'controlledValue' | 'rifles' | 'pistols' | 'mraps' | 'aircraft';

/** Holdings (not transfers) of 1033 property per state and territory, and per ship year. */
export interface Leso1033 {
  meta: SourceMeta;
  /** The measures, in the file's order. */
  measures: LesoMeasure[];
  /** Over all states and territories in the list; population is theirs (2020 Census), lineItems the list's rows. */
  totals: Record<LesoMeasure | 'lineItems' | 'population', number>;
  /** The totals per 100,000 residents of the states and territories in the list (dollars whole). */
  totalsPer100k: Record<LesoMeasure, number>;
  /** One column per field, one entry per state, district or territory (sorted by postal code); null = no entry in the list (no data, not zero). */
  states: {
    /** USPS code, e.g. "AL". */
    code: string[];
    /** Two-digit FIPS code, e.g. "01" (joins the us-atlas outlines). */
    fips: string[];
    name: string[];
    type: ('state' | 'district' | 'territory')[];
    /** 2020 Census resident population. */
    population: number[];
  } & Record<LesoMeasure, (number | null)[]>;
  /** The same measures per 100,000 residents, in the order of `states` (dollars whole); null = no data. */
  per100k: Record<LesoMeasure, (number | null)[]>;
  /** Per measure, per state code (only states in the list): one value per ship year in `years` (0 = none shipped that year and still held). */
  byYear: { years: number[] } & Record<LesoMeasure, Record<string, number[]>>;
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const policeEquipmentLoaders = {
  leso1033: lazy<Leso1033>(() => import('../../data/leso-1033.json')),
};
