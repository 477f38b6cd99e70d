import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../../src/formats/scene/label-boxes.ts';
import { placeMapLabels } from '../../../src/formats/scene/map-labels.ts';
import type { MapLabel, MapLabelPlace } from '../../../src/formats/scene/map-labels.ts';

/** A seeded stream of numbers in [0, 1): the same places every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FRAME = { width: 900, height: 600 };

function sure<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

/** Places scattered over the frame, letters falling off as in real archives (a few large). */
function scatter(count: number, seed: number): MapLabelPlace[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const priority = Math.max(1, Math.round(200 * next() ** 6));
    return {
      key: `p${i}`,
      name: `Place ${'abcdefghij'.slice(0, 2 + Math.floor(next() * 8))} ${i}`,
      x: next() * FRAME.width,
      y: next() * FRAME.height,
      radius: 3 + Math.sqrt(priority) * 1.4,
      priority,
    };
  });
}

const covers = (label: MapLabel, disc: MapLabelPlace): boolean => {
  const nx = Math.max(label.box.x, Math.min(disc.x, label.box.x + label.box.width));
  const ny = Math.max(label.box.y, Math.min(disc.y, label.box.y + label.box.height));
  return Math.hypot(nx - disc.x, ny - disc.y) < disc.radius + 1;
};

describe('formats/scene/map-labels: placeMapLabels', () => {
  it('places names clear of one another and of every larger disc, inside the frame', () => {
    for (const seed of [1, 2, 3]) {
      const places = scatter(1000, seed);
      const labels = placeMapLabels(places, FRAME);
      expect(labels.length).toBeGreaterThan(20);
      const byKey = new Map(places.map((p) => [p.key, p]));
      for (const [i, a] of labels.entries()) {
        expect(a.box.x).toBeGreaterThanOrEqual(0);
        expect(a.box.y).toBeGreaterThanOrEqual(0);
        expect(a.box.x + a.box.width).toBeLessThanOrEqual(FRAME.width);
        expect(a.box.y + a.box.height).toBeLessThanOrEqual(FRAME.height);
        for (const b of labels.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
        const own = sure(byKey.get(a.key));
        for (const disc of places)
          if (disc !== own && disc.radius >= own.radius) expect(covers(a, disc)).toBe(false);
      }
    }
  });

  it('names the places with the most letters first, and always the first', () => {
    const places = scatter(400, 7);
    const labels = placeMapLabels(places, FRAME);
    const first = sure([...places].sort((a, b) => b.priority - a.priority)[0]);
    expect(labels[0]?.key).toBe(first.key);
    const priorities = labels.map((l) => sure(places.find((p) => p.key === l.key)).priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    // Wedged among larger discs in a frame too small for its name, it is still named.
    const wedged = placeMapLabels(
      [
        { key: 'main', name: 'Frankfurt am Main', x: 50, y: 20, radius: 4, priority: 9 },
        { key: 'big', name: 'Offenbach', x: 62, y: 20, radius: 12, priority: 2 },
      ],
      { width: 100, height: 40 },
    );
    expect(wedged.map((l) => l.key)).toContain('main');
    expect(placeMapLabels(places, { ...FRAME, limit: 5 }).map((l) => l.key)).toEqual(
      labels.slice(0, 5).map((l) => l.key),
    );
  });

  it('tries the other sides of a disc before leaving a name out', () => {
    // Peking's name to the right would run under Pyongyang's disc: it goes to the left.
    const labels = placeMapLabels(
      [
        { key: 'pyongyang', name: 'Pyongyang', x: 520, y: 300, radius: 15, priority: 2 },
        { key: 'peking', name: 'Peking', x: 480, y: 300, radius: 15, priority: 1 },
      ],
      FRAME,
    );
    expect(Object.fromEntries(labels.map((l) => [l.key, l.position]))).toEqual({
      pyongyang: 'right',
      peking: 'left',
    });
  });

  it('is deterministic: the same places in any order give the same names in the same places', () => {
    const places = scatter(600, 11);
    const shuffled = [...places].sort((a, b) => a.name.length - b.name.length || a.y - b.y);
    expect(placeMapLabels(shuffled, FRAME)).toEqual(placeMapLabels(places, FRAME));
  });

  it('names more places as the map zooms in, only those in view', () => {
    const places = scatter(600, 5);
    const zoomed = places.map((p) => ({
      ...p,
      x: (p.x - FRAME.width / 2) * 4 + FRAME.width / 2,
      y: (p.y - FRAME.height / 2) * 4 + FRAME.height / 2,
    }));
    const far = placeMapLabels(places, FRAME);
    const near = placeMapLabels(zoomed, FRAME);
    // A place is in view when any of its disc is.
    const inView = new Set(
      zoomed
        .filter(
          (p) =>
            p.x + p.radius >= 0 &&
            p.x - p.radius <= FRAME.width &&
            p.y + p.radius >= 0 &&
            p.y - p.radius <= FRAME.height,
        )
        .map((p) => p.key),
    );
    expect(inView.size).toBeLessThan(places.length / 4);
    expect(near.every((l) => inView.has(l.key))).toBe(true);
    // The middle of the map, seen four times closer, names places it had no room for from afar.
    const named = new Set(far.map((l) => l.key));
    expect(near.filter((l) => !named.has(l.key)).length).toBeGreaterThan(5);
  });
});
