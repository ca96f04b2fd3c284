import { civilianHarmLoaders, type CivcasTable, type TbijYearly, type UcdpConflictDeaths } from '../../data/civilian-harm.js';
import { countryLoaders, type CountryRegistry } from '../../data/countries.js';
import { loadedValue } from '../../data/load.js';

/** Which datasets a view needs: the comparison table and UCDP load only when asked for. */
export type HarmDataKey = 'annual' | 'ucdp' | 'comparison';

export interface HarmData {
  yearly: TbijYearly;
  registry: CountryRegistry;
  civcas?: CivcasTable;
  ucdp?: UcdpConflictDeaths;
}

type Part = keyof HarmData;

const PARTS: Record<HarmDataKey, Part[]> = {
  annual: ['yearly', 'registry'],
  ucdp: ['yearly', 'registry', 'ucdp'],
  comparison: ['yearly', 'registry', 'civcas'],
};

// Read from the loader tables at call time: hosts and tests may swap a loader.
const loaders = (): Record<Part, () => Promise<unknown>> => ({
  yearly: civilianHarmLoaders.tbijYearly,
  registry: countryLoaders.registry,
  civcas: civilianHarmLoaders.civcas,
  ucdp: civilianHarmLoaders.ucdp,
});

export async function loadHarm(key: HarmDataKey): Promise<HarmData> {
  const table = loaders();
  const values = await Promise.all(PARTS[key].map((part) => table[part]()));
  return Object.fromEntries(PARTS[key].map((part, i) => [part, values[i]])) as unknown as HarmData;
}

/** The data at once when every part has already loaded. */
export function settledHarm(key: HarmDataKey): HarmData | undefined {
  const table = loaders();
  const values = PARTS[key].map((part) => loadedValue(table[part]));
  if (values.some((v) => v === undefined)) return undefined;
  return Object.fromEntries(PARTS[key].map((part, i) => [part, values[i]])) as unknown as HarmData;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A cheap shape check, so a wrong file shows the load error instead of throwing while drawing. */
export function validateHarm(data: HarmData, key: HarmDataKey): void {
  const { yearly, civcas, ucdp } = data;
  const countries = isObject(yearly) && isObject(yearly.countries) ? Object.values(yearly.countries) : [];
  const seriesOk = (s: unknown): boolean =>
    isObject(s) && typeof s.start === 'number' && ['records', 'minStrikes', 'maxStrikes', 'minCivilians', 'maxCivilians'].every((f) => Array.isArray(s[f]));
  if (!countries.length || !countries.every(seriesOk) || !isObject(yearly.meta)) throw new Error('TBIJ yearly data: unexpected shape');
  if (!isObject(data.registry) || !isObject(data.registry.countries)) throw new Error('country registry: unexpected shape');
  if (key === 'comparison' && !(isObject(civcas) && isObject(civcas.rows) && Array.isArray(civcas.rows.id) && isObject(civcas.meta))) {
    throw new Error('official-vs-independent table: unexpected shape');
  }
  if (key === 'ucdp' && !(isObject(ucdp) && isObject(ucdp.countries) && isObject(ucdp.meta))) throw new Error('UCDP data: unexpected shape');
}
