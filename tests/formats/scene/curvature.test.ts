import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { edgeCurvatures, EDGE_STYLE, forEachCurvature } from '../../../src/formats/scene/style.ts';

/** The rule as the style module states it, written the plain way: lists per ordered pair. */
function referenceCurvatures(
  edges: readonly (readonly [string, string])[],
  max: number,
): Map<string, number> {
  const byPair = new Map<string, string[]>();
  edges.forEach(([s, t], i) => {
    const key = `${s}\u0000${t}`;
    byPair.set(key, [...(byPair.get(key) ?? []), `e${i}`]);
  });
  const result = new Map<string, number>();
  for (const [key, list] of byPair) {
    const [s, t] = key.split('\u0000') as [string, string];
    const opposite = byPair.get(`${t}\u0000${s}`)?.length ?? 0;
    const n = list.length;
    list.forEach((edge, i) => {
      const [index, most] =
        opposite === 0 ? [i - (n - 1) / 2, Math.max((n - 1) / 2, 1)] : [i + 1, n];
      result.set(edge, s === t ? 0 : (max * index) / most);
    });
  }
  return result;
}

const edgeLists = fc.array(
  fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('a', 'b', 'c', 'd')),
  { maxLength: 40 },
);

function graphOf(
  edges: readonly (readonly [string, string])[],
): MultiDirectedGraph<{ [key: string]: unknown }, { ordinal: number }> {
  const graph = new MultiDirectedGraph<{ [key: string]: unknown }, { ordinal: number }>();
  edges.forEach(([s, t], i) => graph.mergeEdgeWithKey(`e${i}`, s, t, { ordinal: i }));
  return graph;
}

describe('edge curvatures', () => {
  it('match the rule for any multigraph: fans one way, opposite sides both ways, loops straight', () => {
    fc.assert(
      fc.property(edgeLists, (edges) => {
        const graph = graphOf(edges);
        expect(edgeCurvatures(graph)).toEqual(referenceCurvatures(edges, EDGE_STYLE.maxCurvature));
      }),
    );
  });

  it('visits every edge once, in the graph order, with its own attributes', () => {
    fc.assert(
      fc.property(edgeLists, (edges) => {
        const graph = graphOf(edges);
        const seen: [string, number][] = [];
        forEachCurvature<{ ordinal: number }>(graph, 0.3, (edge, attrs) =>
          seen.push([edge, attrs.ordinal]),
        );
        expect(seen).toEqual(graph.mapEdges((edge, attrs) => [edge, attrs.ordinal]));
      }),
    );
  });
});
