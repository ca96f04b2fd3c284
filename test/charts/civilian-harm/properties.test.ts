// Properties take their natural JS values (arrays, numbers, booleans); other values give a notice, never a throw.
import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RightsCivilianHarm } from '../../../src/index.js';
import { $, $$, quietly } from '../../helpers/dom.js';
import { chartFixture, settled } from '../../helpers/wait.js';

describe('<rights-civilian-harm> properties', () => {
  it('civilian harm takes a countries array and number years; a Symbol gives a notice', async () => {
    const el = await chartFixture<RightsCivilianHarm>(html`<rights-civilian-harm></rights-civilian-harm>`, 'rights-civilian-harm', 'svg.plot rect.hit');
    el.countries = ['YEM', 'pak'];
    el.from = 2010;
    el.to = 2012;
    await settled(el);
    expect($$(el, '.panel-title').map((t) => t.textContent)).to.deep.equal(['Yemen', 'Pakistan']);
    expect($$(el, 'rect.hit').length).to.equal(2 * 3);
    await quietly(async () => {
      (el as unknown as Record<string, unknown>).view = Symbol('pie');
      await settled(el);
      expect($(el, '.notice')!.textContent).to.contain('a symbol');
      expect($(el, 'svg.plot')).to.exist;
    });
  });
});
