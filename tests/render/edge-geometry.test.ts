import { describe, expect, it } from 'vitest';
import {
  controlPointOf,
  distanceToLine,
  distanceToSegment,
  lineBounds,
  pointOnCurve,
} from '../../src/render/edge-geometry.ts';

describe('render/edge-geometry', () => {
  it('measures the distance to a segment, beyond its ends too', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 100, y: 0 };
    expect(distanceToSegment({ x: 50, y: 6 }, a, b)).toBe(6);
    expect(distanceToSegment({ x: 103, y: 4 }, a, b)).toBe(5);
    expect(distanceToSegment({ x: 5, y: 5 }, a, a)).toBeCloseTo(Math.SQRT2 * 5);
  });

  it('bends a curve to the side edge-curve draws it on (screen y grows downwards)', () => {
    // Left to right with a positive curvature: edge-curve's normal (−dy, dx) in a y-up viewport
    // points up the screen, so the curve's middle lies above the straight line.
    const line = { source: { x: 0, y: 100 }, target: { x: 200, y: 100 }, curvature: 0.25 };
    expect(controlPointOf(line)).toEqual({ x: 100, y: 50 });
    const middle = pointOnCurve(line.source, controlPointOf(line), line.target, 0.5);
    expect(middle).toEqual({ x: 100, y: 75 });
    expect(distanceToLine({ x: 100, y: 71 }, line)).toBeCloseTo(4, 1);
    // The straight line's middle is 25 px from the curve, not on it.
    expect(distanceToLine({ x: 100, y: 100 }, line)).toBeGreaterThan(20);
  });

  it('boxes a curve bent to either side', () => {
    const line = { source: { x: 0, y: 0 }, target: { x: 100, y: 0 }, curvature: 0.2 };
    expect(lineBounds(line)).toEqual({ minX: 0, minY: -20, maxX: 100, maxY: 20 });
    expect(lineBounds({ ...line, curvature: 0 })).toEqual({ minX: 0, minY: 0, maxX: 100, maxY: 0 });
  });
});
