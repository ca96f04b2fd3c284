// What the table needs: TI's scores and the country registry (names in the
// reader's language), loaded together.
import { corruptionLoaders, type TiCpi } from '../../data/corruption.js';
import { countryLoaders, type CountryRegistry } from '../../data/countries.js';
import { loadedValue } from '../../data/load.js';
import { validateCpi } from './ranking.js';

export interface CpiData {
  cpi: TiCpi;
  registry: CountryRegistry;
}

// Read from the loader tables at call time: hosts and tests may swap a loader.
export async function loadCpi(): Promise<CpiData> {
  const [cpi, registry] = await Promise.all([corruptionLoaders.cpi(), countryLoaders.registry()]);
  return { cpi, registry };
}

/** The data at once when both parts have already loaded. */
export function settledCpi(): CpiData | undefined {
  const cpi = loadedValue(corruptionLoaders.cpi);
  const registry = loadedValue(countryLoaders.registry);
  return cpi && registry ? { cpi, registry } : undefined;
}

export function validateCpiData(data: CpiData): void {
  validateCpi(data.cpi);
  if (typeof data.registry !== 'object' || data.registry === null || typeof data.registry.countries !== 'object') throw new Error('country registry: unexpected shape');
}
