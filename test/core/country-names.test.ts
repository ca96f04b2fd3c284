import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { countryNames } from '../../src/core/country-names.js';
import { displayNames } from '../../src/core/lang.js';
import type { CountryRegistry } from '../../src/data/countries.js';
import registryJson from '../../data/countries.json';
import { chartFixture } from '../helpers/wait.js';
import { $$ } from '../helpers/dom.js';

const registry = registryJson as unknown as CountryRegistry;

/** Counts Intl.DisplayNames constructions while `run` runs. */
async function displayNamesMade(run: () => Promise<void> | void): Promise<number> {
  const intl = Intl as unknown as { DisplayNames: typeof Intl.DisplayNames };
  const Original = intl.DisplayNames;
  let made = 0;
  intl.DisplayNames = class extends Original {
    constructor(...args: ConstructorParameters<typeof Intl.DisplayNames>) {
      super(...args);
      made++;
    }
  } as typeof Intl.DisplayNames;
  try {
    await run();
  } finally {
    intl.DisplayNames = Original;
  }
  return made;
}

describe('country names', () => {
  it('English pages take the shipped names and never start ICU\'s region names', async () => {
    const made = await displayNamesMade(async () => {
      expect(displayNames('en-AU')).to.equal(undefined);
      const names = countryNames(registry, 'en-NZ');
      expect(names.name('CHN')).to.equal(registry.countries.CHN![2]);
      expect(names.name('COD')).to.equal('Democratic Republic of the Congo');
      const el = await chartFixture(html`<rights-democracy-map lang="en-IE" year="2019"></rights-democracy-map>`, 'rights-democracy-map', 'svg.map path.country, .error');
      expect($$(el, 'svg.map path.country').length).to.be.greaterThan(100);
    });
    expect(made).to.equal(0);
  });

  it('other languages take Intl.DisplayNames, started once per language', async () => {
    const made = await displayNamesMade(() => {
      const names = countryNames(registry, 'de-AT');
      expect(names.name('DEU')).to.equal(new Intl.DisplayNames(['de-AT'], { type: 'region' }).of('DE'));
      countryNames(registry, 'de-AT').name('FRA');
    });
    // One by the chart's names, one by the expectation above.
    expect(made).to.equal(2);
  });
});
