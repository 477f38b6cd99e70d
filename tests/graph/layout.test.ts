import { MultiDirectedGraph } from 'graphology';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorrespondenceGraph } from '../../src/graph/build.ts';
import { layoutGraph, seededRandom } from '../../src/graph/layout.ts';
import { loadRealCorpus } from '../helpers/corpus-fixture.ts';

function ring(n: number, isolated = 0): CorrespondenceGraph {
  const g: CorrespondenceGraph = new MultiDirectedGraph();
  const node = (i: number) => ({
    label: `n${i}`,
    kind: 'person' as const,
    affiliation: '',
    role: '',
    aliases: [],
    registered: true,
    sent: 0,
    received: 0,
    relayed: 0,
    originated: 0,
    participated: 0,
    mentioned: 0,
    documents: 0,
    x: 0,
    y: 0,
  });
  for (let i = 0; i < n + isolated; i++) g.addNode(`n${i}`, node(i));
  for (let i = 0; i < n; i++)
    g.addEdge(`n${i}`, `n${(i + 1) % n}`, {
      doc: `d${i}`,
      kind: 'chain',
      hop: 0,
      fromRole: 'senders',
      toRole: 'recipients',
      date: null,
      type: 'cable',
    });
  return g;
}

describe('graph/layout', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    const positions = (seed: number) => {
      const g = ring(12);
      layoutGraph(g, { seed, iterations: 50 });
      return JSON.stringify(g.mapNodes((_n, a) => [a.x, a.y]));
    };
    expect(positions(1)).toBe(positions(1));
    expect(positions(1)).not.toBe(positions(2));
  });

  describe('owes nothing to Math.random (byte-identical builds)', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });
    const positionsWithRandom = (value: number, graph: () => CorrespondenceGraph) => {
      vi.spyOn(Math, 'random').mockReturnValue(value);
      const g = graph();
      layoutGraph(g);
      vi.restoreAllMocks();
      return JSON.stringify(g.mapNodes((node, a) => [node, a.x, a.y]));
    };

    it('on the default corpus, whose mentioned-only people start at one spot', () => {
      const graph = () => loadRealCorpus().graph;
      expect(positionsWithRandom(0, graph)).toBe(positionsWithRandom(0.999, graph));
    });

    it('does not draw on Math.random at all', () => {
      for (const g of [ring(5, 6), loadRealCorpus().graph]) {
        const random = vi.spyOn(Math, 'random');
        layoutGraph(g);
        expect(random).not.toHaveBeenCalled();
        vi.restoreAllMocks();
      }
    });
  });

  it('spreads connected nodes apart and sets isolated nodes on a ring outside them', () => {
    const g = ring(10, 3);
    layoutGraph(g, { iterations: 100 });
    const xs = g.mapNodes((_n, a) => a.x);
    expect(new Set(xs).size).toBe(13);
    const connected = Array.from({ length: 10 }, (_, i) => `n${i}`);
    const cx = connected.reduce((sum, n) => sum + g.getNodeAttribute(n, 'x'), 0) / 10;
    const cy = connected.reduce((sum, n) => sum + g.getNodeAttribute(n, 'y'), 0) / 10;
    const radius = (n: string) =>
      Math.hypot(g.getNodeAttribute(n, 'x') - cx, g.getNodeAttribute(n, 'y') - cy);
    const connectedMax = Math.max(...connected.map(radius));
    for (const n of ['n10', 'n11', 'n12']) expect(radius(n)).toBeGreaterThan(connectedMax);
  });

  it('rounds positions to the requested precision', () => {
    const g = ring(5);
    layoutGraph(g, { precision: 1, iterations: 10 });
    g.forEachNode((_n, a) => expect(Math.round(a.x * 10) / 10).toBe(a.x));
  });

  it('has a seeded random source in [0, 1)', () => {
    const r = seededRandom(42);
    const values = Array.from({ length: 1000 }, r);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(seededRandom(42)()).toBe(values[0]);
  });
});
