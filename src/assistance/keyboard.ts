/**
 * Keyboard stepping through recipients listed in rank order (the ranking's
 * bars, the scatter's dots): arrows move one step, Home and End jump to the
 * ends. Returns the code to make active, or undefined for a key it does not
 * handle.
 */
export function stepInList(codes: readonly string[], active: string, key: string): string | undefined {
  if (!codes.length) return undefined;
  const at = codes.indexOf(active);
  if (key === 'ArrowDown' || key === 'ArrowRight') return codes[Math.min(codes.length - 1, at + 1)];
  if (key === 'ArrowUp' || key === 'ArrowLeft') return codes[Math.max(0, at - 1)];
  if (key === 'Home') return codes[0];
  if (key === 'End') return codes[codes.length - 1];
  return undefined;
}

/** Where keyboard focus starts: the selection, else a highlighted recipient, else the first. */
export function firstFocus(codes: readonly string[], preferred: readonly string[]): string {
  return preferred.find((c) => c && codes.includes(c)) ?? codes[0] ?? '';
}
