/**
 * Where a tooltip goes so it never covers what it describes: beside the anchor
 * (right, else left), vertically centred on it. When neither side has room (a
 * phone), it docks just below the plot or map it describes (`dock`), over the
 * chart's legend or notes, else just above it; only when the chart has no room
 * outside the plot does it go below the anchor, else above. Coordinates are
 * relative to the positioned container; `bounds` is the area the tooltip may use.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function placeTooltip(
  anchor: { x: number; y: number },
  size: { width: number; height: number },
  bounds: Box,
  gap = 12,
  dock?: Box,
): { left: number; top: number } {
  const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));
  const centredTop = clamp(anchor.y - size.height / 2, bounds.top, bounds.bottom - size.height);
  if (anchor.x + gap + size.width <= bounds.right) return { left: anchor.x + gap, top: centredTop };
  if (anchor.x - gap - size.width >= bounds.left) return { left: anchor.x - gap - size.width, top: centredTop };
  const left = clamp(anchor.x - size.width / 2, bounds.left, bounds.right - size.width);
  // Docked outside the plot, a phone reader keeps seeing the mark and its neighbours.
  const dockGap = 4;
  if (dock && dock.bottom + dockGap + size.height <= bounds.bottom) return { left, top: dock.bottom + dockGap };
  if (dock && dock.top - dockGap - size.height >= bounds.top) return { left, top: dock.top - dockGap - size.height };
  const below = anchor.y + gap;
  if (below + size.height <= bounds.bottom) return { left, top: below };
  return { left, top: Math.max(bounds.top, anchor.y - gap - size.height) };
}
