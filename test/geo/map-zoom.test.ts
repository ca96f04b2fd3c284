import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { chartFixture } from '../helpers/wait.js';
import { $, $$ } from '../helpers/dom.js';

const mapFixture = () =>
  chartFixture<HTMLElement & { updateComplete: Promise<boolean> }>(
    html`<div style="width: 360px"><rights-democracy-map year="2019"></rights-democracy-map></div>`,
    'rights-democracy-map',
    'svg.map path.country',
  );

const viewBox = (el: Element): number[] => $(el, 'svg.map')!.getAttribute('viewBox')!.split(' ').map(Number);
const zoomButton = (el: Element, name: string): HTMLButtonElement =>
  $$(el, '.zoom button').find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name) as HTMLButtonElement;

describe('assistance map zoom', () => {
  it('zoom buttons, and the country reached by keyboard is brought into view', async () => {
    const el = await chartFixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<div style="width: 360px"><rights-assistance-map></rights-assistance-map></div>`,
      'rights-assistance-map',
      'svg.map path.country',
    );
    const [, , width] = viewBox(el);
    for (let i = 0; i < 3; i++) zoomButton(el, 'Zoom in').click();
    await el.updateComplete;
    expect(viewBox(el)[2]).to.be.closeTo(width / 8, 0.05);
    const svg = $(el, 'svg.map') as SVGSVGElement;
    svg.focus();
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const ring = ($(el, 'path.focus-ring') as SVGPathElement).getBoundingClientRect();
    const box = svg.getBoundingClientRect();
    expect(ring.left + ring.width / 2).to.be.within(box.left, box.right);
    expect(ring.top + ring.height / 2).to.be.within(box.top, box.bottom);
    zoomButton(el, 'Reset').click();
    await el.updateComplete;
    expect(viewBox(el)[2]).to.equal(width);
  });
});

describe('world map zoom (a phone reader can reach small states)', () => {
  it('zoom buttons halve and double the part in view; Reset shows the whole world', async () => {
    const el = await mapFixture();
    const [, , width, height] = viewBox(el);
    zoomButton(el, 'Zoom in').click();
    await el.updateComplete;
    const zoomed = viewBox(el);
    expect(zoomed[2]).to.be.closeTo(width / 2, 0.05);
    expect(zoomed[3]).to.be.closeTo(height / 2, 0.05);
    expect($(el, 'svg.map')!.classList.contains('zoomed')).to.equal(true);
    zoomButton(el, 'Zoom out').click();
    await el.updateComplete;
    expect(viewBox(el)).to.deep.equal([0, 0, width, height]);
    zoomButton(el, 'Zoom in').click();
    zoomButton(el, 'Zoom in').click();
    await el.updateComplete;
    zoomButton(el, 'Reset').click();
    await el.updateComplete;
    expect(viewBox(el)).to.deep.equal([0, 0, width, height]);
  });

  it('zoomed in, the country reached by keyboard is brought into view and its tooltip points at it', async () => {
    const el = await mapFixture();
    for (let i = 0; i < 3; i++) zoomButton(el, 'Zoom in').click();
    await el.updateComplete;
    const svg = $(el, 'svg.map') as SVGSVGElement;
    svg.focus();
    for (let i = 0; i < 12; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const ring = $(el, 'path.focus-ring') as SVGPathElement;
    expect(ring).to.exist;
    const box = svg.getBoundingClientRect();
    const shape = ring.getBoundingClientRect();
    const centre = { x: shape.left + shape.width / 2, y: shape.top + shape.height / 2 };
    expect(centre.x, 'in view horizontally').to.be.within(box.left, box.right);
    expect(centre.y, 'in view vertically').to.be.within(box.top, box.bottom);
    const tip = ($(el, '.tooltip') as HTMLElement).getBoundingClientRect();
    // The tooltip sits beside or docks below the map, and never covers the country's centre.
    const covers = centre.x >= tip.left && centre.x <= tip.right && centre.y >= tip.top && centre.y <= tip.bottom;
    expect(covers).to.equal(false);
  });

  it('the wheel zooms only once the map has focus, so scrolling the page is not taken over', async () => {
    const el = await mapFixture();
    const svg = $(el, 'svg.map') as SVGSVGElement;
    const full = viewBox(el);
    const wheel = () => {
      const box = svg.getBoundingClientRect();
      const event = new WheelEvent('wheel', { deltaY: -300, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true });
      svg.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(wheel(), 'page scroll left alone').to.equal(false);
    await el.updateComplete;
    expect(viewBox(el)).to.deep.equal(full);
    svg.focus();
    expect(wheel()).to.equal(true);
    await el.updateComplete;
    expect(viewBox(el)[2]).to.be.below(full[2]!);
  });

  it('zoomed in, a drag pans the map and selects nothing', async () => {
    const el = await mapFixture();
    zoomButton(el, 'Zoom in').click();
    await el.updateComplete;
    const svg = $(el, 'svg.map') as SVGSVGElement;
    const before = viewBox(el);
    const box = svg.getBoundingClientRect();
    const at = (x: number) => ({ pointerId: 1, clientX: box.left + x, clientY: box.top + box.height / 2, bubbles: true, isPrimary: true });
    let selected = 0;
    el.addEventListener('rights-select', () => selected++);
    svg.dispatchEvent(new PointerEvent('pointerdown', at(200)));
    svg.dispatchEvent(new PointerEvent('pointermove', at(150)));
    svg.dispatchEvent(new PointerEvent('pointermove', at(100)));
    svg.dispatchEvent(new PointerEvent('pointerup', at(100)));
    // The click that ends the drag lands on a country: it must not select it.
    $(el, 'path.country[data-code]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    const after = viewBox(el);
    expect(after[0]).to.be.above(before[0]!);
    expect(selected).to.equal(0);
  });
});
