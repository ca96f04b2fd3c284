import { expect } from '@open-wc/testing';
import { civiliansReported, parseDateBound, strikeRows } from '../../../src/charts/strike-map/strikes.js';
import { binStrikes } from '../../../src/charts/strike-map/bins.js';
import { clampZoom, panBy, reveal, zoomAt } from '../../../src/geo/zoom.js';
import { formatReported, mapSummary } from '../../../src/charts/strike-map/describe.js';
import type { TbijStrikes } from '../../../src/data/strikes.js';
import strikesJson from '../../../data/tbij-strikes.json';

const data = strikesJson as TbijStrikes;
const rows = strikeRows(data);

describe('strike rows', () => {
  it('keeps every record, in time order', () => {
    expect(rows.length).to.equal(data.count);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.date <= rows[i]!.date).to.equal(true);
  });

  it('reproduces TBIJ\'s Pakistan totals from single strikes: 430 strikes, 424–969 civilians', () => {
    const pak = rows.filter((r) => r.country === 'PAK');
    expect(pak.length).to.equal(430);
    expect(mapSummary(pak, 0, 'Pakistan', 'en')).to.contain('424–969 of them civilians');
  });

  it('calls a strike civilian-reporting when either end of the range is above zero', () => {
    const withCivilians = rows.filter(civiliansReported).length;
    const expected = data.strikes.id.filter((_, i) => (data.strikes.maxCivilians[i] ?? 0) > 0 || (data.strikes.minCivilians[i] ?? 0) > 0).length;
    expect(withCivilians).to.equal(expected);
  });
});

describe('from/to parsing', () => {
  const first = '2002-11-03';
  const last = '2018-11-25';
  it('turns years and months into the start or end of the period', () => {
    expect(parseDateBound('2009', 'start', first, last, 'from')).to.deep.equal({ value: '2009-01-01' });
    expect(parseDateBound('2009', 'end', first, last, 'to')).to.deep.equal({ value: '2009-12-31' });
    expect(parseDateBound('2016-02', 'end', first, last, 'to')).to.deep.equal({ value: '2016-02-29' });
    expect(parseDateBound('2010-06-15', 'start', first, last, 'from')).to.deep.equal({ value: '2010-06-15' });
  });
  it('clamps out-of-range dates and reports garbage', () => {
    expect(parseDateBound('1999', 'start', first, last, 'from').value).to.equal(first);
    expect(parseDateBound('1999', 'start', first, last, 'from').problem).to.contain('No strikes before');
    expect(parseDateBound('2030-01-01', 'end', first, last, 'to').value).to.equal(last);
    expect(parseDateBound('soon', 'end', first, last, 'to').problem).to.contain('"soon"');
    expect(parseDateBound('2010-13-01', 'end', first, last, 'to').problem).to.contain('not a valid date');
  });
});

describe('clusters', () => {
  const at = (x: number, y: number, i: number) => ({ strike: rows[i]!, x, y });
  it('merges points in one cell and splits them when zoomed in', () => {
    const points = [at(1, 1, 0), at(5, 5, 1), at(40, 40, 2)];
    const coarse = binStrikes(points, 1, 16);
    expect(coarse.map((b) => b.members.length).sort()).to.deep.equal([1, 2]);
    const fine = binStrikes(points, 4, 16);
    expect(fine.length).to.equal(3);
    expect(fine.map((b) => b.key)).to.include(rows[0]!.id);
  });
  it('places a cluster at its members\' mean and counts civilian-reporting strikes', () => {
    const [bin] = binStrikes([at(0, 0, 0), at(4, 8, 1)], 1, 16);
    expect([bin!.x, bin!.y]).to.deep.equal([2, 4]);
    expect(bin!.withCivilians).to.equal([rows[0]!, rows[1]!].filter(civiliansReported).length);
  });
});

describe('zoom maths', () => {
  it('keeps the point under the pointer fixed and the map covering the view', () => {
    const z = zoomAt({ k: 1, x: 0, y: 0 }, 2, 100, 50, 400, 200);
    expect(z.k).to.equal(2);
    expect(100 * z.k + z.x).to.be.closeTo(100, 1e-9); // layout point 100 stays at screen 100
    expect(zoomAt(z, 0.1, 0, 0, 400, 200)).to.deep.equal({ k: 1, x: 0, y: 0 });
    expect(panBy({ k: 2, x: 0, y: 0 }, 50, 50, 400, 200)).to.deep.equal({ k: 2, x: 0, y: 0 });
    expect(clampZoom({ k: 2, x: -1000, y: -1000 }, 400, 200)).to.deep.equal({ k: 2, x: -400, y: -200 });
  });
  it('pans just enough to reveal a focused point', () => {
    const z = reveal({ k: 4, x: 0, y: 0 }, 300, 10, 400, 200);
    const sx = 300 * z.k + z.x;
    expect(sx).to.be.at.most(400 - 24 + 1e-9);
    expect(sx).to.be.at.least(0);
  });
});

describe('reported ranges', () => {
  it('formats ranges, points and unknowns', () => {
    expect(formatReported([2, 5], 'en')).to.equal('2–5');
    expect(formatReported([3, 3], 'en')).to.equal('3');
    expect(formatReported([null, null], 'en')).to.equal('unknown');
    expect(formatReported([1, null], 'en')).to.equal('1–?');
  });
});

describe('mark separation', () => {
  it('pushes overlapping clusters apart until they no longer overlap', async () => {
    const { separate, binRadius } = await import('../../../src/charts/strike-map/bins.js');
    const members = (n: number) => rows.slice(0, n).map((strike) => ({ strike, x: 0, y: 0 }));
    const bin = (key: string, x: number, n: number) => ({ key, x, y: 50, members: members(n), killed: 0, withCivilians: 0 });
    const out = separate([bin('a', 100, 3), bin('b', 102, 3), bin('c', 300, 2)], 1);
    const [a, b, c] = out;
    expect(Math.hypot(b!.x - a!.x, b!.y - a!.y)).to.be.at.least(binRadius(a!) + binRadius(b!));
    expect(c!.x).to.equal(300);
    expect((a!.x + b!.x) / 2).to.be.closeTo(101, 1e-9);
  });
});
