import { describe, expect, it } from 'vitest';
import { FIT, MAX_SCALE, panBy, toScreen, zoomAbout } from '../../src/ui/map-camera.ts';

describe('ui/map-camera', () => {
  it('zooms about a point, keeping the scene point under it in place', () => {
    const point = { x: 200, y: 120 };
    const before = toScreen(FIT, point);
    const zoomed = zoomAbout(FIT, 2.5, before.x, before.y);
    expect(toScreen(zoomed, point)).toEqual(before);
    expect(zoomed.k).toBe(2.5);
  });

  it('pans by screen pixels and stops zooming at its limits', () => {
    expect(toScreen(panBy(FIT, 10, -5), { x: 0, y: 0 })).toEqual({ x: 10, y: -5 });
    expect(zoomAbout(FIT, 1e6, 0, 0).k).toBe(MAX_SCALE);
  });
});
