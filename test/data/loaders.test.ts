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
import { guantanamoLoaders } from '../../src/data/guantanamo.js';
import { refugeeAdmissionsLoaders } from '../../src/data/refugee-admissions.js';
import { sanctionsLoaders } from '../../src/data/sanctions.js';
import { policeEquipmentLoaders } from '../../src/data/police-equipment.js';
import { usStatesLoaders } from '../../src/data/us-states.js';
import { surveillanceExportsLoaders } from '../../src/data/surveillance-exports.js';
import { corruptionLoaders } from '../../src/data/corruption.js';
import { hrcMembershipLoaders } from '../../src/data/hrc-membership.js';
import { worldLoaders } from '../helpers/world.js';
import { projectedWorldLoaders } from '../../src/geo/projected-world.js';
import { lazy, loadedValue } from '../../src/data/load.js';

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
  ...Object.fromEntries(Object.entries(guantanamoLoaders).map(([k, v]) => [`guantanamo.${k}`, v])),
  ...Object.fromEntries(Object.entries(refugeeAdmissionsLoaders).map(([k, v]) => [`refugeeAdmissions.${k}`, v])),
  ...Object.fromEntries(Object.entries(sanctionsLoaders).map(([k, v]) => [`sanctions.${k}`, v])),
  ...Object.fromEntries(Object.entries(policeEquipmentLoaders).map(([k, v]) => [`policeEquipment.${k}`, v])),
  ...Object.fromEntries(Object.entries(usStatesLoaders).map(([k, v]) => [`usStates.${k}`, v])),
  ...Object.fromEntries(Object.entries(surveillanceExportsLoaders).map(([k, v]) => [`surveillanceExports.${k}`, v])),
  ...Object.fromEntries(Object.entries(corruptionLoaders).map(([k, v]) => [`corruption.${k}`, v])),
  ...Object.fromEntries(Object.entries(hrcMembershipLoaders).map(([k, v]) => [`hrcMembership.${k}`, v])),
  ...Object.fromEntries(Object.entries(worldLoaders).map(([k, v]) => [`world.${k}`, v])),
  ...Object.fromEntries(Object.entries(projectedWorldLoaders).map(([k, v]) => [`projectedWorld.${k}`, v])),
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

describe('lazy loaders', () => {
  it('load and prepare once, and expose the value only once it has loaded', async () => {
    let loads = 0;
    let prepares = 0;
    const loader = lazy(
      async () => {
        loads++;
        return { default: { n: 2 } };
      },
      (raw: { n: number }) => {
        prepares++;
        return raw.n * 10;
      },
    );
    expect(loadedValue(loader)).to.equal(undefined);
    const pending = loader();
    expect(loadedValue(loader)).to.equal(undefined);
    expect(await pending).to.equal(20);
    expect(loadedValue(loader)).to.equal(20);
    expect(await loader()).to.equal(20);
    expect([loads, prepares]).to.deep.equal([1, 1]);
  });

  it('forget a failed load, so a retry can succeed', async () => {
    let attempt = 0;
    const loader = lazy(async () => {
      attempt++;
      if (attempt === 1) throw new Error('offline');
      return { default: 'ok' };
    });
    let failed = false;
    await loader().catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(loadedValue(loader)).to.equal(undefined);
    expect(await loader()).to.equal('ok');
    expect(loadedValue(loader)).to.equal('ok');
  });

  it('know nothing of a loader swapped in by a host or test', () => {
    expect(loadedValue(async () => 'x')).to.equal(undefined);
  });
});
