// Pure modules of <rights-refugee-admissions>: the fiscal years read from the
// data and the chart's marks. No DOM.
import { expect } from '@open-wc/testing';
import { dataSpan, fiscalYears, lowest, validateAdmissions, wholeYears, yearsIn } from '../../../src/charts/refugee-admissions/years.js';
import { layoutGap } from '../../../src/charts/refugee-admissions/gap-layout.js';
import type { RefugeeAdmissions } from '../../../src/data/refugee-admissions.js';
import json from '../../../data/refugee-admissions.json';

const data = json as RefugeeAdmissions;
const all = fiscalYears(data);
const format = (v: number): string => v.toLocaleString('en');

describe('refugee-admissions: fiscal years', () => {
  it('keeps only years with a ceiling, oldest first, each with both figures from the file', () => {
    const withCeiling = data.series.ceiling.filter((c) => c !== null).length;
    expect(all).to.have.length(withCeiling);
    for (let i = 1; i < all.length; i++) expect(all[i]!.year).to.equal(all[i - 1]!.year + 1);
    for (const fy of all) {
      expect(fy.ceiling).to.equal(data.series.ceiling[fy.year - data.series.start]);
      expect(fy.admitted).to.equal(data.series.admitted[fy.year - data.series.start]);
      expect(fy.difference).to.equal(fy.admitted - fy.ceiling);
    }
  });

  it('the span starts with the first ceiling and ends with the partial year', () => {
    const { first, last } = dataSpan(all);
    expect(data.series.ceiling[first - data.series.start]).to.be.a('number');
    expect(data.series.ceiling[first - 1 - data.series.start] ?? null).to.equal(null);
    expect(last).to.equal(data.series.start + data.series.admitted.length - 1);
    expect(all.filter((y) => y.partial).map((y) => y.year)).to.deep.equal(data.partial);
    expect(wholeYears(all).some((y) => y.partial)).to.equal(false);
  });

  it('yearsIn cuts the span; lowest finds the earliest of the smallest', () => {
    expect(yearsIn(all, 2017, 2020).map((y) => y.year)).to.deep.equal([2017, 2018, 2019, 2020]);
    const tie = [
      { ...all[0]!, year: 1, admitted: 5 },
      { ...all[0]!, year: 2, admitted: 5 },
    ];
    expect(lowest(tie, (y) => y.admitted)!.year).to.equal(1);
    expect(lowest([], (y) => y.admitted)).to.equal(undefined);
  });

  it('validate throws on a file of another shape', () => {
    expect(() => validateAdmissions(data)).to.not.throw();
    expect(() => validateAdmissions({ ...data, series: { ...data.series, admitted: [1] } })).to.throw();
    expect(() => validateAdmissions({ ...data, partial: undefined } as unknown as RefugeeAdmissions)).to.throw();
    expect(() => validateAdmissions({ ...data, series: { ...data.series, ceiling: data.series.ceiling.map(() => null) } })).to.throw();
  });
});

describe('refugee-admissions: layout', () => {
  for (const width of [296, 336, 976]) {
    it(`at ${width} px: a column per year inside the frame, higher counts taller, the ceiling one step line`, () => {
      const layout = layoutGap(all, width, format, 'partial');
      const f = layout.frame;
      expect(layout.marks).to.have.length(all.length);
      for (const m of layout.marks) {
        expect(m.x).to.be.at.least(f.left - 0.001);
        expect(m.x + m.width).to.be.at.most(f.right + 0.001);
        expect(m.y).to.be.at.least(f.top);
        expect(m.y).to.be.at.most(f.bottom);
        expect(m.width).to.be.greaterThan(0);
        // The column sits inside its cell, and cells do not overlap.
        expect(m.x).to.be.at.least(m.cellX - 0.001);
        expect(m.x + m.width).to.be.at.most(m.cellX + m.cellWidth + 0.001);
      }
      for (let i = 1; i < layout.marks.length; i++) expect(layout.marks[i]!.cellX).to.be.closeTo(layout.marks[i - 1]!.cellX + layout.marks[i - 1]!.cellWidth, 0.001);
      const byAdmitted = [...layout.marks].sort((a, b) => b.fy.admitted - a.fy.admitted);
      for (let i = 1; i < byAdmitted.length; i++) expect(byAdmitted[i]!.y).to.be.at.least(byAdmitted[i - 1]!.y);
      // One M, then a level run per year and a riser between years.
      expect(layout.ceiling.match(/M/g)).to.have.length(1);
      expect(layout.ceiling.match(/H/g)).to.have.length(all.length);
      expect(layout.ceiling.match(/V/g)).to.have.length(all.length - 1);
      // The top value tick reaches the largest figure.
      const top = layout.valueTicks[layout.valueTicks.length - 1]!.value;
      expect(top).to.be.at.least(Math.max(...all.map((y) => Math.max(y.ceiling, y.admitted))));
      // The value labels fit the left margin.
      expect(f.left).to.be.greaterThan(format(top).length * 5);
    });
  }

  it('shades the gap only where a whole year fell short of its ceiling, from the column top to the ceiling', () => {
    const layout = layoutGap(all, 976, format, 'partial');
    for (const m of layout.marks) {
      const short = !m.fy.partial && m.fy.admitted < m.fy.ceiling;
      expect(Boolean(m.shortfall), String(m.fy.year)).to.equal(short);
      if (m.shortfall) {
        expect(m.shortfall.y).to.equal(m.ceilingY);
        expect(m.shortfall.y + m.shortfall.height).to.be.closeTo(m.y, 0.001);
      }
    }
    // Years at or above the ceiling exist in the data (checked here, not assumed) and have no gap.
    expect(layout.marks.filter((m) => !m.fy.partial && m.fy.admitted >= m.fy.ceiling).every((m) => m.shortfall === null)).to.equal(true);
  });

  it('labels the partial year\'s tick and keeps every tick label inside the drawing', () => {
    for (const width of [296, 976]) {
      const layout = layoutGap(all, width, format, 'partial');
      const partial = layout.yearTicks.filter((t) => t.partial);
      expect(partial.map((t) => t.year)).to.deep.equal(data.partial);
      expect(layout.yearTicks[layout.yearTicks.length - 1]!.year).to.equal(all[all.length - 1]!.year);
      for (const t of layout.yearTicks) {
        expect(t.labelX).to.be.at.least(0);
        expect(t.labelX).to.be.at.most(layout.frame.width);
      }
      // Room under the axis for the second line.
      expect(layout.frame.height - layout.frame.bottom).to.be.at.least(30);
    }
    const whole = layoutGap(yearsIn(all, 1980, 2001), 976, format);
    expect(whole.yearTicks.some((t) => t.partial)).to.equal(false);
    expect(whole.frame.height - whole.frame.bottom).to.be.lessThan(30);
  });

  it('with no years, nothing is drawn and nothing throws', () => {
    const layout = layoutGap([], 336, format);
    expect(layout.marks).to.deep.equal([]);
    expect(layout.ceiling).to.equal('');
    expect(layout.yearTicks).to.deep.equal([]);
  });
});
