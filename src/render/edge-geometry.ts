/**
 * Where a drawn line lies, in viewport pixels: the straight segment or the quadratic curve that
 * @sigma/edge-curve draws (its control point as its vertex shader places it, checked against
 * @sigma/edge-curve 3.1.0 with sigma 3.0.3), and how far a point is from it. No sigma here, so
 * the geometry is tested in Node.
 */

export interface Point {
  x: number;
  y: number;
}

/** A line as drawn: from `source` to `target`, bent by `curvature` (0 is straight). */
export interface LinePath {
  source: Point;
  target: Point;
  curvature: number;
}

/**
 * The control point of a curve (screen y grows downwards). Edge-curve bends the line by
 * `curvature × its length` along the normal (−dy, dx) of its GL viewport, whose y grows upwards.
 */
export function controlPointOf({ source: s, target: t, curvature: c }: LinePath): Point {
  return { x: (s.x + t.x) / 2 + (t.y - s.y) * c, y: (s.y + t.y) / 2 - (t.x - s.x) * c };
}

/** The point at `t` (0–1) along a quadratic Bézier curve. */
export function pointOnCurve(a: Point, control: Point, b: Point, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * a.x + 2 * u * t * control.x + t * t * b.x,
    y: u * u * a.y + 2 * u * t * control.y + t * t * b.y,
  };
}

/** Distance from a point to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * A curve is measured as 32 chords: the curvatures we draw (at most 0.45) leave a chord at most
 * ~0.06 % of the line's length from the curve, under half a pixel on a 800-pixel line.
 */
const CHORDS = 32;

/** Distance from a point to the centre of a drawn line, straight or curved. */
export function distanceToLine(p: Point, line: LinePath): number {
  if (line.curvature === 0) return distanceToSegment(p, line.source, line.target);
  const control = controlPointOf(line);
  let best = Number.POSITIVE_INFINITY;
  let previous = line.source;
  for (let i = 1; i <= CHORDS; i++) {
    const next = pointOnCurve(line.source, control, line.target, i / CHORDS);
    best = Math.min(best, distanceToSegment(p, previous, next));
    previous = next;
  }
  return best;
}

/** The box holding a line, straight or bent to either side (the hull of its three points). */
export function lineBounds(line: LinePath): {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
} {
  const { source: s, target: t } = line;
  const c = controlPointOf(line);
  // Bent the other way: in graph space (y upwards) the curve lies on the mirrored side.
  const m = { x: s.x + t.x - c.x, y: s.y + t.y - c.y };
  return {
    minX: Math.min(s.x, t.x, c.x, m.x),
    minY: Math.min(s.y, t.y, c.y, m.y),
    maxX: Math.max(s.x, t.x, c.x, m.x),
    maxY: Math.max(s.y, t.y, c.y, m.y),
  };
}
