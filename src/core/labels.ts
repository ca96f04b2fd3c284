/** A label that fits: the full name, else the short form (ISO3 code, "World", region initials), else cut with an ellipsis. */
export function fitLabel(name: string, short: string, chars: number): string {
  if (name.length <= chars) return name;
  if (short.length <= chars) return short;
  return `${short.slice(0, Math.max(1, chars - 1))}…`;
}
