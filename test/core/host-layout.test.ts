import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { until } from '../helpers/wait.js';

const TAGS = ['rights-democracy-map', 'rights-regime-share', 'rights-democracy-trend', 'rights-civilian-harm', 'rights-assistance-ranking', 'rights-timeline'];

describe('charts take the width of flex and grid containers', () => {
  for (const tag of TAGS) {
    it(`<${tag}> in a flex row and in a grid cell`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="display: flex; width: 800px"></div>`);
      const grid = await fixture<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: 1fr 1fr; width: 800px"></div>`);
      const inFlex = document.createElement(tag);
      const inGrid = document.createElement(tag);
      box.append(inFlex);
      grid.append(inGrid);
      await until(() => inFlex.shadowRoot?.querySelector('.chart') && inGrid.shadowRoot?.querySelector('.chart'), `<${tag}> rendered`);
      expect(inFlex.getBoundingClientRect().width, 'flex: the whole row').to.be.closeTo(800, 1);
      expect(inGrid.getBoundingClientRect().width, 'grid: its cell').to.be.closeTo(400, 1);
    });
  }
});
