import { nameLines } from '../../core/labels.js';
import { messages } from '../../core/i18n.js';

const msg = messages({ 'scatter.qLabel': 'Large recipients, low democracy' });

/** A box in chart pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelWanted {
  code: string;
  text: string;
  cx: number;
  cy: number;
  r: number;
}

export interface DotLabel {
  code: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** Rough advance of one character of the 11px semi-bold labels; generous, so an estimate never under-reserves. */
export const CHAR_WIDTH = 6.6;
const LINE = 14;

/** How many of the largest recipients are named without being asked: fewer where dots crowd a phone's width. */
export const labelCount = (width: number): number => (width < 480 ? 3 : 6);

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Names beside dots, in the order wanted (highlighted recipients first, then
 * the largest): each goes right of its dot, else left, else just below or
 * above it (leaning right, then left), so a large recipient in a crowded
 * corner keeps its name; a label that would overlap one already placed, a box
 * kept clear (the quadrant's label) or run out of the plot in every position
 * is dropped rather than drawn over other text. Pure.
 */
export function placeDotLabels(wanted: LabelWanted[], clear: Box[], plot: Box): DotLabel[] {
  const taken = [...clear];
  const placed: DotLabel[] = [];
  const fits = (b: Box): boolean => b.x0 >= plot.x0 && b.x1 <= plot.x1 && b.y0 >= plot.y0 && b.y1 <= plot.y1 && !taken.some((t) => overlaps(b, t));
  for (const w of wanted) {
    const width = w.text.length * CHAR_WIDTH;
    const below = w.cy + w.r + LINE / 2 + 1;
    const above = w.cy - w.r - LINE / 2 - 1;
    // Where the text starts (start) or ends (end), and its middle line.
    const spots: { x: number; y: number; anchor: 'start' | 'end' }[] = [
      { x: w.cx + w.r + 3, y: w.cy, anchor: 'start' },
      { x: w.cx - w.r - 3, y: w.cy, anchor: 'end' },
      { x: w.cx + 1, y: below, anchor: 'start' },
      { x: w.cx + 1, y: above, anchor: 'start' },
      { x: w.cx - 1, y: below, anchor: 'end' },
      { x: w.cx - 1, y: above, anchor: 'end' },
    ];
    const boxOf = (s: (typeof spots)[number]): Box => {
      const x0 = s.anchor === 'start' ? s.x : s.x - width;
      return { x0, y0: s.y - LINE / 2, x1: x0 + width, y1: s.y + LINE / 2 };
    };
    const spot = spots.find((s) => fits(boxOf(s)));
    if (!spot) continue;
    taken.push(boxOf(spot));
    placed.push({ code: w.code, text: w.text, ...spot });
  }
  return placed;
}

/**
 * The quadrant's label in one line, or two where the quadrant is narrow (a
 * phone), and the box it covers from its top left corner. In the language of
 * the update in progress.
 */
export function quadrantLabel(x: number, y: number, width: number): { lines: string[]; box: Box } {
  const chars = Math.max(1, Math.floor((width - 12) / (CHAR_WIDTH - 0.6)));
  const label = msg('scatter.qLabel');
  // Too narrow for even two lines: break after the comma (an Arabic one too), the label's two halves.
  const lines = nameLines(label, chars) ?? label.split(/(?<=[,،])\s+/);
  const longest = Math.max(...lines.map((l) => l.length));
  return { lines, box: { x0: x, y0: y, x1: x + 6 + longest * (CHAR_WIDTH - 0.6), y1: y + 4 + lines.length * LINE } };
}
