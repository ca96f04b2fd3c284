import { civilianHarmLoaders, type TbijYearly } from '../../data/civilian-harm.js';
import { countryLoaders, type CountryRegistry } from '../../data/countries.js';
import { loadedValue } from '../../data/load.js';
import { strikeLoaders, type TbijStrikes } from '../../data/strikes.js';
import { projectedWorldLoaders, type ProjectedWorld } from '../../geo/projected-world.js';
import { strikeRows, type Strike } from './strikes.js';

/** Everything the map draws: the records (in time order), the world (pre-projected with Mercator), names, and which years are partial. */
export interface StrikeMapData {
  strikes: TbijStrikes;
  rows: Strike[];
  world: ProjectedWorld;
  registry: CountryRegistry;
  /** Coverage of TBIJ's data (2018 is partial); from the yearly file. */
  years: TbijYearly['years'];
}

const rowsOf = new WeakMap<TbijStrikes, Strike[]>();

function assemble(strikes: TbijStrikes, world: ProjectedWorld, registry: CountryRegistry, yearly: TbijYearly): StrikeMapData {
  let rows = rowsOf.get(strikes);
  if (!rows) rowsOf.set(strikes, (rows = strikeRows(strikes)));
  return { strikes, rows, world, registry, years: yearly.years };
}

// Loaders are read at call time: hosts and tests may swap them.
export async function loadStrikeMap(): Promise<StrikeMapData> {
  const [strikes, world, registry, yearly] = await Promise.all([
    strikeLoaders.tbij(),
    projectedWorldLoaders.mercator110m(),
    countryLoaders.registry(),
    civilianHarmLoaders.tbijYearly(),
  ]);
  return assemble(strikes, world, registry, yearly);
}

export function settledStrikeMap(): StrikeMapData | undefined {
  const strikes = loadedValue(strikeLoaders.tbij);
  const world = loadedValue(projectedWorldLoaders.mercator110m);
  const registry = loadedValue(countryLoaders.registry);
  const yearly = loadedValue(civilianHarmLoaders.tbijYearly);
  if (!strikes || !world || !registry || !yearly) return undefined;
  try {
    return assemble(strikes, world, registry, yearly);
  } catch {
    return undefined; // the load reports it
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A cheap shape check, so a wrong file shows the load error instead of throwing while drawing. */
export function validateStrikeMap(data: StrikeMapData): void {
  const s: unknown = isObject(data.strikes) ? data.strikes.strikes : undefined;
  const columns = ['id', 'date', 'country', 'location', 'lat', 'lon', 'minKilled', 'maxKilled', 'minCivilians', 'maxCivilians'];
  if (!isObject(s) || !columns.every((c) => Array.isArray(s[c])) || !isObject(data.strikes.meta)) throw new Error('TBIJ strikes: unexpected shape');
  if (!data.rows.length || data.rows.some((r) => typeof r.date !== 'string' || typeof r.country !== 'string')) throw new Error('TBIJ strikes: no usable records');
  if (!isObject(data.world) || !Array.isArray((data.world as { countries?: unknown }).countries)) throw new Error('world geometry: unexpected shape');
  if (!isObject(data.registry) || !isObject(data.registry.countries)) throw new Error('country registry: unexpected shape');
}
