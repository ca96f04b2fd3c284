/**
 * Where a tooltip goes so it never covers what it describes: beside the anchor
 * (right, else left), vertically centred on it; when neither side has room (a
 * phone), below the anchor, else above. Coordinates are relative to the
 * positioned container; `bounds` is the area the tooltip may use.
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
): { left: number; top: number } {
  const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));
  const centredTop = clamp(anchor.y - size.height / 2, bounds.top, bounds.bottom - size.height);
  if (anchor.x + gap + size.width <= bounds.right) return { left: anchor.x + gap, top: centredTop };
  if (anchor.x - gap - size.width >= bounds.left) return { left: anchor.x - gap - size.width, top: centredTop };
  const left = clamp(anchor.x - size.width / 2, bounds.left, bounds.right - size.width);
  const below = anchor.y + gap;
  if (below + size.height <= bounds.bottom) return { left, top: below };
  return { left, top: Math.max(bounds.top, anchor.y - gap - size.height) };
}
