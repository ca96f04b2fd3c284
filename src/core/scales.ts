// The few scales the charts use, as small functions rather than d3-scale: its
// linear scale pulls in d3-interpolate, d3-format and d3-time (about 10 kB
// gzip per chart) for what is a line of arithmetic here. Same results as
// d3-scale's scaleLinear, scaleLog, scaleSqrt and scaleBand for the options
// used (tested against d3-scale).
import { tickIncrement, ticks } from 'd3-array';

export type Pair = readonly [number, number];

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  ticks(count?: number): number[];
}

const interpolate = (range: Pair, t: number): number => range[0] + (range[1] - range[0]) * t;

/** A linear map of `domain` onto `range`; `nice` extends the domain to round tick values as d3's `.nice(count)` does. */
export function linearScale(domain: Pair, range: Pair, nice?: number): LinearScale {
  let [d0, d1] = domain;
  if (nice !== undefined) [d0, d1] = niceLinear(d0, d1, nice);
  const scale = ((value: number) => interpolate(range, d1 === d0 ? 0.5 : (value - d0) / (d1 - d0))) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}

/** d3-scale's linear `nice`: widen [start, stop] to multiples of its tick step until the step settles. */
function niceLinear(start: number, stop: number, count: number): [number, number] {
  let previous: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) break;
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  return [start, stop];
}

/** A base-10 log scale; `nice` widens the domain to whole powers of ten. */
export function logScale(domain: Pair, range: Pair, nice = false): LinearScale {
  let [d0, d1] = domain;
  if (nice) [d0, d1] = [10 ** Math.floor(Math.log10(d0)), 10 ** Math.ceil(Math.log10(d1))];
  const [l0, l1] = [Math.log10(d0), Math.log10(d1)];
  const scale = ((value: number) => interpolate(range, l1 === l0 ? 0.5 : (Math.log10(value) - l0) / (l1 - l0))) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.ticks = () => [];
  return scale;
}

/** A square-root scale (areas proportional to values). */
export function sqrtScale(domain: Pair, range: Pair): (value: number) => number {
  const [s0, s1] = [Math.sqrt(domain[0]), Math.sqrt(domain[1])];
  return (value) => interpolate(range, s1 === s0 ? 0.5 : (Math.sqrt(value) - s0) / (s1 - s0));
}

export interface BandScale<T> {
  (value: T): number | undefined;
  bandwidth(): number;
  step(): number;
}

/** Bands for `domain` across `range`, `paddingInner` of a step between bands, none outside, centred (d3's scaleBand defaults). */
export function bandScale<T>(domain: readonly T[], range: Pair, paddingInner = 0): BandScale<T> {
  const n = domain.length;
  const step = (range[1] - range[0]) / Math.max(1, n - paddingInner);
  const index = new Map(domain.map((value, i) => [value, i]));
  const scale = ((value: T) => {
    const i = index.get(value);
    return i === undefined ? undefined : range[0] + step * i;
  }) as BandScale<T>;
  scale.bandwidth = () => step * (1 - paddingInner);
  scale.step = () => step;
  return scale;
}
