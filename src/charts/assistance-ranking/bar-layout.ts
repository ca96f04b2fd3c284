
export const ROW_HEIGHT = 26;
export const TOP = 20;
/** Font size (px) of names, value labels and the index column; a name in two lines is set a size smaller. */
export const FONT_SIZE = 12;
export const TWO_LINE_SIZE = 11;
/** Baseline step between the two lines of a long name (px), so the lines' boxes do not overlap. */
export const LINE_STEP = 12;

/**
 * Width of `text` in ems, a little over what the widest common sans (DejaVu
 * Sans, the Linux fallback for system-ui) takes, bold a tenth wider: an
 * estimate on the safe side, so that a label judged to fit does fit.
 */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x2066 && code <= 0x2069) continue; // direction isolates take no room
    if (code >= 0x1100 && code <= 0xffdc && !(code >= 0x2000 && code <= 0x2dff)) width += 1;
    else if (/[ .,:;'’!|ijlI]/.test(char)) width += 0.34;
    else if (/[frt()-]/.test(char)) width += 0.46;
    else if (/[0-9]/.test(char)) width += 0.64;
    else if (/[mMW…]/.test(char)) width += 1.0;
    else if (/[w]/.test(char)) width += 0.84;
    else if (char !== char.toLowerCase()) width += 0.78; // other capitals
    else width += 0.64;
  }
  return bold ? width * 1.1 : width;
}

/** Pixel width of `text` at `size` px (an estimate on the safe side). */
export const textPx = (text: string, size = FONT_SIZE, bold = false): number => textWidth(text, bold) * size;

export interface BarInput {
  code: string;
  total: number;
  /** The name as drawn (the reader's language). */
  name: string;
  /** The value label with its unit ("24,239 TIV m"). */
  value: string;
  /** The same without the unit the column head names ("24,239"), used for every bar where the full labels do not all fit. */
  shortValue?: string;
  /** The democracy index as drawn ("0.120", "–"). */
  index: string;
  /** Drawn in bold (highlighted). */
  bold?: boolean;
}

export interface Bar {
  code: string;
  /** Top of the row. */
  y: number;
  width: number;
  /** The name in one line, or two (set at TWO_LINE_SIZE); cut with "…" only where even two lines cannot fit. */
  name: string[];
  /** The value label to draw (with or without its unit, the same for every bar). */
  value: string;
  /** Where the value label starts (inside a long bar, after a short one). */
  labelX: number;
  labelInside: boolean;
  /** False where the value fits neither inside nor after the bar: it is then left to the tooltip, label and table. */
  showLabel: boolean;
}

export interface BarLayout {
  width: number;
  height: number;
  /** Left edge of the names column is 0; names end (right-aligned) here. */
  nameRight: number;
  /** The regime symbol sits centred here. */
  symbolX: number;
  barX: number;
  /** Where bars and their value labels must end: the index column starts after it. */
  barEnd: number;
  /** Right-aligned democracy index column. */
  indexX: number;
  bars: Bar[];
}

/** Height reserved for `limit` rows, known before any data arrives. */
export const layoutHeight = (limit: number): number => TOP + limit * ROW_HEIGHT + 4;

const PAD = 4;
const GAP = 8;

/** A name cut to `room` px with an ellipsis (the full name stays in the option's label and the tooltip). */
function cutName(name: string, room: number, bold: boolean): string {
  let n = name.length;
  while (n > 1 && textPx(`${name.slice(0, n)}…`, FONT_SIZE, bold) > room) n--;
  return `${name.slice(0, n).trimEnd()}…`;
}

/** Lines of `name` that fit `room` px: one line at 12px, else two at 11px (most even break), else one cut line. */
export function fitName(name: string, room: number, bold = false): string[] {
  if (textPx(name, FONT_SIZE, bold) <= room) return [name];
  const two = twoLines(name, bold);
  if (two && two.px <= room) return two.lines;
  return [cutName(name, room, bold)];
}

