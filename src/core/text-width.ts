// How wide a label will be, estimated without the DOM so layouts stay pure:
// the trend's end labels, the civilian-harm panel titles and year labels, the
// strike map's country names. Pure.

/**
 * Advance widths, in hundredths of an em, of the printable ASCII characters
 * (space to tilde) in DejaVu Sans Bold, measured in Chromium: the widest
 * face `system-ui` resolves to on the systems we meet (Segoe UI, San
 * Francisco and Roboto are narrower), and bold because any label turns bold
 * when its country is the active one. An estimate from it never falls short.
 */
const BOLD_ASCII = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82,
  84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69,
  72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];
/** Any other character (Cyrillic, Greek, Arabic, CJK…): a full em, more than any of them takes. */
const OTHER = 100;

function advance(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 32 && code < 127) return BOLD_ASCII[code - 32]!;
  // Marks, joiners and the isolates around right-to-left names take no room.
  if (/\p{M}|\p{Cf}/u.test(char)) return 0;
  // An accented Latin letter is as wide as its base letter ("ü" as "u").
  const base = char.normalize('NFD')[0]!;
  const baseCode = base.codePointAt(0)!;
  if (base !== char && baseCode >= 32 && baseCode < 127) return BOLD_ASCII[baseCode - 32]!;
  return OTHER;
}

/** The width in px of `text` set in bold at `size` px (an upper bound for the regular weight). */
export function textWidth(text: string, size: number): number {
  let hundredths = 0;
  for (const char of text) hundredths += advance(char);
  // Half a percent over the table: its widths are rounded to hundredths of an em.
  return (hundredths * size * 1.005) / 100;
}
