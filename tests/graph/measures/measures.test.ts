import { describe, expect, it } from 'vitest';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { buildCorpus } from '../../../src/data/build/pipeline.ts';
import { DEFAULT_CORPUS_DIR } from '../../../src/data/cli/paths.ts';
import { readCorpus } from '../../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../../src/data/issues.ts';
import { betweenness, betweennessFromSources } from '../../../src/graph/measures/betweenness.ts';
import { communities } from '../../../src/graph/measures/communities.ts';
import { assignMeasures } from '../../../src/graph/measures/index.ts';
import { personGraph } from '../../../src/graph/measures/person-graph.ts';
import { brokerRanks } from '../../../src/graph/measures/ranks.ts';
import { handCorpus, handDoc } from '../../helpers/hand-corpus.ts';

const letters = (pairs: [string, string][]) =>
  pairs.map(([from, to], i) => handDoc(`d${i}`, { senders: [from], recipients: [to] }));

describe('graph/measures/person-graph', () => {
  it('collapses parallel documents into one weighted pair, conversations both ways', () => {
    const { graph } = handCorpus([
      ...letters([
        ['a', 'b'],
        ['a', 'b'],
        ['b', 'a'],
      ]),
      handDoc('talk', { participants: ['a', 'c'] }),
    ]);
    const directed = personGraph(graph);
    expect(directed.getEdgeAttribute('a', 'b', 'weight')).toBe(2);
    expect(directed.getEdgeAttribute('b', 'a', 'weight')).toBe(1);
    expect(directed.hasEdge('c', 'a') && directed.hasEdge('a', 'c')).toBe(true);
    const undirected = personGraph(graph, { directed: false });
    expect(undirected.getEdgeAttribute('a', 'b', 'weight')).toBe(3);
    expect(undirected.size).toBe(2);
  });
});

