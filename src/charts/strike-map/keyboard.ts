/** What a key does on the map. */
export type MapKeyAction =
  | { step: number }
  | { pan: [number, number] }
  | { zoom: number }
  | { reset: true }
  | { select: true }
  | { escape: true }
  | undefined;

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };

/**
 * Arrows step through records in time order (Page keys by ten, Home/End to
 * the ends); Shift+arrows pan by an eighth of the map; + and − zoom, 0 resets;
 * Enter or Space selects; Escape hides the hover tooltip.
 */
export function mapKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>, width: number): MapKeyAction {
  const { key } = event;
  const pan = width / 8;
  if (event.shiftKey && key.startsWith('Arrow')) {
    const by = ({ ArrowLeft: [pan, 0], ArrowRight: [-pan, 0], ArrowUp: [0, pan], ArrowDown: [0, -pan] } as Record<string, [number, number]>)[key];
    return by ? { pan: by } : undefined;
  }
  if (key in STEPS) return { step: STEPS[key]! };
  if (key === '+' || key === '=') return { zoom: 2 };
  if (key === '-' || key === '_') return { zoom: 0.5 };
  if (key === '0') return { reset: true };
  if (key === 'Enter' || key === ' ') return { select: true };
  if (key === 'Escape') return { escape: true };
  return undefined;
}
