import { splitKey } from './annual.js';

/** What a key does in a chart's list of options: move to `next`, select the active one, or nothing. */
export type KeyAction = { move: string } | { select: true } | { escape: true } | undefined;

/** Annual grid: left/right between years, up/down between countries, Home/End to the ends. */
export function annualKey(key: string, active: string, codes: string[], from: number, to: number): KeyAction {
  const [code, yearText] = splitKey(active);
  let row = Math.max(0, codes.indexOf(code));
  let year = Number(yearText) || from;
  switch (key) {
    case 'ArrowLeft': year = Math.max(from, year - 1); break;
    case 'ArrowRight': year = Math.min(to, year + 1); break;
    case 'ArrowUp': row = Math.max(0, row - 1); break;
    case 'ArrowDown': row = Math.min(codes.length - 1, row + 1); break;
    case 'Home': year = from; break;
    case 'End': year = to; break;
    case 'Enter':
    case ' ': return { select: true };
    case 'Escape': return { escape: true };
    default: return undefined;
  }
  return { move: `${codes[row]}-${year}` };
}

/** Comparison list: arrows step through the figures, Home/End to the ends. */
export function listKey(key: string, active: string, keys: string[]): KeyAction {
  const at = keys.indexOf(active);
  const to = (i: number): KeyAction => (keys[i] === undefined ? undefined : { move: keys[i]! });
  switch (key) {
    case 'ArrowUp':
    case 'ArrowLeft': return to(Math.max(0, at - 1));
    case 'ArrowDown':
    case 'ArrowRight': return to(Math.min(keys.length - 1, at + 1));
    case 'Home': return to(0);
    case 'End': return to(keys.length - 1);
    case 'Enter':
    case ' ': return { select: true };
    default: return undefined;
  }
}
