import { expect } from '@open-wc/testing';
import { bandPath, frame, linePath, linear, nearestIndex, spreadLabels, tickLabelPlace, valueTicks, yearTicks } from '../../src/core/axes.js';

describe('axes', () => {
  it('frame: margins inset the drawable area, never inverted', () => {
    expect(frame(400, 200, { top: 10, right: 20, bottom: 30, left: 40 })).to.deep.equal({
      width: 400, height: 200, left: 40, right: 380, top: 10, bottom: 170,
    });
    const tiny = frame(10, 10, { top: 10, right: 20, bottom: 30, left: 40 });
    expect(tiny.right).to.be.greaterThan(tiny.left);
    expect(tiny.bottom).to.be.greaterThan(tiny.top);
  });

  it('yearTicks: round steps, always the last year, fewer when narrow', () => {
    const wide = yearTicks(1960, 2024, 900);
    expect(wide[wide.length - 1]).to.equal(2024);
    expect(wide).to.include(1970).and.include(2000);
    for (const year of wide.slice(0, -1)) expect(year % 5, String(year)).to.equal(0);
    const narrow = yearTicks(1960, 2024, 250);
    expect(narrow.length).to.be.lessThan(wide.length);
    expect(narrow.length).to.be.at.most(5);
    expect(narrow[narrow.length - 1]).to.equal(2024);
    // 2020 is too close to 2024 to label both when steps are 20 years.
    expect(yearTicks(1960, 2024, 280)).not.to.include(2020);
    expect(yearTicks(2010, 2010, 300)).to.deep.equal([2010]);
    const sorted = [...wide].sort((a, b) => a - b);
    expect(wide).to.deep.equal(sorted);
  });

  it('valueTicks: round values within the domain', () => {
    expect(valueTicks(0, 1, 200)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('linear maps ends to ends and handles a constant domain', () => {
    const x = linear(2000, 2020, 0, 100);
    expect(x(2000)).to.equal(0);
    expect(x(2010)).to.equal(50);
    expect(x(2020)).to.equal(100);
    expect(linear(5, 5, 0, 10)(5)).to.equal(5);
  });

  it('linePath breaks at nulls', () => {
    expect(linePath([[0, 0], [10, 5], null, [20, 5], [30, 0]])).to.equal('M0,0L10,5M20,5L30,0');
    expect(linePath([])).to.equal('');
  });

  it('bandPath closes each run between upper and lower edge', () => {
    expect(bandPath([[0, 0], [10, 0]], [[0, 5], [10, 6]])).to.equal('M0,0L10,0L10,6L0,5Z');
    expect(bandPath([[0, 0], null, [20, 1], [30, 1]], [[0, 5], [10, 5], [20, 4], [30, 4]])).to.equal('M0,0L0,5ZM20,1L30,1L30,4L20,4Z');
  });

  it('nearestIndex finds the closest position', () => {
    expect(nearestIndex([0, 10, 20, 30], 14)).to.equal(1);
    expect(nearestIndex([0, 10, 20, 30], 16)).to.equal(2);
    expect(nearestIndex([0, 10, 20, 30], -50)).to.equal(0);
  });

  it('spreadLabels keeps order and a minimum gap inside the bounds', () => {
    const placed = spreadLabels([50, 52, 10, 51], 12, 0, 100);
    const order = [2, 0, 3, 1];
    for (let k = 1; k < order.length; k++) {
      expect(placed[order[k]!]! - placed[order[k - 1]!]!).to.be.at.least(12 - 1e-9);
    }
    expect(placed[2]).to.equal(10);
    const crowded = spreadLabels([98, 99, 100], 10, 0, 100);
    expect(Math.max(...crowded)).to.be.at.most(100);
    expect(crowded[2]! - crowded[1]!).to.be.at.least(10 - 1e-9);
  });

  describe('tickLabelPlace', () => {
    it('centres a label that fits under its tick', () => {
      expect(tickLabelPlace(100, 30, 40, 300)).to.deep.equal({ x: 100, anchor: 'middle' });
    });
    it('sets a label flush with the right edge it would cross', () => {
      expect(tickLabelPlace(290, 30, 40, 300)).to.deep.equal({ x: 300, anchor: 'end' });
    });
    it('sets a label flush with the left edge it would cross', () => {
      expect(tickLabelPlace(50, 30, 40, 300)).to.deep.equal({ x: 40, anchor: 'start' });
    });
    it('a wider label leaves the middle sooner', () => {
      expect(tickLabelPlace(270, 30, 0, 300).anchor).to.equal('middle');
      expect(tickLabelPlace(270, 80, 0, 300).anchor).to.equal('end');
    });
  });
});
