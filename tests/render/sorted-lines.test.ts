import { describe, expect, it } from 'vitest';
import { OPEN_WINDOW } from '../../src/graph/day-window.ts';
import { SortedLines } from '../../src/render/sorted-lines.ts';
import type { LineKeys } from '../../src/render/sorted-lines.ts';

/** Sigma's side: a buffer of `stride` floats per slot, the first holding the slot's own mark. */
const STRIDE = 3;

function sigmaBuffer(lines: readonly LineKeys[]): { array: Float32Array; sorted: SortedLines } {
  const array = new Float32Array(lines.length * STRIDE);
  const sorted = new SortedLines(STRIDE);
  sorted.reallocate(lines.length);
  lines.forEach((line, slot) => {
    array.set([100 + slot, line.first, line.last], slot * STRIDE);
    sorted.written(array, slot, line);
  });
  return { array, sorted };
}

const dated = (first: number, last = first, pairWidth = 0): LineKeys => ({
  first,
  last,
  pairWidth,
  raised: false,
});

/** The marks of the lines a draw covers, read from the sorted buffer as the GPU would. */
function drawnMarks(
  sorted: SortedLines,
  buffer: Float32Array,
  window = OPEN_WINDOW,
  pairs = false,
): number[] {
  const marks: number[] = [];
  for (const run of sorted.runs({ window, pairs, minPairWidth: 0 }))
    for (let position = run.start; position < run.start + run.count; position++)
      marks.push(buffer[position * STRIDE] ?? NaN);
  return marks;
}

describe('render/sorted-lines: sigma buffer kept sorted for the overview', () => {
  it('draws each line with its own data, only those within the window', () => {
    const { array, sorted } = sigmaBuffer([dated(30), dated(10), dated(20), dated(40)]);
    const buffer = sorted.prepare(array);
    expect(drawnMarks(sorted, buffer, { from: 15, to: 35, undated: false })).toEqual([102, 100]);
    expect(drawnMarks(sorted, buffer).sort()).toEqual([100, 101, 102, 103]);
  });

  it('follows a line sigma writes again in place, without sorting anew', () => {
    const { array, sorted } = sigmaBuffer([dated(30), dated(10)]);
    const before = sorted.prepare(array);
    array.set([200, 10, 10], STRIDE);
    sorted.written(array, 1, dated(10));
    expect(sorted.prepare(array)).toBe(before);
    expect(drawnMarks(sorted, before, { from: 0, to: 15, undated: false })).toEqual([200]);
  });

  it('sorts anew when a full pass puts other lines in the slots', () => {
    const { array, sorted } = sigmaBuffer([dated(30), dated(10)]);
    const before = sorted.prepare(array);
    array.set([101, 10, 10, 100, 30, 30]);
    sorted.written(array, 0, dated(10));
    sorted.written(array, 1, dated(30));
    const after = sorted.prepare(array);
    expect(after).not.toBe(before);
    expect(drawnMarks(sorted, after, { from: 0, to: 15, undated: false })).toEqual([101]);
  });

  it('draws a raised (hovered) line once more, last, where it is', () => {
    const { array, sorted } = sigmaBuffer([dated(30, 30, 4), dated(10, 10, 2)]);
    const buffer = sorted.prepare(array);
    // Hovered, a pair's line is drawn wider: its place does not move for that.
    sorted.written(array, 1, { ...dated(10, 10, 3), raised: true });
    expect(sorted.prepare(array)).toBe(buffer);
    const pairsDrawn = drawnMarks(sorted, buffer, OPEN_WINDOW, true);
    expect(pairsDrawn).toEqual([100, 101, 101]);
  });
});
