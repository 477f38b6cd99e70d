import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inDayWindow, OPEN_WINDOW } from '../../src/graph/day-window.ts';
import type { DayWindow } from '../../src/graph/day-window.ts';
import { drawRuns, instanceOrder } from '../../src/render/instance-order.ts';
import type { DrawnLines, InstanceKeys, InstanceOrder } from '../../src/render/instance-order.ts';

interface Line {
  first: number;
  last: number;
  pairWidth: number;
}

const UNDATED = { first: 1, last: 0 };

function keysOf(lines: readonly Line[]): InstanceKeys {
  return {
    first: Float64Array.from(lines, (line) => line.first),
    last: Float64Array.from(lines, (line) => line.last),
    pairWidth: Float64Array.from(lines, (line) => line.pairWidth),
  };
}

/** The shader's test (windowed-line-program.ts), written out in JS. */
function shownByShader(line: Line, drawn: DrawnLines): boolean {
  if (drawn.pairs) return line.pairWidth > 0 && line.pairWidth >= drawn.minPairWidth - 0.0001;
  return inDayWindow([line.first, line.last], drawn.window);
}

/** The slots each draw covers, as the GPU would run them, by the position they are drawn from. */
function drawnSlots(order: InstanceOrder, drawn: DrawnLines): { slot: number; position: number }[] {
  const seen: { slot: number; position: number }[] = [];
  for (const run of drawRuns(order, drawn))
    for (let position = run.start; position < run.start + run.count; position++)
      seen.push({ slot: order.slots[position] ?? -1, position });
  return seen;
}

// A narrow calendar, so that windows often start inside a line's span.
const day = fc.integer({ min: -400, max: 400 });
const line: fc.Arbitrary<Line> = fc
  .tuple(
    fc.oneof(
      fc.constant(null),
      day.map((d) => [d, d] as const),
      fc.tuple(day, fc.integer({ min: 0, max: 31 })).map(([d, n]) => [d, d + n] as const),
      fc.tuple(day, fc.integer({ min: 0, max: 800 })).map(([d, n]) => [d, d + n] as const),
    ),
    fc.oneof(fc.constant(0), fc.double({ min: 0.5, max: 12, noNaN: true })),
  )
  .map(([span, pairWidth]) => ({
    ...(span ? { first: span[0], last: span[1] } : UNDATED),
    pairWidth,
  }));
const window: fc.Arbitrary<DayWindow> = fc.oneof(
  fc.constant(OPEN_WINDOW),
  fc
    .tuple(day, fc.integer({ min: 0, max: 300 }), fc.boolean())
    .map(([from, length, undated]) => ({ from, to: from + length, undated })),
);
const drawnLines: fc.Arbitrary<DrawnLines> = fc.oneof(
  window.map((w) => ({ window: w, pairs: false, minPairWidth: 0 })),
  fc
    .double({ min: 0, max: 13, noNaN: true })
    .map((minPairWidth) => ({ window: OPEN_WINDOW, pairs: true, minPairWidth })),
);

describe('render/instance-order: the overview draws only the lines that can be shown', () => {
  it('puts every line once as a document, and each pair carrier once more', () => {
    const lines = [
      { first: 10, last: 10, pairWidth: 0 },
      { ...UNDATED, pairWidth: 3 },
      { first: 5, last: 40, pairWidth: 1 },
    ];
    const order = instanceOrder(keysOf(lines));
    expect([...order.slots].sort()).toEqual([0, 1, 1, 2, 2]);
    expect([...order.documentPosition].every((position) => position >= 0)).toBe(true);
    expect(order.pairPosition[0]).toBe(-1);
    // The widest pair first: it is the one drawn from furthest away.
    expect(order.slots[order.pairs.start]).toBe(1);
  });

  it('draws a month of a long corpus from a few lines, not from all of them', () => {
    // A line a day for ~27 years, and one dated only to a year (a span of 365 days).
    const lines: Line[] = Array.from({ length: 10_000 }, (_, i) => ({
      first: i,
      last: i,
      pairWidth: 0,
    }));
    lines.push({ first: 5_000, last: 5_364, pairWidth: 0 });
    const order = instanceOrder(keysOf(lines));
    const drawn = {
      window: { from: 5_100, to: 5_130, undated: false },
      pairs: false,
      minPairWidth: 0,
    };
    const slots = drawnSlots(order, drawn).map(({ slot }) => slot);
    expect(slots).toHaveLength(31 + 1);
    expect(slots).toContain(10_000);
  });

  it('never leaves out a line the shader would show, in any window or level of pairs', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), drawnLines, (lines, drawn) => {
        const order = instanceOrder(keysOf(lines));
        const drawnFrom = drawnSlots(order, drawn);
        const drawnSet = new Set(drawnFrom.map(({ slot }) => slot));
        lines.forEach((l, slot) => {
          if (shownByShader(l, drawn)) expect(drawnSet.has(slot)).toBe(true);
        });
        // Each slot is drawn once, from the copy that mode reads (a pair's, or a document's).
        const positions = drawn.pairs ? order.pairPosition : order.documentPosition;
        expect(drawnFrom.length).toBe(drawnSet.size);
        for (const { slot, position } of drawnFrom) expect(positions[slot]).toBe(position);
      }),
    );
  });

  it('sends the shader nothing it would drop when every line is dated to a day', () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 60 }), window, (days, w) => {
        const lines = days.map((d) => ({ first: d, last: d, pairWidth: 0 }));
        const drawn = { window: { ...w, undated: false }, pairs: false, minPairWidth: 0 };
        const order = instanceOrder(keysOf(lines));
        const dropped = drawnSlots(order, drawn).filter(({ slot }) => {
          const l = lines[slot];
          return !l || !shownByShader(l, drawn);
        });
        expect(dropped).toEqual([]);
      }),
    );
  });

  it('orders ties by slot, so the same lines give the same buffer on every build', () => {
    const lines = [3, 1, 3, 1, 2].map((d) => ({ first: d, last: d, pairWidth: d % 2 }));
    const a = instanceOrder(keysOf(lines));
    const b = instanceOrder(keysOf(lines));
    expect([...a.slots]).toEqual([...b.slots]);
    expect([...a.slots].slice(0, 5)).toEqual([1, 3, 4, 0, 2]);
  });
});
