import { textWidth } from '../../core/text-width.js';
import { binRadius, type Bin } from './bins.js';
import { lastCallPer } from './memo.js';
import { onLand as inside, type FramedShape, type MapFrame } from './projection.js';

/** A country's name on the map, in layout coordinates (the text's centre), drawn at `size` layout units. */
export interface CountryLabel {
  code: string;
  name: string;
  x: number;
  y: number;
  size: number;
  /** A country with records (drawn stronger than a neighbour). */
  focus: boolean;
  /** Set in the sea beside its country (its halo is the sea's colour). */
  offshore: boolean;
}

export interface LabelInput {
  shapes: readonly FramedShape[];
  /** The countries framed (their parts, such as Somaliland, are not named apart). */
  codes: readonly string[];
  /** The marks drawn at this zoom: a name never covers one (nor its count). */
  bins: readonly Bin[];
  /** The frame's size (layout units) and the zoom factor. */
  width: number;
  height: number;
  k: number;
  /** The name in the reader's language, or '' where there is none to show (never a code). */
  name: (code: string) => string;
  /** Font size on screen, px. */
  fontSize?: number;
  /** Neighbours named at most, largest first. */
  neighbours?: number;
}

/** Font size of the names on screen (px), whatever the zoom. */
export const LABEL_SIZE = 11;

/** Room kept around a name (screen px), so it does not touch a mark, another name or the edge. */
const MARGIN = 2;


/**
 * Where a framed country's name may go, in label widths across and lines
 * down from its centre, nearest first: clusters often sit on the centre.
 */
const SHIFTS: [number, number][] = [];
for (let dx = -2; dx <= 2; dx += 0.25) for (let dy = -6; dy <= 6; dy += 0.5) SHIFTS.push([dx, dy]);
const nearestFirst = (a: [number, number], b: [number, number]): number => Math.hypot(a[0] * 4, a[1]) - Math.hypot(b[0] * 4, b[1]) || a[0] - b[0] || a[1] - b[1];
SHIFTS.sort(nearestFirst);
/** Farther out, for a name set off the coast. */
const WIDE_SHIFTS: [number, number][] = [];
for (let dx = -3; dx <= 3; dx += 0.25) for (let dy = -10; dy <= 10; dy += 0.5) WIDE_SHIFTS.push([dx, dy]);
WIDE_SHIFTS.sort(nearestFirst);

/** How close (screen px) a name set off the coast comes to its country's land. */
const COAST = 8;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Names for the countries framed and their largest neighbours, placed where
 * they cover no mark, no other name and stay inside the map; a name that
 * cannot be placed is left out rather than drawn over something. Worked out
 * in screen pixels at zoom `k` (a pan moves names and marks together, so it
 * changes nothing). A framed country's name may move from its centre, on
 * its land or else just off its coast, to clear the marks; a neighbour's
 * stays put.
 */
export function placeCountryLabels({ shapes, codes, bins, width, height, k, name, fontSize = LABEL_SIZE, neighbours = 6 }: LabelInput): CountryLabel[] {
  const taken: Box[] = bins.map((bin) => {
    const r = binRadius(bin) + MARGIN;
    return { x0: bin.x * k - r, y0: bin.y * k - r, x1: bin.x * k + r, y1: bin.y * k + r };
  });
  const frame: Box = { x0: 0, y0: 0, x1: width * k, y1: height * k };
  const lineHeight = fontSize * 1.2;
  const framed = new Set(codes);
  const area = (s: FramedShape): number => (s.box[1][0] - s.box[0][0]) * (s.box[1][1] - s.box[0][1]);
  const focus = shapes.filter((s) => framed.has(s.code));
  const others = shapes
    .filter((s) => !s.focus)
    .sort((a, b) => area(b) - area(a) || (a.code < b.code ? -1 : 1));
  const labels: CountryLabel[] = [];
  /** Whether a screen point is on any country's land (the sea is what is left). */
  const onLand = (x: number, y: number): boolean =>
    shapes.some((shape) => {
      const [[x0, y0], [x1, y1]] = shape.box;
      return x >= x0 * k && x <= x1 * k && y >= y0 * k && y <= y1 * k && inside(shape, x / k, y / k);
    });
  const place = (shape: FramedShape, shifts: readonly (readonly [number, number])[], where: 'land' | 'coast'): boolean => {
    const text = name(shape.code);
    if (!text) return false;
    const w = textWidth(text, fontSize) + 2 * MARGIN;
    const h = lineHeight + 2 * MARGIN;
    const [ax, ay] = [shape.anchor[0] * k, shape.anchor[1] * k];
    const [[bx0], [bx1]] = shape.box;
    // A neighbour's name must fit across its own box: a small country's name would spill over others.
    if (!shape.focus && w > (bx1 - bx0) * k) return false;
    const mine = (x: number, y: number): boolean => inside(shape, x / k, y / k);
    for (const [dx, dy] of shifts) {
      const cx = ax + dx * w;
      const cy = ay + dy * lineHeight;
      const box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
      if (box.x0 < frame.x0 || box.y0 < frame.y0 || box.x1 > frame.x1 || box.y1 > frame.y1) continue;
      if (taken.some((t) => overlaps(box, t))) continue;
      const ends = [cx - w / 2 + MARGIN, cx, cx + w / 2 - MARGIN];
      if (where === 'land') {
        // On the country's land: a neighbour's name from end to end (so it reads as that country's); a framed country's
        // at least in its middle, as narrow countries (Somalia, Afghanistan at 360 px) have no room for the whole name.
        if (!(shape.focus ? [cx] : ends).every((x) => mine(x, cy))) continue;
      } else {
        // Off its coast: the whole name in the sea, with the country's land just beside it.
        if (ends.some((x) => onLand(x, cy)) || onLand(cx, box.y0) || onLand(cx, box.y1)) continue;
        const near = [box.x0 - COAST, cx, box.x1 + COAST].flatMap((x) => [box.y0 - COAST, cy, box.y1 + COAST].map((y) => [x, y] as const));
        if (!near.some(([x, y]) => mine(x, y))) continue;
      }
      taken.push(box);
      labels.push({ code: shape.code, name: text, x: cx / k, y: cy / k, size: fontSize / k, focus: shape.focus, offshore: where === 'coast' });
      return true;
    }
    return false;
  };
  // A framed country's name goes on its land if the marks leave room, else just off its coast, else nowhere.
  for (const shape of focus) if (!place(shape, SHIFTS, 'land')) place(shape, WIDE_SHIFTS, 'coast');
  let named = 0;
  for (const shape of others) {
    if (named >= neighbours) break;
    if (place(shape, [[0, 0]], 'land')) named++;
  }
  return labels;
}

/** What `mapLabels` needs of `CountryNames` (core/country-names.ts). */
export interface Names {
  has(code: string): boolean;
  name(code: string): string;
}

/**
 * `placeCountryLabels` for a drawn map, remembered per set of marks (a new
 * zoom or focus makes new marks; a pan or a hover does not): names from the
 * registry in the reader's language, none for an outline without one.
 */
export const mapLabels = lastCallPer((bins: Bin[], frame: MapFrame, k: number, codes: string, names: Names): CountryLabel[] =>
  placeCountryLabels({
    shapes: frame.shapes,
    codes: codes.split(','),
    bins,
    width: frame.width,
    height: frame.height,
    k,
    name: (code) => (names.has(code) ? names.name(code) : ''),
  }),
);
