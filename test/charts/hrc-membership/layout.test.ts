// Pure modules of <rights-hrc-membership>: the cycles joined with V-Dem, the
// cycle a reader names, and the column chart's marks. No DOM.
import { expect } from '@open-wc/testing';
import { autocracies, defaultCycle, democracies, findCycle, membership, validateMembership } from '../../../src/charts/hrc-membership/cycles.js';
import { layoutColumns, type ColumnInput } from '../../../src/charts/hrc-membership/column-layout.js';
import type { UnhrcMembership } from '../../../src/data/hrc-membership.js';
import type { VdemV15 } from '../../../src/data/democracy.js';
import hrcJson from '../../../data/unhrc-membership.json';
import vdemJson from '../../../data/vdem-v15.json';

const hrc = hrcJson as unknown as UnhrcMembership;
const vdem = vdemJson as unknown as VdemV15;
const m = membership(hrc, vdem);
const byId = (id: string) => m.cycles.find((c) => c.id === id)!;

function input(): ColumnInput {
  return { membership: m, withdrawalText: 'U.S. withdraws', returnText: 'U.S. returns', usLabel: 'U.S.', years: m.cycles.map((c) => String(c.year)), numbers: String };
}

describe('hrc-membership: cycles joined with V-Dem', () => {
  it('one cycle per data cycle, each member once, every member counted in exactly one part', () => {
    expect(m.cycles.map((c) => c.id)).to.deep.equal(hrc.cycles.id);
    for (const c of m.cycles) {
      expect(new Set(c.members.map((x) => x.code)).size, c.id).to.equal(c.members.length);
      expect(c.counts.reduce((a, b) => a + b, 0) + c.notRated, c.id).to.equal(c.members.length);
      expect(autocracies(c) + democracies(c) + c.notRated).to.equal(c.members.length);
    }
  });

  it('reads the rating of the year each cycle began, and a member V-Dem does not rate stays unrated', () => {
    const first = byId('2006-07');
    expect(first.ratingYear).to.equal(2006);
    const china = first.members.find((x) => x.code === 'CHN')!;
    const series = vdem.countries.CHN!;
    expect(china.regime).to.equal(series.regime[2006 - series.start]);
    // V-Dem has no series for the Bahamas: counted as not rated, never filled in.
    expect(vdem.countries.BHS).to.equal(undefined);
    const bahamas = byId('2019').members.find((x) => x.code === 'BHS')!;
    expect(bahamas.regime).to.equal(null);
    expect(byId('2019').notRated).to.be.at.least(1);
  });

  it('a cycle after V-Dem\'s last year is not rated at all', () => {
    const late = m.cycles.filter((c) => c.year > vdem.last);
    expect(late.length, 'the data reach past V-Dem').to.be.at.least(1);
    for (const c of late) {
      expect(c.rated).to.equal(false);
      expect(c.notRated).to.equal(c.members.length);
    }
    expect(defaultCycle(m.cycles)!.year).to.equal(vdem.last);
  });

  it('the seats are the smallest membership; the U.S. withdrawal and return come from the data', () => {
    expect(m.seats).to.equal(Math.min(...hrc.cycles.members.map((x) => x.length)));
    expect(m.withdrawal?.id).to.equal('2018');
    expect(m.withdrawal?.us).to.equal('withdrew');
    expect(m.comeback?.id).to.equal('2022');
    expect(m.withdrawalDate).to.equal('2018-06-19');
    expect(m.returnElected).to.equal('2021-10-14');
    expect(byId('2019').us).to.equal('absent');
    expect(byId('2017').us).to.equal('member');
  });

  it('finds a cycle by its label, a dash, or a year (2012 lies in the 18-month 2011-12 cycle)', () => {
    expect(findCycle(m.cycles, '2009-10')?.id).to.equal('2009-10');
    expect(findCycle(m.cycles, '2009–10')?.id).to.equal('2009-10');
    expect(findCycle(m.cycles, '2009')?.id).to.equal('2009-10');
    expect(findCycle(m.cycles, '2012')?.id).to.equal('2011-12');
    expect(findCycle(m.cycles, ' 2018 ')?.id).to.equal('2018');
    expect(findCycle(m.cycles, '2005')).to.equal(undefined);
    expect(findCycle(m.cycles, '2026')).to.equal(undefined);
    expect(findCycle(m.cycles, 'soon')).to.equal(undefined);
  });

  it('rejects files of the wrong shape', () => {
    expect(() => validateMembership(hrc, vdem)).to.not.throw();
    expect(() => validateMembership({ ...hrc, cycles: { ...hrc.cycles, start: [] } }, vdem)).to.throw();
    expect(() => validateMembership(hrc, { ...vdem, countries: null } as unknown as VdemV15)).to.throw();
    expect(() => validateMembership(null as unknown as UnhrcMembership, vdem)).to.throw();
  });
});

