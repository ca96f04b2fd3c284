/** A label that fits: the full name, else the short form (ISO3 code, "World", region initials), else cut with an ellipsis. */
export function fitLabel(name: string, short: string, chars: number): string {
  if (name.length <= chars) return name;
  if (short.length <= chars) return short;
  return `${short.slice(0, Math.max(1, chars - 1))}…`;
}

/**
 * A name in one line of at most `chars` characters, else broken at a space
 * into two such lines (the most even break), else undefined: a reader gets
 * "Burkina / Faso" in a narrow label column rather than a code.
 */
export function nameLines(name: string, chars: number): [string] | [string, string] | undefined {
  if (name.length <= chars) return [name];
  let best: [string, string] | undefined;
  for (let i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
    const lines: [string, string] = [name.slice(0, i), name.slice(i + 1)];
    if (lines[0].length > chars || lines[1].length > chars) continue;
    if (!best || Math.max(lines[0].length, lines[1].length) < Math.max(best[0].length, best[1].length)) best = lines;
  }
  return best;
}

/**
 * Words for an SVG <text>, whose plot stays left to right: text in a
 * right-to-left script is isolated and takes its direction from its first
 * letter, so "مالي *" and "أكبر التراجعات، 2010–2024 (V-Dem v15)" read in
 * their own order (a country name's own isolates are dropped first, or its
 * line would find no letter to go by). Other text is left as it is.
 */
export function svgWords(text: string): string {
  return /[\u0590-\u08ff]/.test(text) ? `\u2068${text.replace(/[\u2066-\u2069]/g, '')}\u2069` : text;
}