describe('graph/measures/betweenness', () => {
  it("gives a path graph's middle node every path between its ends", () => {
    const graph = personGraph(
      handCorpus(
        letters([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ).graph,
    );
    const { scores, sources, people } = betweenness(graph);
    // One ordered pair of others (a → c) of (3-1)(3-2) = 2 passes through b.
    expect(scores).toEqual({ a: 0, b: 0.5, c: 0 });
    expect(sources).toBe(people);
  });

  it("makes a star's centre the only broker", () => {
    const spokes = ['p', 'q', 'r', 's'];
    const graph = personGraph(
      handCorpus(
        letters(
          spokes.flatMap((s): [string, string][] => [
            ['hub', s],
            [s, 'hub'],
          ]),
        ),
      ).graph,
    );
    const { scores } = betweenness(graph);
    // Every pair of spokes runs through the hub, whichever way the letters went.
    expect(scores.hub).toBe(1);
    for (const spoke of spokes) expect(scores[spoke]).toBe(0);
  });

  it('counts a relayed document as hops through its intermediary', () => {
    const direct = personGraph(handCorpus(letters([['mao', 'stalin']])).graph);
    expect(betweenness(direct).scores).toEqual({ mao: 0, stalin: 0 });
    const relayed = personGraph(
      handCorpus([
        handDoc('relay', { originators: ['mao'], senders: ['kovalev'], recipients: ['stalin'] }),
        handDoc('via', { senders: ['kim'], via: ['shtykov'], recipients: ['stalin'] }),
      ]).graph,
    );
    const { scores } = betweenness(relayed);
    expect(scores.kovalev).toBeGreaterThan(0);
    expect(scores.shtykov).toBeGreaterThan(0);
    expect(scores.mao).toBe(0);
    expect(scores.stalin).toBe(0);
  });

  it('estimates from a seeded sample that, taking every source, is the exact result', () => {
    const corpus = handCorpus(
      letters([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'a'],
        ['b', 'e'],
        ['e', 'f'],
        ['f', 'b'],
        ['f', 'g'],
      ]),
    );
    for (const directed of [true, false]) {
      const graph = personGraph(corpus.graph, { directed });
      const exact = betweennessCentrality(graph, { getEdgeWeight: null });
      const all = betweennessFromSources(
        graph,
        graph.nodes().map((_n, i) => i),
      );
      expect(Object.keys(exact)).toEqual(graph.nodes());
      graph.nodes().forEach((node, i) => expect(all[i]).toBeCloseTo(exact[node] ?? NaN, 12));
      expect(Math.max(...all)).toBeGreaterThan(0);
    }
    const graph = personGraph(corpus.graph, { directed: false });
    const sampled = { maxExactWork: 0, samples: 3, seed: 7 };
    const estimate = betweenness(graph, sampled);
    expect(estimate.sources).toBe(3);
    expect(estimate.people).toBe(7);
    expect(betweenness(graph, sampled)).toEqual(estimate);
    expect(betweenness(graph, { ...sampled, seed: 8 }).scores).not.toEqual(estimate.scores);
  });
});

describe('graph/measures/communities', () => {
  // Two triangles joined by one letter: two communities, the same ones every time.
  const graph = personGraph(
    handCorpus(
      letters([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['x', 'y'],
        ['y', 'z'],
        ['z', 'x'],
        ['c', 'x'],
      ]),
    ).graph,
    { directed: false },
  );

  it('finds the two triangles, numbered by size then by first member', () => {
    const found = communities(graph);
    expect(found).toEqual({ a: 1, b: 1, c: 1, x: 2, y: 2, z: 2 });
  });

  it('gives the same communities for the same seed, and a lone person their own', () => {
    expect(communities(graph, { seed: 3 })).toEqual(communities(graph, { seed: 3 }));
    const alone = personGraph(handCorpus([handDoc('note', { senders: ['solo'] })]).graph, {
      directed: false,
    });
    expect(communities(alone)).toEqual({ solo: 1 });
  });
});

describe('graph/measures on the default corpus', () => {
  const log = new IssueLog();
  const built = buildCorpus(readCorpus(DEFAULT_CORPUS_DIR, log), log, { layout: false });
  const { graph } = built;

  it('makes Kovalev and Shtykov stand out as brokers of relayed cables', () => {
    const ranks = brokerRanks(graph);
    const rankOf = (label: string): number => {
      const node = graph.findNode((_n, a) => a.label.includes(label));
      return ranks.get(node ?? '') ?? Infinity;
    };
    // Among the five brokers of 28 people, after Stalin (everyone's addressee), Gromyko and Roshchin.
    expect(rankOf('Shtykov')).toBeLessThanOrEqual(5);
    expect(rankOf('Kovalev')).toBeLessThanOrEqual(5);
    const brokers = graph.filterNodes((_n, a) => (a.betweenness ?? 0) > 0);
    expect(brokers.length).toBeLessThan(graph.order / 3);
    expect(graph.getAttribute('measures')).toMatchObject({
      betweennessSources: graph.order,
      people: graph.order,
    });
  });

  it('counts letters, correspondents and a community for every person', () => {
    graph.forEachNode((_node, attrs) => {
      expect(attrs.correspondents).toBeGreaterThanOrEqual(0);
      expect(attrs.community).toBeGreaterThanOrEqual(1);
      expect(attrs.betweenness).toBeGreaterThanOrEqual(0);
    });
    const stalin = graph.findNode((_n, a) => a.label.includes('Stalin')) ?? '';
    expect(graph.getNodeAttribute(stalin, 'correspondents')).toBeGreaterThan(3);
  });

  it('is deterministic: measured again, the same figures', () => {
    const again = graph.copy();
    assignMeasures(again, { seed: graph.getAttribute('measures')?.seed ?? 0 });
    expect(again.export().nodes).toEqual(graph.export().nodes);
  });

  it('says when the brokers are estimated, and estimates the same way every time', () => {
    const sampled = { seed: 5, betweenness: { maxExactWork: 0, samples: 10 } };
    const [one, two] = [graph.copy(), graph.copy()];
    expect(assignMeasures(one, sampled)).toEqual({
      betweennessSources: 10,
      people: graph.order,
      communities: expect.any(Number) as number,
      seed: 5,
    });
    assignMeasures(two, sampled);
    expect(JSON.stringify(two.export())).toBe(JSON.stringify(one.export()));
  });
});
