// Marks of the trend chart: series + size -> paths, bands, labels, ticks and
// the rows of episode bars under the year axis. Pure.
import { bandPath, frame, linear, linePath, spreadLabels, valueTicks, yearTicks, type Frame, type Point } from '../../core/axes.js';
import type { Episode, TrendSeries } from '../../democracy/trend-data.js';
import { chartHeight } from '../../core/xy-frame.js';
import { textWidth } from '../../core/text-width.js';

/** Letters of the Arabic script (Arabic, Persian, Urdu names and words). */
const ARABIC = /\p{Script=Arabic}/gu;

/**
 * core/text-width.ts counts any letter outside Latin as a full em, twice what
 * an Arabic letter takes in a label (0.47–0.67 em measured in DejaVu Sans
 * Bold, the widest face system-ui resolves to): Arabic end labels would fall
 * back to codes with room to spare. They count 0.72 em here.
 */
function labelWidth(text: string, size: number): number {
  const arabic = text.match(ARABIC)?.length ?? 0;
  return arabic ? textWidth(text.replace(ARABIC, ''), size) + arabic * 0.72 * size * 1.005 : textWidth(text, size);
}

export interface SeriesMarks {
  id: string;
  line: string;
  band: string;
  /** Where the direct label sits at the right edge (its first line), and its anchor at the line's last value. */
  label: { x: number; y: number; anchorY: number; lines: string[] } | null;
  /** y per year (null where no data), indexed like `years`. */
  ys: (number | null)[];
}

export interface EpisodeBar {
  kind: Episode['kind'];
  x: number;
  width: number;
  start: number;
  end: number;
  ongoing: boolean;
}

/** One country's episodes: a row of bars under the year axis, named at the right in the label column. */
export interface EpisodeRow {
  id: string;
  /** Top of the bars and their height; the name's lines start at `labelY`. */
  y: number;
  height: number;
  labelY: number;
  lines: string[];
  bars: EpisodeBar[];
}

export interface TrendLayout {
  frame: Frame;
  years: number[];
  xs: number[];
  series: SeriesMarks[];
  yearTicks: { year: number; x: number }[];
  valueTicks: { value: number; y: number }[];
  rows: EpisodeRow[];
  /** Distance between the lines of the direct labels (more for Arabic names). */
  labelGap: number;
  /** Countries with episodes whose row did not fit (more rows than the chart has room for). */
  unshownRows: string[];
  y: (value: number) => number;
}

/** Country episodes as the chart gets them, in line order. */
export interface CountryEpisodes {
  id: string;
  episodes: Episode[];
}

/** What the layout needs to write names: the full name and the short form (code, "World", initials). */
export interface LabelText {
  name: (id: string) => string;
  short: (id: string) => string;
}

/** Line height of a direct label (11.5 px text) and of an episode row's name (10 px text). */
export const LABEL_GAP = 13;
const ARABIC_LABEL_GAP = 16;
export const ROW_LINE = 11;
const LABEL_SIZE = 11.5;
const ROW_SIZE = 10;
/** Where a label's text starts right of the plot: a direct label after a 6 px gap, its link and swatch; a row name after the gap. */
export const LABEL_LEAD = 25;
export const ROW_LEAD = 6;
/** Room kept between the longest label and the SVG's right edge. */
const LABEL_PAD = 2;
/** The narrowest right margin: half the last year's label ("2024") is centred on the plot's edge. */
const MIN_MARGIN = 24;
/** Height of an episode bar; rows are ROW_LINE apart at least. */
const BAR = 7;
/** Room above the plot. */
const TOP = 12;
/** Room under the plot for the year ticks and their labels. */
const AXIS = 24;
/** Share of the chart's height the episode rows may take before some are left out. */
const ROWS_SHARE = 0.3;

/** The most the label column may take: room for long names on desktop, seven-letter names (Hungary, Türkiye, in bold) on a 320 px phone. */
export function labelMargin(width: number): number {
  return Math.round(Math.min(150, Math.max(84, width * 0.22)));
}

/**
 * A name in one line no wider than `room` px (bold text of `size` px), else
 * (unless `lines` is 1) broken at a space into two such lines (the most even
 * break), else its short form (code, "World", region initials), cut with an
 * ellipsis if even that is too wide.
 */
export function fitLines(name: string, short: string, room: number, size: number, lines: 1 | 2 = 2): string[] {
  if (labelWidth(name, size) <= room) return [name];
  let best: string[] | undefined;
  let bestWidth = Infinity;
  for (let i = lines === 2 ? name.indexOf(' ') : -1; i > 0; i = name.indexOf(' ', i + 1)) {
    const lines = [name.slice(0, i), name.slice(i + 1)];
    const widest = Math.max(...lines.map((line) => labelWidth(line, size)));
    if (widest <= room && widest < bestWidth) [best, bestWidth] = [lines, widest];
  }
  if (best) return best;
  for (let n = short.length; n > 1; n--) {
    const cut = n === short.length ? short : `${short.slice(0, n - 1)}…`;
    if (labelWidth(cut, size) <= room) return [cut];
  }
  return [`${short.slice(0, 1)}…`];
}

/** The right margin that holds every label shown: the longest line after its lead, at least MIN_MARGIN. */
export function marginFor(labels: string[][], rows: string[][]): number {
  const need = (lines: string[][], lead: number, size: number): number =>
    Math.max(0, ...lines.flat().map((line) => lead + labelWidth(line, size) + LABEL_PAD));
  return Math.ceil(Math.max(MIN_MARGIN, need(labels, LABEL_LEAD, LABEL_SIZE), need(rows, ROW_LEAD, ROW_SIZE)));
}

