// Loader of the U.S. state outlines (us-atlas, Albers USA, pre-projected by
// scripts/data/us-states.mjs): rings delta-encoded in tenths of a pixel of a
// 975 x 610 frame, decoded once into flat x, y lists a map only scales and shifts.
import { lazy } from './load.js';
import type { SourceMeta } from './types.js';

interface UsStatesFile {
  meta: SourceMeta;
  precision: number;
  frame: [number, number];
  states: { fips: string; name: string; anchor: [number, number]; rings: number[][] }[];
}

/** One state (or the District of Columbia) in the frame's pixels. */
export interface UsStateOutline {
  /** Two-digit FIPS code, e.g. "06". */
  fips: string;
  /** The planar centroid of its largest polygon. */
  anchor: [number, number];
  rings: Float64Array[];
}

export interface UsStates {
  meta: SourceMeta;
  /** Width and height of the frame the outlines fill (975 x 610). */
  frame: [number, number];
  states: UsStateOutline[];
}

export function decodeUsStates(file: UsStatesFile): UsStates {
  const unit = 1 / file.precision;
  return {
    meta: file.meta,
    frame: file.frame,
    states: file.states.map(({ fips, anchor, rings }) => ({
      fips,
      anchor: [anchor[0] * unit, anchor[1] * unit] as [number, number],
      rings: rings.map((deltas) => {
        const ring = new Float64Array(deltas.length);
        let x = 0;
        let y = 0;
        for (let i = 0; i < deltas.length; i += 2) {
          x += deltas[i]!;
          y += deltas[i + 1]!;
          ring[i] = x * unit;
          ring[i + 1] = y * unit;
        }
        return ring;
      }),
    })),
  };
}

/** Loaders are properties of one object so tests and hosts can swap a source. */
export const usStatesLoaders = {
  albers: lazy<UsStates, UsStatesFile>(() => import('../../data/us-states-albers.json'), decodeUsStates),
};
