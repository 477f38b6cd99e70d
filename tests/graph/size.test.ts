import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { CorrespondenceGraph } from '../../src/graph/build.ts';
import { typicalGap } from '../../src/graph/extent.ts';
import {
  DEFAULT_SIZE_OPTIONS,
  nodeSize,
  sizeOptionsFor,
  sizeOptionsForGap,
} from '../../src/graph/size.ts';

/** People on a square grid `side` × `side`, `step` graph units apart. */
function gridGraph(side: number, step = 1): CorrespondenceGraph {
  const graph: CorrespondenceGraph = new MultiDirectedGraph();
  for (let i = 0; i < side * side; i++) {
    graph.addNode(`p${i}`, {
      x: (i % side) * step,
      y: Math.floor(i / side) * step,
      documents: 1,
    } as never);
  }
  return graph;
}

describe('graph/size: node sizes that scale with the crowding of the layout', () => {
  it('keeps the default range where discs have room (the default corpus: ~58 px apart)', () => {
    expect(sizeOptionsForGap(58)).toEqual(DEFAULT_SIZE_OPTIONS);
    expect(sizeOptionsForGap(Infinity)).toEqual(DEFAULT_SIZE_OPTIONS);
    expect(sizeOptionsForGap(9)).toEqual(DEFAULT_SIZE_OPTIONS);
  });

  it('shrinks the smallest discs to half the typical gap, so neighbours at most touch', () => {
    const { minSize, maxSize } = sizeOptionsForGap(2.5);
    expect(minSize).toBeCloseTo(1.25);
    // The largest shrink less (by the square root), so hubs stand out of a crowd of dots.
    expect(maxSize).toBeCloseTo(22 * Math.sqrt(1.25 / 4.5));
    expect(maxSize / minSize).toBeGreaterThan(22 / 4.5);
  });

  it('never draws a disc below 0.75 px, and keeps hubs at 6 px or more', () => {
    expect(sizeOptionsForGap(0.1)).toEqual({ minSize: 0.75, maxSize: 22 * Math.sqrt(0.75 / 4.5) });
    expect(sizeOptionsForGap(0.01).maxSize).toBeGreaterThanOrEqual(6);
  });

  it('shrinks monotonically as the layout gets more crowded', () => {
    const gaps = [40, 8, 4, 2, 1, 0.5];
    const ranges = gaps.map((gap) => sizeOptionsForGap(gap));
    for (let i = 1; i < ranges.length; i++) {
      expect(ranges[i]?.minSize).toBeLessThanOrEqual(ranges[i - 1]?.minSize ?? 0);
      expect(ranges[i]?.maxSize).toBeLessThanOrEqual(ranges[i - 1]?.maxSize ?? 0);
    }
  });

  it('measures the typical gap in pixels of the layout as drawn: a grid of n × n spans 450 px', () => {
    // 10 × 10 people one unit apart span 9 units: 450 / 9 = 50 px between neighbours.
    expect(typicalGap(gridGraph(10), 450)).toBeCloseTo(50);
    // The same grid ten times as dense in graph units looks the same on screen.
    expect(typicalGap(gridGraph(10, 0.1), 450)).toBeCloseTo(50);
    // 150 × 150 people: 450 / 149 ≈ 3 px apart (a sample of people is measured).
    expect(typicalGap(gridGraph(150), 450)).toBeCloseTo(450 / 149);
  });

  it('scales with the number of people: the more people in the same span, the smaller', () => {
    const few = sizeOptionsFor(gridGraph(10));
    const many = sizeOptionsFor(gridGraph(150));
    expect(few).toEqual(DEFAULT_SIZE_OPTIONS);
    expect(many.minSize).toBeCloseTo(450 / 149 / 2);
    expect(nodeSize(1, 100, many)).toBeLessThan(nodeSize(1, 100, few));
  });

  it('has no gap to measure below two people', () => {
    expect(typicalGap(gridGraph(1), 450)).toBe(Infinity);
    expect(sizeOptionsFor(gridGraph(1))).toEqual(DEFAULT_SIZE_OPTIONS);
  });
});
