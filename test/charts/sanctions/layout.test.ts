// Pure modules of <rights-sanctions>: the periods (undated first), the span of
// years, the kinds asked for, and the stacked columns' marks. No DOM.
import { expect } from '@open-wc/testing';
import { KINDS, dataSpan, entriesOf, parseKinds, periods, periodsIn, totals, validateGlomag } from '../../../src/charts/sanctions/periods.js';
import { layoutColumns, type ColumnInput } from '../../../src/charts/sanctions/column-layout.js';
import type { Glomag, GlomagKind } from '../../../src/data/sanctions.js';
import json from '../../../data/glomag.json';

const data = json as unknown as Glomag;
const all = periods(data);
const { first, last } = dataSpan(data);

function input(from: number, to: number, kinds: GlomagKind[] = [...KINDS]): ColumnInput {
  const shown = periodsIn(all, from, to, first);
  return { periods: shown, kinds, ticks: shown.map((p) => [p.year === null ? 'Undated' : String(p.year)]), numbers: shown.map((p) => String(entriesOf(p, kinds))) };
}

describe('sanctions: periods', () => {
  it('the undated entries come first, then one period per year of the data, oldest first; partial years are marked', () => {
    expect(all[0]!.year).to.equal(null);
    expect(all.slice(1).map((p) => p.year)).to.deep.equal(data.years.year);
    expect(all.filter((p) => p.partial).map((p) => p.year)).to.deep.equal(data.partialYears);
    expect(all[0]!.counts).to.deep.equal(data.undated);
  });

  it('every entry is in exactly one period: the periods add up to the entries', () => {
    const sums = totals(all);
    expect(sums.reduce((a, b) => a + b, 0)).to.equal(data.entries);
    for (const k of KINDS) expect(sums[KINDS.indexOf(k)]).to.equal(data.undated[KINDS.indexOf(k)]! + data.years[k].reduce((a, b) => a + b, 0));
  });

  it('the undated column goes with a span that starts with the data, not with a later one', () => {
    expect(periodsIn(all, first, last, first)).to.have.length(all.length);
    const later = periodsIn(all, first + 1, last, first);
    expect(later.some((p) => p.year === null)).to.equal(false);
    expect(later.map((p) => p.year)).to.deep.equal(data.years.year.filter((y) => y > first));
  });

  it('reads kinds from a list or an array, in any case; unknown words are reported, garbage shows every kind', () => {
    expect(parseKinds('all').value).to.deep.equal(KINDS);
    expect(parseKinds('').value).to.deep.equal(KINDS);
    expect(parseKinds('Vessel individual').value).to.deep.equal(['individual', 'vessel']);
    expect(parseKinds(['entity']).value).to.deep.equal(['entity']);
    const unknown = parseKinds('ships entity');
    expect(unknown.value).to.deep.equal(['entity']);
    expect(unknown.problem).to.contain('ships');
    const bad = parseKinds(42);
    expect(bad.value).to.deep.equal(KINDS);
    expect(bad.problem).to.be.a('string');
    expect(parseKinds('people').value, 'nothing known: every kind').to.deep.equal(KINDS);
  });

  it('the data check refuses a file of another shape', () => {
    expect(() => validateGlomag(data)).to.not.throw();
    expect(() => validateGlomag({ ...data, years: { ...data.years, vessel: [1] } } as Glomag)).to.throw();
    expect(() => validateGlomag({} as Glomag)).to.throw();
  });
});

describe('sanctions: column layout', () => {
  for (const width of [296, 336, 976]) {
    it(`at ${width} px: one column per period inside the plot, segments stacked to the column's total, the undated column set apart`, () => {
      const layout = layoutColumns(input(first, last), width);
      const f = layout.frame;
      expect(layout.columns.map((c) => c.key)).to.deep.equal(['undated', ...data.years.year.map(String)]);
      for (const c of layout.columns) {
        expect(c.x).to.be.at.least(f.left);
        expect(c.x + c.width).to.be.at.most(f.right + 0.001);
        // Stacked from the baseline up: each segment starts where the one below ends.
        let bottom = f.bottom;
        for (const s of c.segments) {
          expect(s.y + s.height).to.be.closeTo(bottom, 1e-6);
          bottom = s.y;
        }
        expect(bottom).to.be.closeTo(c.top, 1e-6);
      }
      // Columns do not overlap; the undated one is further from the first year than the years are from each other.
      const [u, a, b] = layout.columns;
      expect(a!.x - (u!.x + u!.width)).to.be.greaterThan(b!.x - (a!.x + a!.width));
      expect(layout.divider).to.be.greaterThan(u!.x + u!.width);
      expect(layout.divider).to.be.lessThan(a!.x);
      // Taller for more entries, and the axis reaches the tallest.
      const byEntries = [...layout.columns].sort((p, q) => q.entries - p.entries);
      for (let i = 1; i < byEntries.length; i++) expect(byEntries[i]!.top).to.be.at.least(byEntries[i - 1]!.top);
      expect(layout.valueTicks[layout.valueTicks.length - 1]!.value).to.be.at.least(byEntries[0]!.entries);
    });
  }

  it('one kind: one segment per column, its own count; a later span has no undated column and no rule', () => {
    const vessels = layoutColumns(input(first, last, ['vessel']), 336);
    expect(vessels.columns.every((c) => c.segments.length === 1 && c.segments[0]!.kind === 'vessel')).to.equal(true);
    expect(vessels.columns.map((c) => c.entries)).to.deep.equal([data.undated[2], ...data.years.vessel]);
    const later = layoutColumns(input(first + 1, last), 336);
    expect(later.divider).to.equal(null);
    expect(later.columns.some((c) => c.key === 'undated')).to.equal(false);
  });

  it('a total too wide for its column is left out (the tooltip and the table still give it)', () => {
    const long = { ...input(first, last), numbers: all.map(() => '8'.repeat(40)) };
    expect(layoutColumns(long, 336).columns.every((c) => c.totalY === null)).to.equal(true);
    expect(layoutColumns(input(first, last), 336).columns.every((c) => c.totalY !== null)).to.equal(true);
  });
});

describe('sanctions: tick labels', () => {
  it('stay inside the chart and do not run into each other at 296 px', () => {
    const shown = periodsIn(all, first, last, first);
    const ticks = shown.map((p): [string, string] | [string] => (p.year === null ? ['Undated', 'by Aug 2021'] : p.partial ? [String(p.year), p.year === first ? 'from Aug' : 'to May'] : [String(p.year)]));
    const layout = layoutColumns({ ...input(first, last), ticks }, 296);
    // About 6 px a character at 10–11 px: generous, so the check errs on the side of failing.
    const boxes = layout.columns.map((c) => {
      const half = (Math.max(...c.tick.map((t) => t.length)) * 6) / 2;
      return [c.tickX - half, c.tickX + half] as const;
    });
    for (const [l, r] of boxes) {
      expect(l).to.be.at.least(0);
      expect(r).to.be.at.most(layout.frame.width);
    }
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0], layout.columns[i]!.key).to.be.greaterThan(boxes[i - 1]![1] - 1);
  });
});
