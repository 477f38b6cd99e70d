/**
 * GEXF export on the real default corpus, laid out as the build step lays it out: read back with
 * graphology-gexf's own parser, every node, edge and attribute must come back.
 */
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/data/cli/paths.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import { toGexf } from '../../src/formats/gexf.ts';
import { selectForExport } from '../../src/formats/selection.ts';
import { computeVisibility, DEFAULT_FILTER } from '../../src/graph/filter.ts';
import { nodeLookFunctions } from '../../src/formats/scene/look.ts';
import { paletteForAffiliations } from '../../src/formats/scene/style.ts';
import { nodeSize } from '../../src/graph/size.ts';

const NODE_ATTRIBUTES = [
  'label',
  'kind',
  'affiliation',
  'role',
  'aliases',
  'registered',
  'sent',
  'received',
  'relayed',
  'originated',
  'participated',
  'mentioned',
  'documents',
  'x',
  'y',
] as const;

/** GEXF has no null and the writer leaves empty strings out: an absent value is an empty one. */
function comparable(
  attrs: Record<string, unknown>,
  names: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const raw = attrs[name];
    const value = Array.isArray(raw) ? raw.join('; ') : raw;
    if (value !== null && value !== undefined && value !== '') out[name] = value;
  }
  return out;
}

let corpus: Corpus;
let parsed: MultiDirectedGraph;

beforeAll(() => {
  const log = new IssueLog();
  const built = buildCorpus(readCorpus(DEFAULT_CORPUS_DIR, log), log);
  corpus = createCorpus(built.graph, built.documents);
  parsed = parse(MultiDirectedGraph, toGexf(selectForExport(corpus, null), { date: '2025-01-02' }));
});

describe('formats/gexf: the whole default corpus', () => {
  it('reads back the same node keys and edge keys, parallel edges included', () => {
    expect(parsed.nodes().sort()).toEqual(corpus.graph.nodes().sort());
    expect(parsed.edges().sort()).toEqual(corpus.graph.edges().sort());
    corpus.graph.forEachEdge((edge, _a, source, target) => {
      expect([parsed.source(edge), parsed.target(edge)]).toEqual([source, target]);
    });
    const september = parsed.filterOutEdges('molotov', 'stalin', (_e, a) =>
      String(a.date).startsWith('1947-09'),
    );
    expect(september).toHaveLength(2);
    expect(new Set(september.map((e) => parsed.getEdgeAttribute(e, 'doc')))).toEqual(
      new Set(['1947-09-18-molotov-stalin', '1947-09-20-molotov-stalin']),
    );
  });

  it('reads back the same node and edge attributes, numbers as numbers', () => {
    corpus.graph.forEachNode((node, attrs) => {
      const back = parsed.getNodeAttributes(node);
      expect(comparable(back, NODE_ATTRIBUTES), node).toEqual(
        comparable(attrs as unknown as Record<string, unknown>, NODE_ATTRIBUTES),
      );
    });
    const names = ['doc', 'kind', 'hop', 'fromRole', 'toRole', 'date', 'type'];
    corpus.graph.forEachEdge((edge, attrs) => {
      expect(comparable(parsed.getEdgeAttributes(edge), names), edge).toEqual(
        comparable(attrs as unknown as Record<string, unknown>, names),
      );
    });
    const stalin = parsed.getNodeAttributes('stalin');
    expect(stalin).toMatchObject({ documents: 17, registered: true, label: 'Joseph Stalin' });
    expect(typeof stalin.x).toBe('number');
    expect(stalin.x).not.toBe(0);
    expect(stalin.aliases).toContain('Filippov');
  });

  it("writes each node's explorer colour and size", () => {
    const palette = paletteForAffiliations(corpus.graph.mapNodes((_n, a) => a.affiliation));
    const max = Math.max(...corpus.graph.mapNodes((_n, a) => a.documents));
    parsed.forEachNode((node, attrs) => {
      const original = corpus.graph.getNodeAttributes(node);
      expect(attrs.color).toBe(palette.get(original.affiliation));
      expect(attrs.size).toBeCloseTo(nodeSize(original.documents, max), 10);
    });
    expect(parsed.getNodeAttribute('stalin', 'color')).toBe('#D55E00');
  });

  it('writes the colours and sizes of the look the legend chose: communities, brokers', () => {
    const look = { sizeBy: 'betweenness', colorBy: 'community' } as const;
    const xml = toGexf(selectForExport(corpus, null), { date: '2025-01-02', look });
    const styled = parse(MultiDirectedGraph, xml);
    const explorer = nodeLookFunctions(corpus.graph, look);
    const betweenness = corpus.graph.mapNodes((_n, a) => a.betweenness ?? 0);
    const max = Math.max(...betweenness);
    expect(max).toBeGreaterThan(0);
    styled.forEachNode((node, attrs) => {
      const original = corpus.graph.getNodeAttributes(node);
      expect(attrs.color).toBe(explorer.color(node, original));
      expect(attrs.size).toBeCloseTo(nodeSize(original.betweenness ?? 0, max), 10);
    });
    // Not the default look under another name: some colours and some sizes change.
    const changed = (name: string) =>
      styled.filterNodes((node, attrs) => attrs[name] !== parsed.getNodeAttribute(node, name));
    expect(changed('color').length).toBeGreaterThan(0);
    expect(changed('size').length).toBeGreaterThan(0);
  });

  it('says what made it and from which corpus, as GEXF 1.3 meta', () => {
    const xml = toGexf(selectForExport(corpus, null), { date: '2025-01-02' });
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(parsed.getAttribute('creator')).toBe('Cablegraph');
    expect(parsed.getAttribute('description')).toContain('Korean War documents, 1947–1950');
    expect(parsed.getAttribute('description')).toContain('Wilson Center Digital Archive');
    expect(parsed.getAttribute('lastModifiedDate')).toBe('2025-01-02');
  });
});

describe('formats/gexf: a filtered view', () => {
  it('holds only the 1947 documents and the people they show, and leaves the corpus alone', () => {
    const before = { order: corpus.graph.order, size: corpus.graph.size };
    const visibility = computeVisibility(corpus, {
      ...DEFAULT_FILTER,
      start: '1947',
      end: '1947',
      includeUndated: false,
    });
    const graph = parse(MultiDirectedGraph, toGexf(selectForExport(corpus, visibility)));
    expect(new Set(graph.nodes())).toEqual(new Set(visibility.nodes));
    expect(new Set(graph.edges())).toEqual(new Set(visibility.edges));
    expect(graph.size).toBeGreaterThan(0);
    graph.forEachEdge((_e, attrs) => expect(String(attrs.date)).toMatch(/^1947/));
    expect({ order: corpus.graph.order, size: corpus.graph.size }).toEqual(before);
  });
});
