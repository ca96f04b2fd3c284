// Properties take their natural JS values (arrays, numbers, booleans).
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsStrikeMap } from '../../../src/index.js';
import { $ } from '../../helpers/dom.js';
import { chartFixture, settled } from '../../helpers/wait.js';

describe('<rights-strike-map> properties', () => {
  it('strike map takes a country array, number years and controls=false', async () => {
    const el = await chartFixture<RightsStrikeMap>(html`<rights-strike-map></rights-strike-map>`, 'rights-strike-map', 'svg.map');
    el.country = ['SOM'];
    el.from = 2016;
    el.to = 2016;
    el.controls = false;
    await settled(el);
    expect($(el, '.summary')!.textContent).to.match(/ in Somalia, 2016-/);
    expect($(el, '.timeline')).to.equal(null);
    expect(el.getAttribute('controls')).to.equal('false');
  });
});
