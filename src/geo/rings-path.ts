/**
 * SVG path data for one country's rings (flat x, y lists) scaled by `k` and
 * shifted by (tx, ty), rounded to 0.1 px as d3's `geoPath().digits(1)` writes.
 */
export function ringsPath(rings: Float64Array[], k: number, tx: number, ty: number): string {
  let d = '';
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      d += `${i === 0 ? 'M' : 'L'}${Math.round((ring[i]! * k + tx) * 10) / 10},${Math.round((ring[i + 1]! * k + ty) * 10) / 10}`;
    }
    d += 'Z';
  }
  return d;
}
