import { expect } from '@open-wc/testing';
import { compare, periodLabel, placesOf, rowsOf } from '../../../src/charts/civilian-harm/comparison.js';
import { formatEstimate } from '../../../src/charts/civilian-harm/describe.js';
import type { CivcasTable } from '../../../src/data/civilian-harm.js';
import civcasJson from '../../../data/civcas-official-vs-independent.json';

const table = civcasJson as CivcasTable;
const groups = compare(rowsOf(table));
const entries = groups.flatMap((g) => g.entries);
const byId = (id: number) => entries.find((e) => e.row.id === id);

describe('official vs independent pairing', () => {
  it('reads the theatre text as a set of places; "All …" covers everything', () => {
    expect([...placesOf('Outside areas of active hostilities (Pakistan; Yemen; Somalia; Libya)')!]).to.deep.equal(['Pakistan', 'Yemen', 'Somalia', 'Libya']);
    expect([...placesOf('Iraq; Syria')!]).to.deep.equal(['Iraq', 'Syria']);
    expect(placesOf('All US military operations (Iraq; Syria)')).to.equal(null);
  });

  it('sets every independent estimate beside an official figure of the same period', () => {
    const independent = table.rows.id.filter((_, i) => table.rows.estimateType[i] === 'independent');
    for (const id of independent) {
      const entry = byId(id)!;
      expect(entry, `row ${id}`).to.exist;
      expect(entry.against, `row ${id}`).to.exist;
      expect(entry.against!.periodStart).to.equal(entry.row.periodStart);
      expect(entry.against!.periodEnd).to.equal(entry.row.periodEnd);
      expect(entry.against!.estimateType).to.equal('official');
    }
  });

  it('chooses the narrowest covering official scope (ODNI for TBIJ 2009–2015; DoD Iraq & Syria for Airwars 2018, as the table notes say)', () => {
    expect(byId(2)!.against!.sourceOrg).to.contain('Director of National Intelligence');
    expect(byId(3)!.against!.id).to.equal(1);
    expect(byId(20)!.against!.theatre).to.equal('Iraq; Syria');
    expect(byId(20)!.row.notes).to.contain('compare row 7');
    expect(byId(20)!.against!.id).to.equal(7);
    expect(byId(14)!.against!.theatre).to.contain('Syria');
  });

  it('keeps official headline figures even without a partner, and drops unmatched breakdowns', () => {
    expect(byId(4), 'DoD 2017').to.exist;
    expect(byId(19), 'DoD 2022').to.exist;
    expect(byId(8), 'Afghanistan 2018 breakdown').to.equal(undefined);
    expect(byId(7), 'Iraq & Syria 2018, matched').to.exist;
  });

  it('labels periods and figures as published', () => {
    expect(periodLabel('2018-01-01', '2018-12-31', 'en')).to.equal('2018');
    expect(periodLabel('2009-01-20', '2015-12-31', 'en')).to.equal('Jan 2009 – Dec 2015');
    expect(formatEstimate({ low: 492, high: 1183 }, 'en')).to.equal('492–1,183');
    expect(formatEstimate({ low: 805, high: null }, 'en')).to.equal('at least 805');
    expect(formatEstimate({ low: 120, high: 120 }, 'en')).to.equal('120');
  });
});
