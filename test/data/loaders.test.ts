// Every shipped dataset has a typed lazy loader in src/data/, and each loader
// brings the file it claims (checked by the provenance id the file carries).
import { expect } from '@open-wc/testing';
import sources from '../../data/sources.json';
import { democracyLoaders } from '../../src/data/democracy.js';
import { countryLoaders } from '../../src/data/countries.js';
import { contextLoaders } from '../../src/data/context.js';
import { assistanceLoaders } from '../../src/data/assistance.js';
import { civilianHarmLoaders } from '../../src/data/civilian-harm.js';
import { populationLoaders } from '../../src/data/population.js';
import { regimeShareLoaders } from '../../src/data/regime-share.js';
import { strikeLoaders } from '../../src/data/strikes.js';
import { vdemV10Loaders } from '../../src/data/vdem-v10.js';
import { worldLoaders } from '../../src/geo/world.js';

const loaders: Record<string, () => Promise<unknown>> = {
  ...Object.fromEntries(Object.entries(democracyLoaders).map(([k, v]) => [`democracy.${k}`, v])),
  ...Object.fromEntries(Object.entries(countryLoaders).map(([k, v]) => [`countries.${k}`, v])),
  ...Object.fromEntries(Object.entries(contextLoaders).map(([k, v]) => [`context.${k}`, v])),
  ...Object.fromEntries(Object.entries(assistanceLoaders).map(([k, v]) => [`assistance.${k}`, v])),
  ...Object.fromEntries(Object.entries(civilianHarmLoaders).map(([k, v]) => [`civilianHarm.${k}`, v])),
  ...Object.fromEntries(Object.entries(populationLoaders).map(([k, v]) => [`population.${k}`, v])),
  ...Object.fromEntries(Object.entries(regimeShareLoaders).map(([k, v]) => [`regimeShare.${k}`, v])),
  ...Object.fromEntries(Object.entries(strikeLoaders).map(([k, v]) => [`strikes.${k}`, v])),
  ...Object.fromEntries(Object.entries(vdemV10Loaders).map(([k, v]) => [`vdemV10.${k}`, v])),
  ...Object.fromEntries(Object.entries(worldLoaders).map(([k, v]) => [`world.${k}`, v])),
};

type Source = { files: string[] };

describe('typed data loaders', () => {
  it('cover every shipped data file, each bringing its own provenance', async () => {
    const files = new Map<string, string>();
    for (const [id, source] of Object.entries(sources as Record<string, Source>)) {
      for (const file of source.files) files.set(file, id);
    }
    const loadedIds = new Set<string>();
    for (const [name, load] of Object.entries(loaders)) {
      const data = (await load()) as { meta: { id: string; licence: string } };
      expect(data.meta.id, name).to.be.a('string');
      expect(data.meta.licence, name).to.be.a('string').and.not.equal('');
      loadedIds.add(data.meta.id);
    }
    const datasetsWithoutLoader = [...new Set(files.values())].filter((id) => !loadedIds.has(id));
    expect(datasetsWithoutLoader).to.deep.equal([]);
    // One loader per file: datasets with several files need as many loaders.
    const filesPerDataset = [...files.values()].reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());
    const loadersPerDataset = new Map<string, number>();
    for (const load of Object.values(loaders)) {
      const { meta } = (await load()) as { meta: { id: string } };
      loadersPerDataset.set(meta.id, (loadersPerDataset.get(meta.id) ?? 0) + 1);
    }
    for (const [id, count] of filesPerDataset) expect(loadersPerDataset.get(id), id).to.be.at.least(count);
  });
});
