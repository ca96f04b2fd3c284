/** A view transform: screen = k * layout + (x, y). */
export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomState = { k: 1, x: 0, y: 0 };
export const MAX_ZOOM = 16;

/** Keeps the frame covering the viewport, so the map cannot be lost off-screen. */
export function clampZoom(z: ZoomState, width: number, height: number): ZoomState {
  const k = Math.min(MAX_ZOOM, Math.max(1, z.k));
  const x = Math.min(0, Math.max(width - width * k, z.x));
  const y = Math.min(0, Math.max(height - height * k, z.y));
  return { k, x, y };
}

/** Zooms by `factor` keeping the screen point (px, py) fixed under the pointer. */
export function zoomAt(z: ZoomState, factor: number, px: number, py: number, width: number, height: number): ZoomState {
  const k = Math.min(MAX_ZOOM, Math.max(1, z.k * factor));
  const ratio = k / z.k;
  return clampZoom({ k, x: px - (px - z.x) * ratio, y: py - (py - z.y) * ratio }, width, height);
}

export function panBy(z: ZoomState, dx: number, dy: number, width: number, height: number): ZoomState {
  return clampZoom({ k: z.k, x: z.x + dx, y: z.y + dy }, width, height);
}

/** Pans so that layout point (lx, ly) is inside the viewport with a margin, if it is not already. */
export function reveal(z: ZoomState, lx: number, ly: number, width: number, height: number, margin = 24): ZoomState {
  const sx = z.k * lx + z.x;
  const sy = z.k * ly + z.y;
  const dx = sx < margin ? margin - sx : sx > width - margin ? width - margin - sx : 0;
  const dy = sy < margin ? margin - sy : sy > height - margin ? height - margin - sy : 0;
  return dx || dy ? panBy(z, dx, dy, width, height) : z;
}