export function layoutTrend(series: TrendSeries[], episodes: CountryEpisodes[], from: number, to: number, width: number, text: LabelText): TrendLayout {
  const height = chartHeight(width);
  // Names are fitted to the widest label column the width allows; the
  // column then takes only what its longest line needs.
  const most = labelMargin(width);
  const labelRoom = most - LABEL_LEAD - LABEL_PAD;
  const rowRoom = most - ROW_LEAD - LABEL_PAD;

  // Rows first: they take room from the bottom of the plot, never from the page.
  const wanted = episodes
    .map((c) => ({ c, spans: c.episodes.filter((e) => e.end >= from && e.start <= to) }))
    .filter(({ spans }) => spans.length > 0)
    .map(({ c, spans }) => {
      const lines = fitLines(text.name(c.id), text.short(c.id), rowRoom, ROW_SIZE);
      return { id: c.id, spans, lines, height: Math.max(ROW_LINE, lines.length * ROW_LINE) };
    });
  const budget = height * ROWS_SHARE;
  const kept: typeof wanted = [];
  let used = 0;
  for (const row of wanted) {
    if (used + row.height > budget) break;
    kept.push(row);
    used += row.height;
  }
  const rowsRoom = kept.length ? used + 4 : 0;
  // Only series with a value get a direct label. Names take two lines where
  // one is too narrow, unless the plot is too short for that many lines
  // LABEL_GAP apart: then one line each (the short form if need be).
  const labelled = series.filter((s) => s.points.some((p) => p.value !== null));
  const plotHeight = height - TOP - AXIS - rowsRoom;
  const fit = (lines: 1 | 2) => new Map(labelled.map((s) => [s.id, fitLines(text.name(s.id), text.short(s.id), labelRoom, LABEL_SIZE, lines)]));
  let namesShown = fit(2);
  const slotCount = [...namesShown.values()].reduce((sum, lines) => sum + lines.length, 0);
  if ((slotCount - 1) * LABEL_GAP > plotHeight) namesShown = fit(1);
  // Arabic glyphs reach higher and lower than Latin ones at the same size: their lines sit further apart.
  const labelGap = [...namesShown.values()].some((lines) => lines.some((line) => /\p{Script=Arabic}/u.test(line))) ? ARABIC_LABEL_GAP : LABEL_GAP;
  const right = marginFor([...namesShown.values()], kept.map((row) => row.lines));
  const f = frame(width, height, { top: TOP, right, bottom: AXIS + rowsRoom, left: 40 });
  const x = linear(from, to, f.left, f.right);
  const y = linear(0, 1, f.bottom, f.top);
  const years: number[] = [];
  for (let year = from; year <= to; year++) years.push(year);
  const xs = years.map(x);
  // An episode year covers the whole year around its tick.
  const left = (year: number): number => Math.max(f.left, x(year - 0.5));
  const rightEdge = (year: number): number => Math.min(f.right, x(year + 0.5));
  let top = f.bottom + AXIS + 2;
  const rows: EpisodeRow[] = kept.map((row) => {
    const placed: EpisodeRow = {
      id: row.id,
      y: top + (row.height - BAR) / 2,
      height: BAR,
      labelY: top + ROW_LINE / 2 + (row.height - row.lines.length * ROW_LINE) / 2,
      lines: row.lines,
      bars: row.spans.map((e) => ({ kind: e.kind, start: e.start, end: e.end, ongoing: e.ongoing, x: left(e.start), width: Math.max(1, rightEdge(e.end) - left(e.start)) })),
    };
    top += row.height;
    return placed;
  });

  const marks: SeriesMarks[] = series.map((s) => {
    const linePoints: (Point | null)[] = s.points.map((p) => (p.value === null ? null : [x(p.year), y(p.value)]));
    const upper: (Point | null)[] = s.points.map((p) => (p.high === null ? null : [x(p.year), y(p.high)]));
    const lower: (Point | null)[] = s.points.map((p) => (p.low === null ? null : [x(p.year), y(p.low)]));
    const last = [...s.points].reverse().find((p) => p.value !== null);
    const lines = namesShown.get(s.id) ?? [];
    return {
      id: s.id,
      line: linePath(linePoints),
      band: bandPath(upper, lower),
      label: last ? { x: f.right + 6, y: y(last.value!), anchorY: y(last.value!), lines } : null,
      ys: s.points.map((p) => (p.value === null ? null : y(p.value))),
    };
  });
  // Each line of a label is a slot; a two-line label asks for both slots at
  // the same place, so the stable sort keeps them together, centred on the anchor.
  const withLabel = marks.filter((m) => m.label);
  const slots = withLabel.flatMap((m) => m.label!.lines.map(() => m.label!.anchorY - ((m.label!.lines.length - 1) * labelGap) / 2));
  const spread = spreadLabels(slots, labelGap, f.top, f.bottom);
  let slot = 0;
  for (const m of withLabel) {
    m.label!.y = spread[slot]!;
    slot += m.label!.lines.length;
  }
  return {
    frame: f,
    years,
    xs,
    series: marks,
    yearTicks: yearTicks(from, to, f.right - f.left).map((year) => ({ year, x: x(year) })),
    valueTicks: valueTicks(0, 1, f.bottom - f.top, 36).map((value) => ({ value, y: y(value) })),
    rows,
    labelGap,
    unshownRows: wanted.slice(kept.length).map((row) => row.id),
    y,
  };
}

/** Initials of a region's name ("Middle East and North Africa" -> "MENA"), as V-Dem abbreviates them. */
export function regionInitials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !['and', 'the', 'of'].includes(word.toLowerCase()))
    .map((word) => word.split('-').map((part) => part[0]!.toUpperCase()).join(''))
    .join('');
}
