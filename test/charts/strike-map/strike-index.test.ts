import { expect } from '@open-wc/testing';
import { binRadius, binStrikes, separate, separatePairwise, type Bin, type PlacedStrike } from '../../../src/charts/strike-map/bins.js';
import { cachedFrame, frameMap } from '../../../src/charts/strike-map/projection.js';
import { MapScene } from '../../../src/charts/strike-map/scene.js';
import { coveredCountries, selectStrikes, strikesBetween } from '../../../src/charts/strike-map/strike-index.js';
import { strikeRows, type Strike } from '../../../src/charts/strike-map/strikes.js';
import { binsInView, region } from '../../../src/charts/strike-map/in-view.js';
import { lastCallPer, Recent } from '../../../src/charts/strike-map/memo.js';
import { IDENTITY } from '../../../src/geo/zoom.js';
import { projectedWorldLoaders, type ProjectedWorld } from '../../../src/geo/projected-world.js';
import type { TbijStrikes } from '../../../src/data/strikes.js';
import strikesJson from '../../../data/tbij-strikes.json';

const rows = strikeRows(strikesJson as TbijStrikes);
const SETS = [['PAK'], ['YEM'], ['SOM'], ['AFG'], ['AFG', 'PAK', 'SOM', 'YEM']];
const ZOOMS = [1, 1.37, 2, 3, 4.5, 8, 16];

// — the definitions, written out here as the element documents them —

/** The records shown: the chosen countries', dated from `from` to `end`. */
const shownBy = (codes: string[], from: string, end: string): Strike[] => rows.filter((r) => codes.includes(r.country) && r.date >= from && r.date <= end);

