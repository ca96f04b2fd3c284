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
 *
 * Each round visits the pairs (i, j), i < j, in order and pushes the two
 * apart where they overlap, moving them at once. Only overlapping pairs move
 * anything, so a grid of the marks' positions finds the pairs that can
 * overlap and the others are skipped: the same pushes, in the same order,
 * with the same arithmetic as visiting every pair (`separatePairwise`), in
 * about linear time instead of quadratic.
 */
export function separate(bins: Bin[], k: number, rounds = 12): Bin[] {
  const marks = marksOf(bins, k);
  if (marks.x.every(Number.isFinite) && marks.y.every(Number.isFinite) && marks.r.every(Number.isFinite)) pushApartIndexed(marks, k, rounds);
  else pushApartPairwise(marks, k, rounds);
  return movedBins(bins, marks);
}

/** `separate` by its definition: every pair, every round. Quadratic; what `separate` is checked against. */
export function separatePairwise(bins: Bin[], k: number, rounds = 12): Bin[] {
  const marks = marksOf(bins, k);
  pushApartPairwise(marks, k, rounds);
  return movedBins(bins, marks);
}

/** Positions and radii (layout units at zoom k) of the marks, moved in place. */
interface Marks {
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
}

function marksOf(bins: Bin[], k: number): Marks {
  return {
    x: Float64Array.from(bins, (bin) => bin.x),
    y: Float64Array.from(bins, (bin) => bin.y),
    r: Float64Array.from(bins, (bin) => binRadius(bin) / k),
  };
}

function movedBins(bins: Bin[], { x, y }: Marks): Bin[] {
  return bins.map((bin, i) => ({ key: bin.key, x: x[i]!, y: y[i]!, members: bin.members, killed: bin.killed, withCivilians: bin.withCivilians }));
}

/** Pushes marks i and j apart if they overlap (with `1 / k` to spare); true if they moved. */
function push({ x, y, r }: Marks, i: number, j: number, k: number): boolean {
  const dx = x[j]! - x[i]! || 1e-6;
  const dy = y[j]! - y[i]!;
  const distance = Math.hypot(dx, dy);
  const overlap = r[i]! + r[j]! + 1 / k - distance;
  if (overlap <= 0) return false;
  const share = overlap / 2 / distance;
  x[i] = x[i]! - dx * share;
  y[i] = y[i]! - dy * share;
  x[j] = x[j]! + dx * share;
  y[j] = y[j]! + dy * share;
  return true;
}

function pushApartPairwise(marks: Marks, k: number, rounds: number): void {
  for (let round = 0; round < rounds; round++) {
    if (!pushRestOfRound(marks, k, 0, 0, false)) break;
  }
}

/** The rest of a pairwise round, from the pair after (i, j): whether any pair moved in the round (`moved`: before it). */
function pushRestOfRound(marks: Marks, k: number, i: number, j: number, moved: boolean): boolean {
  const n = marks.x.length;
  for (let b = j + 1; b < n; b++) if (push(marks, i, b, k)) moved = true;
  for (let a = i + 1; a < n; a++) {
    for (let b = a + 1; b < n; b++) if (push(marks, a, b, k)) moved = true;
  }
  return moved;
}

/** Rebuilds of the pair list allowed in one `separate`; past them (marks crowded so tight that pushes keep carrying them off), the rounds go on pairwise. */
const REBUILDS = 24;

/**
 * The pairwise rounds, visiting only the pairs that can overlap. A grid of
 * the marks' positions lists, once, the pairs (i < j, in visiting order)
 * within `touch + 2 × slack` of each other; while no mark has moved more
 * than `slack` since (`drift`), any other pair is still farther apart than
 * `touch` ≥ r(i) + r(j) + 1/k, so the pairwise visit would not move it. Once
 * a push takes a mark past `slack`, the list is built again from where the
 * marks are, and the round goes on after the pair just visited (or, after
 * `REBUILDS`, pairwise: the same visits either way).
 */
function pushApartIndexed(marks: Marks, k: number, rounds: number): void {
  const { x, y, r } = marks;
  const n = x.length;
  if (n < 2) return;
  let largest = 0;
  for (const radius of r) largest = Math.max(largest, radius);
  const touch = 2 * largest + 1 / k;
  const slack = touch / 4;
  // A little over the exact bound, so rounding cannot leave out a pair that touches.
  const reach = (touch + 2 * slack) * (1 + 1e-9) + 1e-9;
  const gx = new Float64Array(n);
  const gy = new Float64Array(n);
  let drift = 0;
  /** The pairs within `reach`, as i * n + j in increasing order (i before j, as visited). */
  const build = (): number[] => {
    gx.set(x);
    gy.set(y);
    drift = 0;
    const grid = new Map<number, number[]>();
    const cellOf = (v: number): number => Math.floor(v / reach);
    const key = (cx: number, cy: number): number => cx * 1048576 + cy; // a rare collision only adds pairs to check
    for (let i = 0; i < n; i++) {
      const at = key(cellOf(gx[i]!), cellOf(gy[i]!));
      const list = grid.get(at);
      if (list) list.push(i);
      else grid.set(at, [i]);
    }
    const pairs: number[] = [];
    for (let i = 0; i < n; i++) {
      const cx = cellOf(gx[i]!);
      const cy = cellOf(gy[i]!);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const list = grid.get(key(cx + dx, cy + dy));
          if (!list) continue;
          for (const j of list) if (j > i && Math.hypot(gx[j]! - gx[i]!, gy[j]! - gy[i]!) <= reach) pairs.push(i * n + j);
        }
      }
    }
    // In visiting order, once each (a collision can list a cell twice).
    pairs.sort((a, b) => a - b);
    return pairs.filter((pair, p) => p === 0 || pair !== pairs[p - 1]);
  };
  const moved = (i: number): number => Math.hypot(x[i]! - gx[i]!, y[i]! - gy[i]!);
  let pairs = build();
  let rebuilds = 0;
  for (let round = 0; round < rounds; round++) {
    let any = false;
    for (let p = 0; p < pairs.length; p++) {
      const pair = pairs[p]!;
      const i = Math.floor(pair / n);
      const j = pair - i * n;
      if (!push(marks, i, j, k)) continue;
      any = true;
      drift = Math.max(drift, moved(i), moved(j));
      if (drift > slack) {
        if (++rebuilds > REBUILDS) {
          if (pushRestOfRound(marks, k, i, j, true)) pushApartPairwise(marks, k, rounds - round - 1);
          return;
        }
        pairs = build();
        // Go on with the pairs after (i, j).
        let next = 0;
        while (next < pairs.length && pairs[next]! <= pair) next++;
        p = next - 1;
      }
    }
    if (!any) break;
  }
}
