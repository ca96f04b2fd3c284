// Names beside the scatter's dots (#14): placed without overlapping each other, the quadrant's label or the plot's edges.
import { expect } from '@open-wc/testing';
import { CHAR_WIDTH, labelCount, placeDotLabels, quadrantLabel, type Box, type DotLabel } from '../../../src/charts/assistance-vs-democracy/dot-labels.js';

const plot: Box = { x0: 50, y0: 10, x1: 340, y1: 200 };
const boxOf = (l: DotLabel): Box => {
  const w = l.text.length * CHAR_WIDTH;
  return l.anchor === 'start' ? { x0: l.x, y0: l.y - 7, x1: l.x + w, y1: l.y + 7 } : { x0: l.x - w, y0: l.y - 7, x1: l.x, y1: l.y + 7 };
};
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placeDotLabels', () => {
  it('moves a label to the left of its dot when the right is taken, and off its row when both sides are', () => {
    const a = { code: 'A', text: 'Saudi Arabia', cx: 150, cy: 100, r: 4 };
    const moved = placeDotLabels([a, { code: 'B', text: 'Australia', cx: 152, cy: 103, r: 4 }], [], plot);
    expect(moved.map((l) => [l.code, l.anchor])).to.deep.equal([['A', 'start'], ['B', 'end']]);
    // Near the left edge the left side is outside the plot, and the right side is A's: B goes below its dot.
    const nearEdge = placeDotLabels([{ ...a, cx: 60 }, { code: 'B', text: 'Australia', cx: 62, cy: 103, r: 4 }], [], plot);
    expect(nearEdge.map((l) => l.code)).to.deep.equal(['A', 'B']);
    expect(nearEdge[1]!.y).to.be.greaterThan(103 + 4);
    expect(overlap(boxOf(nearEdge[0]!), boxOf(nearEdge[1]!))).to.equal(false);
  });

  it('goes below (or above) its dot when both sides are taken, and is dropped only when every spot is', () => {
    // The quadrant label fills the row of a dot at the plot's left edge, as in the 360 px chart.
    const row: Box = { x0: 50, y0: 96, x1: 340, y1: 104 };
    const [below] = placeDotLabels([{ code: 'SAU', text: 'Saudi Arabia', cx: 60, cy: 100, r: 4 }], [row], plot);
    expect(below!.y).to.be.greaterThan(100 + 4);
    expect(overlap(boxOf(below!), row)).to.equal(false);
    const band: Box = { x0: 50, y0: 80, x1: 340, y1: 125 };
    const [above] = placeDotLabels([{ code: 'SAU', text: 'Saudi Arabia', cx: 60, cy: 100, r: 4 }], [{ ...band, y0: 98 }], plot);
    expect(above!.y).to.be.lessThan(100 - 4);
    expect(placeDotLabels([{ code: 'SAU', text: 'Saudi Arabia', cx: 60, cy: 100, r: 4 }], [band], plot)).to.deep.equal([]);
  });

  it('goes left of a dot near the right edge, and never leaves the plot', () => {
    const [label] = placeDotLabels([{ code: 'A', text: 'United Kingdom', cx: 330, cy: 100, r: 5 }], [], plot);
    expect(label!.anchor).to.equal('end');
    const box = boxOf(label!);
    expect(box.x0).to.be.at.least(plot.x0);
    expect(box.x1).to.be.at.most(plot.x1);
  });

  it('keeps clear of the quadrant label, and no two labels of many crowded dots overlap', () => {
    const quadrant = quadrantLabel(50, 10, 140);
    const wanted = Array.from({ length: 30 }, (_, i) => ({ code: `C${i}`, text: `Country ${i}`, cx: 60 + ((i * 37) % 270), cy: 15 + ((i * 23) % 180), r: 3 + (i % 5) }));
    const labels = placeDotLabels(wanted, [quadrant.box], plot);
    expect(labels.length).to.be.greaterThan(0).and.lessThan(wanted.length);
    const boxes = labels.map(boxOf);
    boxes.forEach((a, i) => {
      expect(overlap(a, quadrant.box), labels[i]!.code).to.equal(false);
      boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).to.equal(false));
    });
  });
});

describe('quadrantLabel', () => {
  it('is one line where there is room and two in a phone-sized quadrant, each line inside the quadrant', () => {
    expect(quadrantLabel(0, 0, 400).lines).to.have.length(1);
    const narrow = quadrantLabel(0, 0, 133);
    expect(narrow.lines).to.have.length(2);
    expect(narrow.box.x1).to.be.at.most(133);
  });

  it('names fewer dots on a phone than on a desktop', () => {
    expect(labelCount(340)).to.be.lessThan(labelCount(960));
  });
});
