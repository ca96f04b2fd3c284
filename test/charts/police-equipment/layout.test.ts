// The pure modules of <rights-police-equipment>, without the DOM: rows, ranks,
// territories per 100,000, colour classes, ship years, map layout and keys.
import { expect } from '@open-wc/testing';
import json from '../../../data/leso-1033.json';
import outlinesJson from '../../../data/us-states-albers.json';
import type { Leso1033 } from '../../../src/data/police-equipment.js';
import { decodeUsStates } from '../../../src/data/us-states.js';
import { classBreaks, classOf, shipYears, stateRows, unrankedTerritories } from '../../../src/charts/police-equipment/equipment.js';
import { layoutStates } from '../../../src/charts/police-equipment/map-layout.js';
import { stateForKey } from '../../../src/charts/police-equipment/keys.js';
import { layoutShipYears } from '../../../src/charts/police-equipment/ship-years.js';

const data = json as unknown as Leso1033;
const outlines = decodeUsStates(outlinesJson as unknown as Parameters<typeof decodeUsStates>[0]);
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('police equipment: rows and ranks', () => {
  it('totals: every place with entries is ranked, most first; places without entries come last, unranked', () => {
    const rows = stateRows(data, 'rifles', 'total');
    expect(rows.length).to.equal(data.states.code.length);
    const ranked = rows.filter((r) => r.status === 'ranked');
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.value!).to.be.at.least(ranked[i]!.value!);
    expect(ranked[0]!.rank).to.equal(1);
    const none = rows.filter((r) => r.status === 'none').map((r) => r.code);
    expect(none.sort()).to.deep.equal(['AS', 'DC', 'HI']);
    expect(rows.slice(-3).every((r) => r.rank === 0 && r.value === null)).to.equal(true);
    // Puerto Rico has entries: ranked with the states as a total.
    expect(rows.find((r) => r.code === 'PR')!.status).to.equal('ranked');
  });

  it('per 100,000: territories keep their rate but leave the ranks, so the Northern Mariana Islands (top by value per resident) is not first', () => {
    const rows = stateRows(data, 'value', '100k');
    const mp = rows.find((r) => r.code === 'MP')!;
    expect(mp.status).to.equal('territory');
    expect(mp.rank).to.equal(0);
    expect(mp.value).to.equal(data.per100k.value[data.states.code.indexOf('MP')]);
    // It has the highest rate of all places: that is why it must not rank.
    const highest = Math.max(...data.per100k.value.filter((v): v is number => v !== null));
    expect(mp.value).to.equal(highest);
    expect(rows[0]!.type).to.not.equal('territory');
    expect(unrankedTerritories(rows).map((r) => r.code)).to.deep.equal(['MP', 'VI', 'GU', 'PR']);
  });

  it('ties share a rank ("1, 2, 2, 4")', () => {
    const rows = stateRows(data, 'mraps', 'total').filter((r) => r.status === 'ranked');
    const zeros = rows.filter((r) => r.value === 0);
    expect(zeros.length).to.be.greaterThan(1);
    expect(new Set(zeros.map((r) => r.rank)).size).to.equal(1);
    expect(zeros[0]!.rank).to.equal(rows.length - zeros.length + 1);
  });
});

describe('police equipment: colour classes', () => {
  it('zero has its own class, the positive values four, breaks rising', () => {
    const breaks = classBreaks([0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(breaks).to.deep.equal([3, 5, 7]);
    expect([0, 1, 2.9, 3, 6.99, 7, 100].map((v) => classOf(v, breaks))).to.deep.equal([0, 1, 1, 2, 3, 4, 4]);
    expect(classOf(null, breaks)).to.equal(-1);
  });

  it('repeated values give fewer breaks, never a break at the smallest value', () => {
    expect(classBreaks([1, 1, 1, 1, 1])).to.deep.equal([]);
    expect(classBreaks([1, 1, 1, 2])).to.deep.equal([2]);
    expect(classBreaks([])).to.deep.equal([]);
  });
});

describe('police equipment: ship years', () => {
  it('the years of every place add up to the national total; one state\'s add up to its total', () => {
    const all = shipYears(data, 'rifles', 'total');
    expect(all.map((y) => y.year)).to.deep.equal(data.byYear.years);
    expect(sum(all.map((y) => y.value))).to.equal(data.totals.rifles);
    const tn = shipYears(data, 'mraps', 'total', 'TN');
    expect(sum(tn.map((y) => y.value))).to.equal(data.states.mraps[data.states.code.indexOf('TN')]);
    // No entries: nothing shipped in any year.
    expect(sum(shipYears(data, 'rifles', 'total', 'HI').map((y) => y.value))).to.equal(0);
  });

  it('per 100,000: over the population of the place', () => {
    const i = data.states.code.indexOf('ND');
    const nd = shipYears(data, 'rifles', '100k', 'ND');
    expect(sum(nd.map((y) => y.value))).to.be.closeTo((data.states.rifles[i]! / data.states.population[i]!) * 1e5, 1e-9);
  });

  it('bars sit on the baseline inside the width; no bar for a year with nothing held', () => {
    const years = shipYears(data, 'mraps', 'total');
    const layout = layoutShipYears(years, 360);
    expect(layout.bars.length).to.equal(years.filter((y) => y.value > 0).length);
    for (const b of layout.bars) {
      expect(b.x).to.be.at.least(0);
      expect(b.x + b.w).to.be.at.most(360);
      expect(b.y + b.h).to.be.closeTo(layout.bottom, 1e-9);
    }
    const tallest = layout.bars.reduce((a, b) => (b.h > a.h ? b : a));
    expect(tallest.value).to.equal(Math.max(...years.map((y) => y.value)));
  });
});

describe('police equipment: map layout and keys', () => {
  it('51 shapes scaled to the width, keeping the 975 x 610 frame', () => {
    const layout = layoutStates(outlines, 360);
    expect(layout.shapes.length).to.equal(51);
    expect(layout.height).to.equal(Math.round((610 * 360) / 975));
    for (const s of layout.shapes) {
      expect(s.d).to.match(/^M[\d.]+,[\d.]+L/);
      expect(s.x).to.be.within(0, 360);
      expect(s.y).to.be.within(0, layout.height);
    }
    expect(layoutStates(outlines, 360)).to.equal(layout);
  });

  it('arrows move by where states lie, letters by name, Home and End by rank', () => {
    const layout = layoutStates(outlines, 975);
    const names = new Map(data.states.fips.map((f, i) => [f, data.states.name[i]!]));
    const places = layout.shapes.map((s) => ({ fips: s.fips, name: names.get(s.fips)!, x: s.x, y: s.y }));
    const fips = (code: string): string => data.states.fips[data.states.code.indexOf(code)]!;
    // West of Nevada is California; north of Texas is Oklahoma.
    expect(stateForKey('ArrowLeft', places, fips('NV'), [], 'en')).to.equal(fips('CA'));
    expect(stateForKey('ArrowUp', places, fips('TX'), [], 'en')).to.equal(fips('OK'));
    expect(stateForKey('w', places, fips('TX'), [], 'en')).to.equal(fips('WA'));
    expect(stateForKey('Home', places, fips('TX'), ['48', '06'], 'en')).to.equal('48');
    expect(stateForKey('End', places, fips('TX'), ['48', '06'], 'en')).to.equal('06');
    expect(stateForKey('Tab', places, fips('TX'), [], 'en')).to.equal(undefined);
  });
});
