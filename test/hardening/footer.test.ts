import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { EVERY_CHART, drawnChart } from '../helpers/charts.js';
import { $ } from '../helpers/dom.js';

// Variants whose sources differ from the default view's.
const MORE: [string, string, Record<string, string>][] = [
  ['rights-democracy-trend', 'svg.plot path.line', { countries: 'USA HUN', metric: 'libdem' }],
  ['rights-civilian-harm', 'svg.plot rect.hit', { context: 'ucdp' }],
  ['rights-assistance-vs-democracy', 'svg.scatter .dot', { measure: 'arms' }],
  ['rights-assistance-map', 'svg.map path.country', { measure: 'military-aid' }],
];

describe('footer on a phone', () => {
  for (const [tag, drawn, attributes] of [...EVERY_CHART, ...MORE]) {
    if (tag === 'rights-timeline') continue; // no data of its own, no credit
    it(`${tag} ${JSON.stringify(attributes)}: the credit line with Details fits three lines at 360 px, and names a source`, async () => {
      const el = await drawnChart(tag, drawn, attributes, 360);
      const credit = $(el, 'footer .credit') as HTMLElement;
      const lines = credit.getBoundingClientRect().height / parseFloat(getComputedStyle(credit).lineHeight);
      expect(lines).to.be.at.most(3.05);
      expect(credit.textContent).to.match(/^\s*Sources?: \S/);
      // Everything else waits behind Details.
      expect(($(el, 'footer details') as HTMLDetailsElement).open).to.equal(false);
      expect($(el, 'footer details .source')).to.exist;
    });
  }
});
