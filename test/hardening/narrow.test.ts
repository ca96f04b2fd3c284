// A chart in a very narrow box (a sidebar, a collapsed column, a container
// still settling its width) is laid out at MIN_LAYOUT_WIDTH and scaled down,
// rather than with margins wider than the box: no SVG size may be negative
// (Chromium logs "A negative value is not valid" for each such attribute).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { drawnChart, EVERY_CHART } from '../helpers/charts.js';

// The timeline has no SVG; civilian harm also with its conflict context (more bars).
const CHARTS = [
  ...EVERY_CHART.filter(([tag]) => tag !== 'rights-timeline'),
  ['rights-civilian-harm', 'svg.plot rect.hit', { context: 'conflict' }] as (typeof EVERY_CHART)[number],
];

/** SVG size attributes below zero, as "tag attribute=value". */
function negativeSizes(el: Element): string[] {
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('svg, svg *')) {
    for (const name of ['width', 'height', 'r', 'rx', 'ry']) {
      const value = node.getAttribute(name);
      if (value !== null && Number(value) < 0) found.push(`${node.localName}.${node.getAttribute('class') ?? ''} ${name}=${value}`);
    }
  }
  return found;
}

describe('charts in a very narrow box', () => {
  for (const [tag, drawn, attributes] of CHARTS) {
    for (const width of [20, 120, 200]) {
      const label = Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(' ');
      it(`<${tag}${label ? ` ${label}` : ''}> at ${width} px draws with no negative sizes`, async () => {
        const el = await drawnChart(tag, drawn, attributes, width);
        expect(negativeSizes(el)).to.deep.equal([]);
      });
    }
  }
});