/** The most even break of `name` into two lines at TWO_LINE_SIZE, and the wider line's width. */
function twoLines(name: string, bold: boolean): { lines: string[]; px: number } | undefined {
  // As core/labels.ts nameLines, broken at a space, but the most even break by width, not characters.
  let best: { lines: string[]; px: number } | undefined;
  for (let i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
    const lines = [name.slice(0, i), name.slice(i + 1)];
    // Not before a spaced dash ("الكونغو - كينشاسا", Intl's Arabic for Congo-Kinshasa): the dash ends the first line.
    if (/^[-–—]\s/.test(lines[1]!)) continue;
    const px = Math.max(...lines.map((l) => textPx(l, TWO_LINE_SIZE, bold)));
    if (!best || px < best.px) best = { lines, px };
  }
  return best;
}

/**
 * Horizontal bars for the rows, in a box `width` wide with room for `limit`
 * rows. The names column is as wide as its longest name (in one line, or two
 * where a third of the width is too little, taking up to two fifths then); the index column as wide as its
 * widest value. Each value label goes after its bar, or inside a bar long
 * enough to hold it; the bars are shortened (down to two thirds) until every
 * label has a place, and a label that still has none is not drawn. Pure.
 */
export function layoutBars(rows: BarInput[], width: number, limit: number): BarLayout {
  const shown = rows.slice(0, limit);
  // A third of the width for names in one line; up to two fifths for a long name in two ("Democratic Republic / of the Congo").
  const cap = Math.max(84, Math.round(width * 0.34));
  const twoCap = Math.max(cap, Math.round(width * 0.42));
  const need = shown.map((r) => {
    const one = textPx(r.name, FONT_SIZE, r.bold);
    if (one <= cap) return one;
    return Math.min(one, twoLines(r.name, !!r.bold)?.px ?? one);
  });
  const nameRight = Math.ceil(Math.min(twoCap, Math.max(40, ...need)) + PAD);
  const symbolX = nameRight + 12;
  const barX = symbolX + 10;
  const indexX = width - 2;
  const indexWidth = Math.max(textPx('0.000'), ...shown.map((r) => textPx(r.index)));
  const barEnd = Math.max(barX + 20, indexX - indexWidth - GAP);
  const room = barEnd - barX;
  const max = shown[0]?.total ?? rows[0]?.total ?? 1;
  const barWidth = (span: number, i: number): number => Math.max(1, (shown[i]!.total / (max || 1)) * span);
  const place = (span: number, i: number, labels: string[]): { inside: boolean; show: boolean } => {
    const w = barWidth(span, i);
    const label = textPx(labels[i]!);
    if (w + PAD + label <= room) return { inside: false, show: true };
    if (w >= label + 2 * PAD) return { inside: true, show: true };
    return { inside: false, show: false };
  };
  /** The longest bar span (from `room` down to two thirds of it) at which the most labels have a place. */
  const fit = (labels: string[]): { span: number; dropped: number } => {
    let best = { span: room, dropped: Infinity };
    for (let s = room; s >= room * 0.66; s -= 1) {
      const dropped = shown.filter((_, i) => !place(s, i, labels).show).length;
      if (dropped < best.dropped) best = { span: s, dropped };
      if (!dropped) break;
    }
    return best;
  };
  const full = shown.map((r) => r.value);
  const short = shown.map((r) => r.shortValue ?? r.value);
  const withUnit = fit(full);
  const without = withUnit.dropped ? fit(short) : withUnit;
  const [labels, span] = without.dropped < withUnit.dropped ? [short, without.span] : [full, withUnit.span];
  const bars = shown.map((r, i) => {
    const p = place(span, i, labels);
    const w = barWidth(span, i);
    return {
      code: r.code,
      y: TOP + i * ROW_HEIGHT,
      width: w,
      name: fitName(r.name, nameRight - PAD, r.bold),
      value: labels[i]!,
      labelX: p.inside ? barX + w - PAD : barX + w + PAD,
      labelInside: p.inside,
      showLabel: p.show,
    };
  });
  return { width, height: layoutHeight(limit), nameRight, symbolX, barX, barEnd, indexX, bars };
}
