// Pure modules of <rights-guantanamo>: dates on the time axis, the counts in a
// span of years, and the step chart's marks. No DOM.
import { expect } from '@open-wc/testing';
import { countsIn, dataSpan, detaineeCounts, inauguration, terms, timeOf } from '../../../src/charts/guantanamo/counts.js';
import { layoutSteps, type StepInput } from '../../../src/charts/guantanamo/step-layout.js';
import type { GuantanamoDetainees } from '../../../src/data/guantanamo.js';
import json from '../../../data/guantanamo-detainees.json';

const data = json as GuantanamoDetainees;
const all = detaineeCounts(data);

function input(from: number, to: number): StepInput {
  const counts = countsIn(all, from, to);
  const t = terms(data);
  return { counts, all, terms: t, termNames: t.map((x) => x.president), peakYear: data.peak.year, from, to, numbers: counts.map((c) => String(c.held)) };
}

describe('guantanamo: dates on the time axis', () => {
  it('places a day within its year, a month at its middle, a year at its middle; garbage is NaN', () => {
    expect(timeOf('2009-01-01')).to.equal(2009);
    expect(timeOf('2016-12-31')).to.be.closeTo(2016 + 365 / 366, 1e-9);
    expect(timeOf('2025-01')).to.be.closeTo(2025 + 0.5 / 12, 1e-9);
    expect(timeOf('2003')).to.equal(2003.5);
    expect(Number.isNaN(timeOf('January 2009'))).to.equal(true);
  });

  it('counts dated 11 and 19 January 2017 fall in the term that was ending, not the next one', () => {
    const t = terms(data);
    const january = all.filter((c) => c.date.startsWith('2017-01'));
    expect(january.length, 'the data has counts in January 2017').to.be.at.least(1);
    for (const c of january) {
      const term = t.find((x) => c.at >= x.start && c.at < x.stop);
      expect(term?.to, c.date).to.equal(2017);
    }
    expect(inauguration(2017)).to.be.greaterThan(timeOf('2017-01-19'));
    expect(inauguration(2017)).to.be.lessThan(timeOf('2017-01-21'));
  });

  it('the data spans the first year anyone was held to the latest count; counts are in date order', () => {
    const { first, last } = dataSpan(data);
    expect(first).to.equal(data.everHeld.from);
    expect(last).to.equal(Math.max(...data.held.from.map((d) => Number(d.slice(0, 4)))));
    for (let i = 1; i < all.length; i++) expect(all[i]!.at).to.be.greaterThan(all[i - 1]!.at);
  });

  it('a span keeps the counts dated in it, and a count over a period that overlaps it', () => {
    expect(countsIn(all, 2002, 2008)).to.deep.equal([]);
    const range = all.find((c) => c.until)!;
    const inside = Number(range.date.slice(0, 4)) + 1;
    expect(countsIn(all, inside, inside).map((c) => c.index)).to.deep.equal([range.index]);
    expect(countsIn(all, 2002, 2025)).to.have.length(data.held.from.length);
  });
});

describe('guantanamo: step layout', () => {
  for (const width of [296, 336, 976]) {
    it(`at ${width} px: one dashed step between each pair of counts, a solid run only over a stated period, labels that neither overlap nor leave the chart`, () => {
      const layout = layoutSteps(input(2002, 2025), width);
      const n = all.length;
      expect(layout.points).to.have.length(n);
      expect(layout.between.match(/M/g)).to.have.length(n - 1);
      expect((layout.known.match(/M/g) ?? []).length).to.equal(all.filter((c) => c.until).length);
      const labelled = layout.points.filter((p) => p.label);
      // The first and the last count always carry their number.
      expect(layout.points[0]!.label, 'first count labelled').to.not.equal(null);
      expect(layout.points[n - 1]!.label, 'last count labelled').to.not.equal(null);
      const boxes = labelled.map((p) => {
        const w = String(p.count.held).length * 8;
        const left = p.label!.anchor === 'start' ? p.label!.x : p.label!.x - w;
        return [left, p.label!.y - 9, left + w, p.label!.y + 3] as const;
      });
      for (const [l, , r] of boxes) {
        expect(l).to.be.at.least(0);
        expect(r).to.be.at.most(layout.frame.width);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
          expect(overlap, `${labelled[i]!.count.held} and ${labelled[j]!.count.held}`).to.equal(false);
        }
      }
      // Higher counts sit higher; the y axis reaches above the highest count.
      const byHeld = [...layout.points].sort((a, b) => b.count.held - a.count.held);
      for (let i = 1; i < byHeld.length; i++) expect(byHeld[i]!.y).to.be.at.least(byHeld[i - 1]!.y);
      const top = layout.valueTicks[layout.valueTicks.length - 1]!.value;
      expect(top).to.be.at.least(Math.max(...all.map((c) => c.held)));
    });
  }

  it('the peak year is a column without a number, only when its year is shown', () => {
    const withPeak = layoutSteps(input(2002, 2025), 976);
    expect(withPeak.peak?.year).to.equal(data.peak.year);
    expect(withPeak.peak!.x1).to.be.greaterThan(withPeak.peak!.x0);
    expect(layoutSteps(input(2009, 2025), 976).peak).to.equal(null);
  });

  it('terms are clipped to the span and named only where the name fits', () => {
    const wide = layoutSteps(input(2002, 2025), 976);
    expect(wide.terms.map((t) => t.term.president)).to.deep.equal(data.administrations.president);
    expect(wide.terms.every((t) => t.label)).to.equal(true);
    const late = layoutSteps(input(2016, 2025), 976);
    expect(late.terms[0]!.x0).to.equal(late.frame.left);
    const long = { ...input(2002, 2025), termNames: data.administrations.president.map((p) => `${p} ${'x'.repeat(200)}`) };
    expect(layoutSteps(long, 296).terms.every((t) => t.label === null)).to.equal(true);
  });

  it('with no count in the span, the scale is drawn for every count and nothing is stepped', () => {
    const layout = layoutSteps(input(2002, 2006), 336);
    expect(layout.points).to.deep.equal([]);
    expect(layout.between).to.equal('');
    expect(layout.valueTicks[layout.valueTicks.length - 1]!.value).to.be.at.least(Math.max(...all.map((c) => c.held)));
  });
});
