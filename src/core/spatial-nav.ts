/** Arrow-key movement between points on a map, by where they are, not by list order. */
export interface NavPoint {
  id: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXES: Record<Direction, [number, number]> = {
  right: [1, 0],
  left: [-1, 0],
  down: [0, 1],
  up: [0, -1],
};

/**
 * The nearest point in the pressed direction. Points within 60° of the
 * direction are preferred, and sideways distance counts double, so "right"
 * from France reaches Germany before Algeria; if nothing lies in that cone,
 * the nearest point in the half-plane is taken.
 */
export function nextInDirection(points: NavPoint[], fromId: string, direction: Direction): string | undefined {
  const from = points.find((p) => p.id === fromId);
  if (!from) return points[0]?.id;
  const [ax, ay] = AXES[direction];
  let best: { id: string; score: number; inCone: boolean } | undefined;
  for (const point of points) {
    if (point.id === fromId) continue;
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const along = dx * ax + dy * ay;
    if (along <= 0) continue;
    const across = Math.abs(dx * ay - dy * ax);
    const inCone = across <= along * Math.tan(Math.PI / 3);
    const score = along + 2 * across;
    if (!best || (inCone && !best.inCone) || (inCone === best.inCone && score < best.score)) {
      best = { id: point.id, score, inCone };
    }
  }
  return best?.id;
}

/** The point closest to (x, y): where keyboard focus starts on a map. */
export function nearestTo(points: NavPoint[], x: number, y: number): string | undefined {
  let best: NavPoint | undefined;
  let bestDistance = Infinity;
  for (const point of points) {
    const distance = (point.x - x) ** 2 + (point.y - y) ** 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = point;
    }
  }
  return best?.id;
}

/** Type-ahead: the next name after `currentId` starting with `prefix`, wrapping around. */
export function nextByName(
  entries: { id: string; name: string }[],
  currentId: string | undefined,
  prefix: string,
  lang: string,
): string | undefined {
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name, lang));
  const start = sorted.findIndex((e) => e.id === currentId);
  const wanted = prefix.toLocaleLowerCase(lang);
  for (let i = 1; i <= sorted.length; i++) {
    const entry = sorted[(start + i + sorted.length) % sorted.length]!;
    if (entry.name.toLocaleLowerCase(lang).startsWith(wanted)) return entry.id;
  }
  return undefined;
}
