import { describe, expect, it } from 'vitest';
import {
  fewestDocumentsDrawn,
  pairEdges,
  pairLines,
  pairOf,
  pairWidth,
  rankPairs,
} from '../../src/graph/pairs.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';

const corpus = handCorpus([
  handDoc('ab1', { senders: ['a'], recipients: ['b'] }),
  handDoc('ba1', { senders: ['b'], recipients: ['a'] }),
  handDoc('ab2', { senders: ['a'], recipients: ['b'] }),
  // A relay: a → c → b is two lines, of two pairs (a–c, c–b), one document each.
  handDoc('acb', { senders: ['a'], via: ['c'], recipients: ['b'] }),
  // Two senders to one recipient: two lines of one document, to two pairs.
  handDoc('dc', { senders: ['d', 'a'], recipients: ['c'] }),
  handDoc('talk', { participants: ['c', 'd'] }),
]);
const { graph } = corpus;
const edgesOf = (doc: string): readonly string[] => corpus.edgesByDocument.get(doc) ?? [];

describe('graph/pairs: one line per pair of people', () => {
  it('groups lines by unordered pair, counting each document once', () => {
    const lines = pairLines(graph);
    const byPair = new Map(
      lines.edges.map((edge, i) => {
        const ends = [graph.source(edge), graph.target(edge)].sort().join('–');
        return [ends, lines.documents[i]];
      }),
    );
    // a→b twice and b→a once: one pair of three documents.
    expect(Object.fromEntries(byPair)).toEqual({
      'a–b': 3,
      'a–c': 2,
      'b–c': 1,
      'c–d': 2,
    });
    expect(lines.maxDocuments).toBe(3);
  });

  it("draws each pair with its first line, and gives the pair's documents back from any line", () => {
    const lines = pairLines(graph);
    expect(lines.edges).toContain(edgesOf('ab1')[0]);
    expect(lines.edges).not.toContain(edgesOf('ba1')[0]);
    const pair = pairOf(graph, edgesOf('ba1')[0] ?? '');
    expect(new Set([pair.a, pair.b])).toEqual(new Set(['a', 'b']));
    expect(new Set(pair.documents)).toEqual(new Set(['ab1', 'ba1', 'ab2']));
    expect(pair.documents).toHaveLength(3);
    expect(new Set(pairEdges(graph, 'b', 'a'))).toEqual(new Set(pair.edges));
    expect(pairEdges(graph, 'a', 'nobody')).toEqual([]);
  });

  it('widens a line with the square root of its documents, from one to the busiest pair', () => {
    expect(pairWidth(1, 25)).toBe(1);
    expect(pairWidth(25, 25)).toBe(4);
    expect(pairWidth(7, 25)).toBeCloseTo(1 + 3 * Math.sqrt(6 / 24));
    expect(pairWidth(3, 1)).toBe(1);
  });
});

describe('graph/pairs: level of detail', () => {
  // Pairs of 9, 5, 5, 2, 1 documents; each line 100 px long and 1 px wide: 100 px² of ink each.
  const ranking = {
    documents: Int32Array.from([9, 5, 5, 2, 1]),
    ink: Float64Array.from([100, 200, 300, 400, 500]),
  };

  it('draws the busiest pairs first, as many as the ink budget allows', () => {
    expect(fewestDocumentsDrawn(ranking, 1, 100)).toBe(6);
    expect(fewestDocumentsDrawn(ranking, 1, 350)).toBe(3);
    expect(fewestDocumentsDrawn(ranking, 1, 10_000)).toBe(1);
  });

  it('leaves out every pair tied at the cut rather than some at random', () => {
    // Room for two lines, but the 2nd and 3rd busiest both have 5 documents: only the first.
    expect(fewestDocumentsDrawn(ranking, 1, 250)).toBe(6);
  });

  it('draws more pairs as the view zooms in', () => {
    const fewest = [1, 1 / 3, 0.25].map((ratio) => fewestDocumentsDrawn(ranking, ratio, 100));
    expect(fewest).toEqual([6, 3, 2]);
  });

  it("ranks a graph's pairs busiest first with their ink at the overview", () => {
    graph.forEachNode((node) => {
      // Everyone on a line 10 units apart: a 0, b 10, c 20, d 30 (the layout spans 30 units).
      graph.setNodeAttribute(node, 'x', { a: 0, b: 10, c: 20, d: 30 }[node] ?? 0);
      graph.setNodeAttribute(node, 'y', 0);
    });
    const lines = pairLines(graph);
    const ranked = rankPairs(graph, lines, 300, () => 1);
    expect([...ranked.documents]).toEqual([3, 2, 2, 1]);
    // a–b is 10 units (100 px at 300 px for 30 units), then a–c 200 px, c–d 100 px, b–c 100 px.
    expect([...ranked.ink]).toEqual([100, 300, 400, 500]);
  });
});
