import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  createLabelLayout,
  fitText,
  labelBox,
  lineAnchor,
  wrapText,
} from '../../../src/formats/scene/label-boxes.ts';

const box = (x: number, y: number, width = 100, height = 16) => ({ x, y, width, height });
/** Ten pixels a character: easy to reason about. */
const measure = (text: string): number => text.length * 10;
const disc = (id: string, x: number, y: number, radius = 5) => ({ id, x, y, radius });

describe('formats/scene/label-boxes: boxes', () => {
  it('tells overlapping boxes from separate ones, margin included', () => {
    expect(boxesOverlap(box(0, 0), box(50, 8))).toBe(true);
    expect(boxesOverlap(box(0, 0), box(101, 0))).toBe(false);
    expect(boxesOverlap(box(0, 0), box(101, 0), 2)).toBe(true);
    expect(boxesOverlap(box(0, 0), box(0, 17))).toBe(false);
  });

  it('puts a label beside, above or below its disc, its text anchored at the disc', () => {
    const at = disc('a', 100, 100, 5);
    expect(labelBox(at, 'right', 60, 12)).toEqual({ x: 108, y: 94, width: 60, height: 12 });
    expect(labelBox(at, 'left', 60, 12)).toEqual({ x: 32, y: 94, width: 60, height: 12 });
    expect(labelBox(at, 'above', 60, 12)).toEqual({ x: 70, y: 80, width: 60, height: 12 });
    expect(labelBox(at, 'below', 60, 12)).toEqual({ x: 70, y: 108, width: 60, height: 12 });
    const left = { side: 'left' as const, box: labelBox(at, 'left', 60, 12) };
    expect(lineAnchor(left, 0, 10)).toMatchObject({ x: 92, align: 'end' });
  });
});

describe('formats/scene/label-boxes: text that does not fit', () => {
  it('shortens with an ellipsis, dropping trailing spaces, or gives up', () => {
    expect(fitText('Stalin', 60, measure)).toBe('Stalin');
    expect(fitText('Directorate for Foreign Relations', 130, measure)).toBe('Directorate…');
    expect(fitText('Kim Il Sung', 50, measure)).toBe('Kim…');
    expect(fitText('Kim Il Sung', 15, measure)).toBe('');
  });

  it('wraps words onto lines of a width', () => {
    expect(wrapText('Directorate for Foreign Relations', 160, measure)).toEqual([
      'Directorate for',
      'Foreign',
      'Relations',
    ]);
    expect(wrapText('Stalin', 10, measure)).toEqual(['Stalin']);
  });
});

describe('formats/scene/label-boxes: a layout of labels', () => {
  const frame = { width: 400, height: 300, textSize: 10, measure, maxWidth: 200, margin: 2 };

  it('goes right, then left, above and below as each side is taken or off the frame', () => {
    const layout = createLabelLayout([], { ...frame, long: 'shorten' });
    expect(layout.place({ ...disc('a', 100, 100), text: 'Stalin' })?.side).toBe('right');
    // The same spot again: right is taken, so left, then above, then below.
    expect(layout.place({ ...disc('b', 100, 100), text: 'Molotov' })?.side).toBe('left');
    expect(layout.place({ ...disc('c', 100, 100), text: 'Kim' })?.side).toBe('above');
    expect(layout.place({ ...disc('d', 100, 100), text: 'Mao' })?.side).toBe('below');
    expect(layout.place({ ...disc('e', 100, 100), text: 'Lie' })).toBeNull();
    // Near the right edge, the right side is off the frame.
    expect(layout.place({ ...disc('f', 380, 250), text: 'Gromyko' })?.side).toBe('left');
  });

  it('keeps labels off other people’s discs where it can', () => {
    const layout = createLabelLayout([disc('a', 100, 100), disc('b', 140, 100)], {
      ...frame,
      long: 'shorten',
    });
    expect(layout.place({ ...disc('a', 100, 100), text: 'Stalin' })?.side).toBe('left');
  });

  it('shortens a long name on screen and wraps it in full in an export', () => {
    const name = 'Directorate for Foreign Relations of the General Staff';
    const screen = createLabelLayout([], { ...frame, long: 'shorten' });
    const shortened = screen.place({ ...disc('a', 50, 100), text: name });
    expect(shortened?.lines).toHaveLength(1);
    expect(shortened?.lines[0]).toMatch(/…$/);
    const image = createLabelLayout([], { ...frame, long: 'wrap' });
    const wrapped = image.place({ ...disc('a', 50, 100), text: name });
    expect(wrapped?.lines.join(' ')).toBe(name);
    expect(Math.max(...(wrapped?.lines ?? []).map(measure))).toBeLessThanOrEqual(200);
    expect(wrapped?.box.height).toBe((wrapped?.lines.length ?? 0) * 12);
  });

  it('draws a forced label even where there is no free place', () => {
    const layout = createLabelLayout([], { ...frame, long: 'shorten' });
    for (const side of ['a', 'b', 'c', 'd'])
      layout.place({ ...disc(side, 100, 100), text: 'Name' });
    expect(layout.place({ ...disc('e', 100, 100), text: 'Stalin', forced: true })).not.toBeNull();
  });
});
