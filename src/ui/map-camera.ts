/**
 * The map's camera: a scale and an offset applied to the scene's pixels (screen = scene × k +
 * offset). Pure, so zooming about the pointer, panning and the limits are tested without a DOM.
 */
export interface MapCamera {
  k: number;
  x: number;
  y: number;
}

export const FIT: MapCamera = { k: 1, x: 0, y: 0 };

/** Zooming stops at these scales: the whole frame, and closer than 1:110m outlines deserve. */
export const MIN_SCALE = 0.5;
export const MAX_SCALE = 40;

/** Zoom by `factor` keeping the scene point under (cx, cy) where it is. */
export function zoomAbout(camera: MapCamera, factor: number, cx: number, cy: number): MapCamera {
  const k = Math.min(MAX_SCALE, Math.max(MIN_SCALE, camera.k * factor));
  const applied = k / camera.k;
  return { k, x: cx - (cx - camera.x) * applied, y: cy - (cy - camera.y) * applied };
}

export function panBy(camera: MapCamera, dx: number, dy: number): MapCamera {
  return { ...camera, x: camera.x + dx, y: camera.y + dy };
}

/** A scene point on screen. */
export function toScreen(
  camera: MapCamera,
  point: { x: number; y: number },
): { x: number; y: number } {
  return { x: point.x * camera.k + camera.x, y: point.y * camera.k + camera.y };
}
