import { describe, expect, it } from 'vitest';
import type { LoadSample, TargetResult } from './browser-bench.ts';
import { browserRows } from './browser-rows.ts';

function sample(firstDrawMs: number, fps: number): LoadSample {
  const rate = { frames: fps * 3, ms: 3000, fps };
  return {
    firstDrawMs,
    firstFrameMs: firstDrawMs + 100,
    heapUsedMB: 10,
    heapTotalMB: 20,
    inkShare: 0.2,
    fps: rate,
    gestureFps: rate,
    clickMs: 40,
    clickedNode: 'p1',
    clickHit: true,
    filterMs: 50,
    stepMs: 50,
    stepBlockMs: 0,
    traceMs: 20,
    filterBlockMs: 0,
    traceBlockMs: 0,
    mapMs: 300,
    steps: {},
    longestTaskMs: 0,
    longTasksTotalMs: 0,
    errors: [],
  };
}

/** Loads where ours draws 2× slower than bare sigma and pans at half its frame rate. */
function result(name: string): TargetResult {
  return {
    target: { name, label: name, site: `site-${name}`, reps: 3 },
    facts: {
      busiest: [],
      clickable: 'p1',
      nodes: 10,
      edges: 20,
      container: { width: 900, height: 600 },
    },
    filter: null,
    trace: null,
    explorer: [sample(800, 10), sample(900, 10), sample(1000, 10)],
    bare: [sample(400, 20), sample(450, 20), sample(500, 20)],
  };
}

const row = (rows: ReturnType<typeof browserRows>, start: string) =>
  rows.find((r) => r.metric.startsWith(start));

describe('browser rows', () => {
  it('hold first draw and camera to their ratios at the sizes the issue sets them for', () => {
    for (const name of ['5k-20k', '20k-100k']) {
      const rows = browserRows(result(name));
      expect(row(rows, 'first draw after navigation')).toMatchObject({
        budget: '≤ 1.3× bare',
        status: 'over',
      });
      expect(row(rows, 'camera pan/zoom frame rate, camera set')).toMatchObject({
        budget: '≥ 0.8× bare',
        status: 'over',
      });
    }
  });

  it('show the default corpus ratios without a verdict, and hold its absolute first draw', () => {
    const rows = browserRows(result('default'));
    expect(row(rows, 'first draw after navigation')).toMatchObject({ budget: '', status: '' });
    expect(row(rows, 'camera pan/zoom frame rate, camera set')).toMatchObject({
      budget: '',
      status: '',
    });
    expect(row(rows, 'first draw, default corpus (absolute)')).toMatchObject({
      budget: '≤ 1000 ms',
      status: 'ok',
    });
  });
});