describe('hrc-membership: column layout', () => {
  for (const width of [296, 360, 1000]) {
    it(`at ${width} px: columns in order inside the plot, stacks that add up, the seats line at the seats`, () => {
      const l = layoutColumns(input(), width);
      const f = l.frame;
      expect(l.columns).to.have.length(m.cycles.length);
      l.columns.forEach((c, i) => {
        expect(c.x0).to.be.at.least(f.left - 1e-6);
        expect(c.x1).to.be.at.most(f.right + 1e-6);
        if (i) expect(c.x0).to.be.closeTo(l.columns[i - 1]!.x1, 1e-6);
        expect(c.width).to.be.at.most(c.x1 - c.x0);
        // Stacked from the foot, each segment on the last.
        let y = f.bottom;
        for (const s of c.segments) {
          expect(s.y0).to.be.closeTo(y, 1e-6);
          y = s.y1;
        }
        expect(c.top).to.be.closeTo(y, 1e-6);
        expect(c.segments.reduce((a, s) => a + s.count, 0)).to.equal(c.cycle.members.length);
      });
      // 47 members reach the seats line exactly; 48 rise above it.
      const full = l.columns.find((c) => c.cycle.members.length === m.seats)!;
      expect(full.top).to.be.closeTo(l.seats.y, 1e-6);
      const over = l.columns.find((c) => c.cycle.members.length > m.seats)!;
      expect(over.top).to.be.lessThan(l.seats.y);
      // The last year is always labelled.
      expect(l.columns[l.columns.length - 1]!.tick).to.equal(true);
    });
  }

  it('autocracies at the foot: closed, then electoral; then democracies; the unrated on top', () => {
    const l = layoutColumns(input(), 1000);
    for (const c of l.columns) {
      const parts = c.segments.map((s) => s.part);
      const order = [0, 1, 2, 3, 'none'];
      expect([...parts].sort((a, b) => order.indexOf(a) - order.indexOf(b))).to.deep.equal(parts);
    }
  });

  it('the U.S. events stand over their columns, inside the chart, on two rows when they would touch', () => {
    for (const width of [296, 360, 1000]) {
      const l = layoutColumns(input(), width);
      expect(l.annotations.map((a) => a.cycle.id)).to.deep.equal(['2018', '2022']);
      for (const a of l.annotations) {
        expect(a.y).to.be.lessThan(l.frame.top);
        expect(a.y).to.be.greaterThan(0);
        expect(a.lineY1).to.be.greaterThan(a.lineY0);
      }
      const [w, r] = l.annotations;
      if (w!.y === r!.y) expect(r!.x - w!.x, `${width}: same row only when apart`).to.be.greaterThan(80);
    }
    const narrow = layoutColumns(input(), 360);
    expect(narrow.annotations[0]!.y).to.not.equal(narrow.annotations[1]!.y);
  });

  it('year labels thin out on a phone and never crowd', () => {
    const wide = layoutColumns(input(), 1000).columns.filter((c) => c.tick);
    const narrow = layoutColumns(input(), 360).columns.filter((c) => c.tick);
    expect(wide).to.have.length(m.cycles.length);
    expect(narrow.length).to.be.lessThan(m.cycles.length);
    for (let i = 1; i < narrow.length; i++) expect(narrow[i]!.cx - narrow[i - 1]!.cx).to.be.greaterThan(30);
  });
});
