import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

type Column<T> = T[];

/** TBIJ strike records, one column per field (null = unknown). */
export interface TbijStrikes {
  meta: SourceMeta;
  count: number;
  attackTypes: string[];
  strikes: {
    id: Column<string>;
    date: Column<string>;
    country: Column<string>;
    location: Column<string>;
    lat: Column<number | null>;
    lon: Column<number | null>;
    attackType: Column<number | null>;
    usConfirmed: Column<number | null>;
    drone: Column<number | null>;
    source: Column<string | null>;
    minStrikes: Column<number | null>;
    maxStrikes: Column<number | null>;
    minKilled: Column<number | null>;
    maxKilled: Column<number | null>;
    minCivilians: Column<number | null>;
    maxCivilians: Column<number | null>;
    minChildren: Column<number | null>;
    maxChildren: Column<number | null>;
    minInjured: Column<number | null>;
    maxInjured: Column<number | null>;
  };
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const strikeLoaders = {
  tbij: lazy<TbijStrikes>(() => import('../../data/tbij-strikes.json')),
};
