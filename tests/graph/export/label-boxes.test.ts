import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  createLabelCollider,
  fitText,
  layOutLabel,
  placeLabel,
} from '../../../src/graph/export/label-boxes.ts';

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

describe('graph/export/label-boxes: which side of its disc a label goes', () => {
  const disc = { x: 280, y: 100, size: 5 };

  it('goes right of the disc, baseline a third of the text size below its centre', () => {
    expect(placeLabel({ ...disc, x: 40 }, 60, 12, 300)).toEqual({
      side: 'right',
      box: { x: 48, y: 100 + 4 - 12, width: 60, height: 15 },
    });
  });

  it('goes left where the right would run off the canvas', () => {
    const { side, box } = placeLabel(disc, 200, 12, 300);
    expect(side).toBe('left');
    expect(box.x).toBe(280 - 5 - 3 - 200);
    expect(box.x + box.width).toBeLessThan(disc.x - disc.size);
  });

  it('takes the roomier side, as wide as the room, when neither side holds the whole label', () => {
    const wide = placeLabel({ x: 60, y: 100, size: 5 }, 500, 12, 300);
    expect(wide.side).toBe('right');
    expect(wide.box).toMatchObject({ x: 68, width: 300 - 68 });
    const nearEdge = placeLabel({ x: 250, y: 100, size: 5 }, 500, 12, 300);
    expect(nearEdge.side).toBe('left');
    expect(nearEdge.box).toMatchObject({ x: 0, width: 242 });
    expect(placeLabel(disc, 200, 12, Number.POSITIVE_INFINITY).side).toBe('right');
  });
});

describe('graph/export/label-boxes: shortening a label to its room', () => {
  const measure = (text: string): number => text.length * 10;

  it('keeps a label that fits, and shortens one that does not, with an ellipsis', () => {
    expect(fitText('Stalin', 60, measure)).toBe('Stalin');
    const short = fitText('Directorate for Foreign Relations', 110, measure);
    expect(short).toBe('Directorat…');
    expect(measure(short)).toBeLessThanOrEqual(110);
    expect(fitText('Directorate for Foreign Relations', 130, measure)).toBe('Directorate…');
    expect(fitText('Directorate for Foreign Relations', 140, measure)).toBe('Directorate f…');
  });

  it('drops trailing spaces before the ellipsis, and gives up when not even one letter fits', () => {
    expect(fitText('Kim Il Sung', 50, measure)).toBe('Kim…');
    expect(fitText('Kim Il Sung', 15, measure)).toBe('');
  });

  it('lays a label out whole, on the left, shortened, or not at all', () => {
    const at = (x: number) => ({ x, y: 50, size: 5 });
    expect(layOutLabel(at(10), 'Stalin', 13, 400, measure)).toMatchObject({
      side: 'right',
      text: 'Stalin',
    });
    expect(layOutLabel(at(380), 'Stalin', 13, 400, measure)).toMatchObject({
      side: 'left',
      text: 'Stalin',
    });
    const squeezed = layOutLabel(at(100), 'Directorate for Foreign Relations', 13, 200, measure);
    expect(squeezed?.text).toMatch(/…$/);
    expect(measure(squeezed?.text ?? '')).toBeLessThanOrEqual(squeezed?.box.width ?? 0);
    expect(layOutLabel(at(10), 'Kim Il Sung', 13, 26, measure)).toBeNull();
  });
});
