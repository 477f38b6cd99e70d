import { describe, expect, it } from 'vitest';
import { boxesOverlap, createLabelCollider } from '../../src/render/label-boxes.ts';

const box = (x: number, y: number, width = 100, height = 16) => ({ x, y, width, height });

describe('render/labels: labels that do not overlap', () => {
  it('tells overlapping boxes from separate ones, margin included', () => {
    expect(boxesOverlap(box(0, 0), box(50, 8))).toBe(true);
    expect(boxesOverlap(box(0, 0), box(101, 0))).toBe(false);
    expect(boxesOverlap(box(0, 0), box(101, 0), 2)).toBe(true);
    expect(boxesOverlap(box(0, 0), box(0, 17))).toBe(false);
    expect(boxesOverlap(box(0, 0), box(-99, 0))).toBe(true);
  });

  it('keeps the first of two overlapping labels, unless the second is forced', () => {
    const collider = createLabelCollider(2);
    expect(collider.claim(box(0, 0), false)).toBe(true);
    expect(collider.claim(box(60, 5), false)).toBe(false);
    expect(collider.claim(box(0, 40), false)).toBe(true);
    expect(collider.claim(box(60, 5), true)).toBe(true);
    // The forced label now holds its place too.
    expect(collider.claim(box(120, 5, 30), false)).toBe(false);
  });

  it('starts every frame empty', () => {
    const collider = createLabelCollider();
    collider.claim(box(0, 0), false);
    collider.reset();
    expect(collider.claim(box(0, 0), false)).toBe(true);
  });
});
