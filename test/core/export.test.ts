import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { chartToSvg } from '../../src/core/export/dom-to-svg.js';
import { svgToPng } from '../../src/core/export/raster.js';
import { chartFixture } from '../helpers/wait.js';
import { $ } from '../helpers/dom.js';

const controls = (element: Element): boolean => element.matches('.toolbar, button, select, input, .tooltip, details');

describe('chart export', () => {
  it('an SVG of what the reader sees: well-formed, heading, summary and credit in it, no controls, no foreignObject', async () => {
    const el = await chartFixture(html`<rights-regime-share></rights-regime-share>`, 'rights-regime-share', 'svg.plot path.band');
    const box = $(el, '.chart') as HTMLElement;
    const image = chartToSvg(box, controls);
    const doc = new DOMParser().parseFromString(image.svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const text = doc.documentElement.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain($(el, 'h2')!.textContent!.trim().split(/\s+/).slice(0, 3).join(' '));
    expect(text).to.contain('V-Dem v10 and v15');
    expect(text).to.contain('71.8%');
    expect(text).not.to.contain('Try again');
    expect(text).not.to.contain('Details');
    expect(doc.querySelector('foreignObject')).to.equal(null);
    // The plot's bands keep their colours without the shadow root's stylesheet.
    const bands = [...doc.querySelectorAll('path')].filter((p) => p.getAttribute('fill')?.startsWith('rgb'));
    expect(bands.length).to.be.at.least(4);
    // Without the toolbar rows the image is shorter than the chart on screen, never taller.
    expect(image.height).to.be.below(box.getBoundingClientRect().height);
    expect(image.width).to.equal(Math.ceil(box.getBoundingClientRect().width));
  });

  it('a PNG twice the size, that decodes', async () => {
    const el = await chartFixture(html`<rights-democracy-map year="2019"></rights-democracy-map>`, 'rights-democracy-map', 'svg.map path.country');
    const image = chartToSvg($(el, '.chart') as HTMLElement, controls);
    const png = await svgToPng(image.svg, image.width, image.height, 2);
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(Math.round(image.width * 2));
    expect(bitmap.height).to.equal(Math.round(image.height * 2));
  });

  it('text is escaped: a heading with markup stays text', async () => {
    const el = await chartFixture(html`<rights-regime-share heading="<b>A & B</b>"></rights-regime-share>`, 'rights-regime-share', 'svg.plot path.band');
    const image = chartToSvg($(el, '.chart') as HTMLElement, controls);
    const doc = new DOMParser().parseFromString(image.svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('b')).to.equal(null);
    expect(doc.documentElement.textContent).to.contain('<b>A & B</b>');
  });
});
