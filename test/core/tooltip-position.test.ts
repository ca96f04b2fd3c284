import { expect } from '@open-wc/testing';
import { placeTooltip } from '../../src/core/tooltip-position.js';

const bounds = { left: 0, top: 0, right: 400, bottom: 300 };
const size = { width: 100, height: 60 };

/** True if the anchor point lies inside the placed tooltip. */
const covers = (p: { left: number; top: number }, a: { x: number; y: number }) =>
  a.x >= p.left && a.x <= p.left + size.width && a.y >= p.top && a.y <= p.top + size.height;

describe('placeTooltip', () => {
  it('goes right of the anchor when there is room', () => {
    expect(placeTooltip({ x: 50, y: 150 }, size, bounds)).to.deep.equal({ left: 62, top: 120 });
  });

  it('flips left near the right edge', () => {
    expect(placeTooltip({ x: 350, y: 150 }, size, bounds)).to.deep.equal({ left: 238, top: 120 });
  });

  it('goes below or above on narrow screens, never covering the anchor, and stays inside', () => {
    const narrow = { left: 0, top: 0, right: 150, bottom: 300 };
    for (const anchor of [{ x: 75, y: 20 }, { x: 75, y: 280 }, { x: 10, y: 150 }, { x: 140, y: 150 }]) {
      const p = placeTooltip(anchor, size, narrow);
      expect(covers(p, anchor), JSON.stringify(anchor)).to.equal(false);
      expect(p.left).to.be.within(0, 50);
      expect(p.top).to.be.within(0, 240);
    }
  });

  it('docks outside the plot on narrow screens when the chart has room there, never over the plot', () => {
    const chart = { left: 0, top: -80, right: 150, bottom: 400 };
    const plot = { left: 0, top: 0, right: 150, bottom: 200 };
    for (const anchor of [{ x: 75, y: 20 }, { x: 75, y: 190 }, { x: 60, y: 100 }]) {
      const p = placeTooltip(anchor, size, chart, 12, plot);
      expect(p.top, JSON.stringify(anchor)).to.be.at.least(plot.bottom);
      expect(p.top + size.height).to.be.at.most(chart.bottom);
    }
    // No room below the plot: above it, over the heading.
    const above = placeTooltip({ x: 75, y: 150 }, size, { ...chart, bottom: 230 }, 12, plot);
    expect(above.top + size.height).to.be.at.most(plot.top);
    expect(above.top).to.be.at.least(-80);
    // No room outside the plot at all: beside-the-anchor rules as before, still not covering it.
    const inside = placeTooltip({ x: 75, y: 20 }, size, { ...plot }, 12, plot);
    expect(covers(inside, { x: 75, y: 20 })).to.equal(false);
  });

  it('keeps a tooltip beside its anchor when there is room, docking or not', () => {
    expect(placeTooltip({ x: 50, y: 150 }, size, bounds, 12, bounds)).to.deep.equal({ left: 62, top: 120 });
  });

  it('keeps a side-placed tooltip within the top and bottom bounds', () => {
    expect(placeTooltip({ x: 50, y: 5 }, size, bounds).top).to.equal(0);
    expect(placeTooltip({ x: 50, y: 298 }, size, bounds).top).to.equal(240);
  });
});
