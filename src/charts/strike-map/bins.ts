import type { Strike } from './strikes.js';
import { civiliansReported, killedMax } from './strikes.js';

export interface PlacedStrike {
  strike: Strike;
  /** Layout coordinates (before zoom). */
  x: number;
  y: number;
}

/** Strikes drawn as one mark: a single strike, or a cluster that opens on zoom. */
export interface Bin {
  key: string;
  x: number;
  y: number;
  members: PlacedStrike[];
  killed: number;
  withCivilians: number;
}

/**
 * Groups strikes whose screen positions fall in the same grid cell of `cell`
 * px at zoom `k`, so dense valleys stay readable on a phone; zooming in makes
 * the cells smaller in layout terms and clusters open into single strikes.
 * Each bin sits at the mean position of its members.
 */
export function binStrikes(points: PlacedStrike[], k: number, cell: number): Bin[] {
  const size = cell / k;
  const bins = new Map<string, Bin>();
  for (const point of points) {
    const key = `${Math.floor(point.x / size)}:${Math.floor(point.y / size)}`;
    let bin = bins.get(key);
    if (!bin) {
      bin = { key, x: 0, y: 0, members: [], killed: 0, withCivilians: 0 };
      bins.set(key, bin);
    }
    bin.members.push(point);
    bin.killed += killedMax(point.strike);
    if (civiliansReported(point.strike)) bin.withCivilians++;
  }
  for (const bin of bins.values()) {
    bin.x = bin.members.reduce((s, m) => s + m.x, 0) / bin.members.length;
    bin.y = bin.members.reduce((s, m) => s + m.y, 0) / bin.members.length;
    if (bin.members.length === 1) bin.key = bin.members[0]!.strike.id;
  }
  return [...bins.values()];
}

/** Screen radius of one strike's dot: area grows with people killed, capped so big strikes do not hide others. */
export function strikeRadius(killed: number): number {
  return Math.min(10, 2.5 + Math.sqrt(killed) * 0.9);
}

/** Screen radius of a mark: a single strike's dot or a cluster's ring. */
export function binRadius(bin: Bin): number {
  return bin.members.length === 1 ? strikeRadius(bin.killed) : Math.min(13, 7 + Math.sqrt(bin.killed) * 0.25);
}

/**
 * Nudges overlapping marks apart (a few rounds of pairwise pushes), so counts
 * stay readable where clusters crowd a valley. Marks move by at most about
 * their radius; positions are approximate anyway.
 */
export function separate(bins: Bin[], k: number, rounds = 12): Bin[] {
  const placed = bins.map((bin) => ({ ...bin, r: binRadius(bin) / k }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
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
  return placed.map(({ r: _r, ...bin }) => bin);
}