/** Records in one grid cell of `cell / k` layout units make one mark, at their mean, keyed by the cell (or the record, alone). */
function binsBy(points: PlacedStrike[], k: number, cell: number): Bin[] {
  const size = cell / k;
  const cells = new Map<string, PlacedStrike[]>();
  for (const p of points) {
    const key = `${Math.floor(p.x / size)}:${Math.floor(p.y / size)}`;
    cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  return [...cells].map(([key, members]) => ({
    key: members.length === 1 ? members[0]!.strike.id : key,
    x: members.reduce((s, m) => s + m.x, 0) / members.length,
    y: members.reduce((s, m) => s + m.y, 0) / members.length,
    members,
    killed: members.reduce((s, m) => s + Math.max(m.strike.killed[0] ?? 0, m.strike.killed[1] ?? 0), 0),
    withCivilians: members.filter((m) => (m.strike.civilians[0] ?? 0) > 0 || (m.strike.civilians[1] ?? 0) > 0).length,
  }));
}

/** Up to `rounds` rounds; each visits every pair i < j in order and pushes overlapping marks (radius + 1/k) apart along their line, half each. */
function separatedBy(bins: Bin[], k: number, rounds = 12): Bin[] {
  const marks = bins.map((b) => ({ ...b, r: binRadius(b) / k }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const a = marks[i]!;
        const b = marks[j]!;
        const dx = b.x - a.x || 1e-6;
        const dy = b.y - a.y;
        const distance = Math.hypot(dx, dy);
        const overlap = a.r + b.r + 1 / k - distance;
        if (overlap <= 0) continue;
        const push = overlap / 2 / distance;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return marks.map(({ r: _r, ...bin }) => bin);
}

/** A mark as compared: its key, members (by record) and exact position. */
const summary = (bins: Bin[]) => bins.map((b) => ({ key: b.key, x: b.x, y: b.y, members: b.members.map((m) => m.strike.id), killed: b.killed, withCivilians: b.withCivilians }));

function placedIn(world: ProjectedWorld, codes: string[], width: number, height: number): PlacedStrike[] {
  const frame = frameMap(world, codes, width, height);
  return rows
    .filter((r) => codes.includes(r.country) && r.lat !== null && r.lon !== null)
    .map((strike) => {
      const [x, y] = frame.projection([strike.lon!, strike.lat!]);
      return { strike, x, y };
    });
}

describe('strike index (records per country, projected once per dataset)', () => {
  it('lists the covered countries, sorted, once per dataset', () => {
    expect(coveredCountries(rows)).to.deep.equal([...new Set(rows.map((r) => r.country))].sort());
    expect(coveredCountries(rows)).to.equal(coveredCountries(rows));
  });

  it('selects the records of the chosen countries between two dates, as filtering every record does', () => {
    const dates = ['0000', '2002-11-03', '2009-01-20', '2012-06-30', '2015-01-01', '2017-03-02', '2018-12-31', '9999'];
    for (const codes of [...SETS, ['YEM', 'PAK'], ['SOM', 'SOM']]) {
      const selection = selectStrikes(rows, codes);
      expect(selectStrikes(rows, [...codes].reverse()), 'same selection in any order').to.equal(selection);
      for (const from of dates) {
        for (const end of dates) {
          const got = strikesBetween(selection, from, end).map((i) => selection.rows[i]!.id);
          expect(got, `${codes.join()} ${from}–${end}`).to.deep.equal(shownBy(codes, from, end).map((r) => r.id));
        }
      }
      // Bounds that fall on records' own dates include them.
      const some = selection.rows[Math.floor(selection.rows.length / 3)]!.date;
      expect(strikesBetween(selection, some, some).map((i) => selection.rows[i]!.id)).to.deep.equal(shownBy(codes, some, some).map((r) => r.id));
    }
  });

  it('falls back to filtering when dates are out of order', () => {
    const shuffled = [...rows].reverse();
    const selection = selectStrikes(shuffled, ['PAK']);
    expect(selection.sorted).to.equal(false);
    const got = strikesBetween(selection, '2010-01-01', '2010-12-31').map((i) => selection.rows[i]!.id);
    expect(got).to.deep.equal(shuffled.filter((r) => r.country === 'PAK' && r.date >= '2010-01-01' && r.date <= '2010-12-31').map((r) => r.id));
  });

  it('places every record exactly where the frame projects it', async () => {
    const world = await projectedWorldLoaders.mercator110m();
    for (const codes of SETS) {
      for (const width of [360, 1000]) {
        const frame = frameMap(world, codes, width, Math.round(width * 0.625));
        const selection = selectStrikes(rows, codes);
        selection.rows.forEach((strike, i) => {
          if (strike.lat === null || strike.lon === null) {
            expect(Number.isNaN(selection.mx[i]!)).to.equal(true);
            return;
          }
          const [x, y] = frame.projection([strike.lon, strike.lat]);
          expect(selection.mx[i]! * frame.scale + frame.offset[0]).to.equal(x);
          expect(selection.my[i]! * frame.scale + frame.offset[1]).to.equal(y);
        });
      }
    }
  });
});

describe('clusters and their separation (grid index)', () => {
  it('bins records by grid cell as defined', async () => {
    const world = await projectedWorldLoaders.mercator110m();
    for (const codes of SETS) {
      const placed = placedIn(world, codes, 1000, 625);
      for (const k of ZOOMS) expect(summary(binStrikes(placed, k, 28)), `${codes.join()} at ${k}`).to.deep.equal(summary(binsBy(placed, k, 28)));
    }
  });

  it('separates real clusters exactly as visiting every pair does, for every country, width and zoom', async () => {
    const world = await projectedWorldLoaders.mercator110m();
    let pushed = 0;
    for (const codes of SETS) {
      for (const width of [360, 1000]) {
        const placed = placedIn(world, codes, width, Math.round(width * 0.625));
        for (const k of ZOOMS) {
          const bins = binStrikes(placed, k, 28);
          const expected = separatedBy(bins, k);
          const got = separate(bins, k);
          expect(summary(got), `${codes.join()} ${width}px at ${k}`).to.deep.equal(summary(expected));
          expect(summary(separatePairwise(bins, k))).to.deep.equal(summary(expected));
          pushed += got.filter((b, i) => b.x !== bins[i]!.x || b.y !== bins[i]!.y).length;
        }
      }
    }
    expect(pushed, 'the cases do push marks apart').to.be.greaterThan(100);
  });

  it('separates crowded, stacked and far-flung synthetic marks exactly as visiting every pair does', () => {
    const strike = rows[0]!;
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const mark = (x: number, y: number, n: number, killed: number): Bin => ({ key: `${x}:${y}`, x, y, members: Array.from({ length: n }, () => ({ strike, x, y })), killed, withCivilians: 0 });
    const cases: [string, Bin[], number][] = [
      ['a crowded valley', Array.from({ length: 300 }, () => mark(random() * 60, random() * 40, 1 + Math.floor(random() * 4), Math.floor(random() * 400))), 1],
      ['stacked on one point', Array.from({ length: 40 }, (_, i) => mark(100, 100, 1 + (i % 3), i * 10)), 2],
      ['a line', Array.from({ length: 80 }, (_, i) => mark(i * 3, 50, 2, 100)), 1.5],
      ['far apart and huge coordinates', Array.from({ length: 60 }, (_, i) => mark((i % 2 ? 1e7 : -1e7) + random() * 20, random() * 20, 1, 5)), 16],
      ['one mark', [mark(1, 1, 2, 3)], 1],
      ['none', [], 1],
    ];
    for (const [name, bins, k] of cases) {
      for (const rounds of [1, 12]) expect(summary(separate(bins, k, rounds)), `${name}, ${rounds} rounds`).to.deep.equal(summary(separatedBy(bins, k, rounds)));
    }
    const broken = [mark(0, 0, 2, 1), mark(1, 0, 2, 1), { ...mark(2, 0, 2, 1), x: Number.NaN }];
    expect(summary(separate(broken, 1))).to.deep.equal(summary(separatedBy(broken, 1)));
  });
});

describe('the map scene (records, positions and clusters per view)', () => {
  it('matches the definitions as zoom, dates, focus and countries change, and again when it re-uses what it computed', async () => {
    const world = await projectedWorldLoaders.mercator110m();
    const scene = new MapScene();
    const steps: [string[], string, string, number, string][] = [
      [['AFG'], '2015-01-01', '2018-12-31', 1, ''],
      [['AFG'], '2015-01-01', '2018-12-31', 4, ''],
      [['AFG'], '2015-01-01', '2016-12-31', 4, ''],
      [['AFG'], '2015-01-01', '2016-12-31', 4, rows.find((r) => r.country === 'AFG' && r.lat !== null)!.id],
      [['PAK'], '2002-01-01', '2018-12-31', 1, ''],
      // Other countries start at the full view (k 1), then zoom.
      [['AFG', 'PAK', 'SOM', 'YEM'], '2002-01-01', '2018-12-31', 8, ''],
      [['AFG', 'PAK', 'SOM', 'YEM'], '2002-01-01', '2018-12-31', 8, ''],
      [['AFG', 'PAK', 'SOM', 'YEM'], '2002-01-01', '2018-12-31', 16, ''],
      [['AFG'], '2015-01-01', '2018-12-31', 1, ''],
      [['AFG'], '2015-01-01', '2018-12-31', 4, ''],
    ];
    const used: number[] = [];
    for (const [codes, from, end, wanted, activeId] of steps) {
      const { k } = scene.update({ world, rows, codes, width: 1000, height: 625, from, end, zoom: { k: wanted, x: 0, y: 0 }, activeId });
      used.push(k);
      const label = `${codes.join()} ${from}–${end} at ${k} ${activeId}`;
      const shown = shownBy(codes, from, end);
      expect(scene.shown.map((s) => s.id), label).to.deep.equal(shown.map((s) => s.id));
      const frame = frameMap(world, codes, 1000, 625);
      const placed = shown.filter((s) => s.lat !== null && s.lon !== null).map((strike) => {
        const [x, y] = frame.projection([strike.lon!, strike.lat!]);
        return { strike, x, y };
      });
      expect(scene.placed.map((p) => [p.strike.id, p.x, p.y]), label).to.deep.equal(placed.map((p) => [p.strike.id, p.x, p.y]));
      const bins = separatedBy(binsBy(placed.filter((p) => p.strike.id !== activeId), k, 28), k);
      expect(summary(scene.bins), label).to.deep.equal(summary(bins));
    }
    expect(used).to.deep.equal([1, 4, 4, 4, 1, 1, 8, 16, 1, 4]);
  });

  it('starts afresh with other data', async () => {
    const world = await projectedWorldLoaders.mercator110m();
    const scene = new MapScene();
    const input = { world, rows, codes: ['YEM'], width: 600, height: 375, from: '2002-01-01', end: '2018-12-31', zoom: IDENTITY, activeId: '' };
    scene.update(input);
    const fewer = rows.filter((r) => r.date < '2012-01-01');
    scene.update({ ...input, rows: fewer });
    expect(scene.shown.map((s) => s.id)).to.deep.equal(fewer.filter((r) => r.country === 'YEM').map((r) => r.id));
  });

  it('keeps frames per outline file and size, the same as building them', async () => {
    const world = await projectedWorldLoaders.mercator110m();
    const frame = cachedFrame(world, ['SOM'], 500, 312);
    expect(cachedFrame(world, ['SOM'], 500, 312)).to.equal(frame);
    const built = frameMap(world, ['SOM'], 500, 312);
    expect(frame.shapes).to.deep.equal(built.shapes);
    expect([frame.scale, frame.offset]).to.deep.equal([built.scale, built.offset]);
  });
});

describe('marks in view', () => {
  const bins: Bin[] = [];
  for (let x = 0; x <= 1000; x += 25) for (let y = 0; y <= 600; y += 25) bins.push({ key: `${x}:${y}`, x, y, members: [], killed: 0, withCivilians: 0 });

  it('draws everything at the full view and every mark that meets the view when zoomed', () => {
    expect(binsInView(bins, IDENTITY, 1000, 600)).to.deep.equal(bins);
    for (const zoom of [{ k: 4, x: -1500, y: -900 }, { k: 16, x: -3000, y: -5000 }, { k: 2.5, x: 0, y: -900 }]) {
      const drawn = new Set(binsInView(bins, zoom, 1000, 600));
      const seen = bins.filter((b) => {
        const r = binRadius(b) / zoom.k;
        const [x, y] = [b.x * zoom.k + zoom.x, b.y * zoom.k + zoom.y];
        return x + r * zoom.k >= 0 && x - r * zoom.k <= 1000 && y + r * zoom.k >= 0 && y - r * zoom.k <= 600;
      });
      for (const bin of seen) expect(drawn.has(bin), `${bin.key} at ${JSON.stringify(zoom)}`).to.equal(true);
      expect(drawn.size).to.be.lessThan(bins.length);
    }
  });

  it('returns the same list while a pan stays within a tile, a new one past it', () => {
    const zoom = { k: 4, x: -1550, y: -900 };
    const first = binsInView(bins, zoom, 1000, 600);
    const { x0, x1 } = region(zoom, 1000, 600);
    expect(x1 - x0).to.be.greaterThan(1000 / 4);
    expect(binsInView(bins, { ...zoom, x: -1560 }, 1000, 600)).to.equal(first);
    expect(binsInView(bins, { ...zoom, x: -1550 - 1000 }, 1000, 600)).not.to.equal(first);
  });
});

describe('lastCallPer', () => {
  it('runs again only for other arguments, remembering the last call per first argument', () => {
    let runs = 0;
    const times = lastCallPer((list: number[], by: number) => (runs++, list.map((n) => n * by)));
    const one = [1, 2];
    const two = [3];
    expect(times(one, 2)).to.deep.equal([2, 4]);
    expect(times(one, 2)).to.equal(times(one, 2));
    expect(runs).to.equal(1);
    expect(times(two, 2)).to.deep.equal([6]);
    expect(times(one, 2), 'still known after another list').to.deep.equal([2, 4]);
    expect(runs).to.equal(2);
    times([1, 2], 2);
    times(one, 3);
    expect(runs).to.equal(4);
  });
});

describe('Recent', () => {
  it('makes a value once per key and forgets the least recently used', () => {
    const made: string[] = [];
    const recent = new Recent<string, string>(2);
    const get = (key: string) => recent.get(key, () => (made.push(key), key.toUpperCase()));
    expect([get('a'), get('b'), get('a'), get('c'), get('a'), get('b')]).to.deep.equal(['A', 'B', 'A', 'C', 'A', 'B']);
    expect(made).to.deep.equal(['a', 'b', 'c', 'b']);
    recent.clear();
    get('a');
    expect(made.at(-1)).to.equal('a');
  });
});
