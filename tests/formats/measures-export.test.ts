/**
 * The people's measures in the GEXF and GraphML exports: declared once each as node attributes
 * with their types (what Gephi makes its columns from), every value the graph's own, and the file
 * saying whether the betweenness is exact or a sampled estimate. Read strictly as XML, and back
 * with graphology's own parsers.
 */
import { elements, parseXml } from '../helpers/xml.ts';
import type { Element } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { AbstractGraph } from 'graphology-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/data/cli/paths.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { toGexf } from '../../src/formats/gexf.ts';
import { toGraphml } from '../../src/formats/graphml.ts';
import { selectForExport } from '../../src/formats/selection.ts';
import type { CorrespondenceGraph } from '../../src/graph/build.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import { assignMeasures } from '../../src/graph/measures/index.ts';
import type { DocumentRecord } from '../../src/graph/types.ts';

const MEASURES = ['sent', 'received', 'correspondents', 'betweenness', 'community'] as const;

/** GEXF's node attribute declarations: id → type, failing on an id declared twice. */
function gexfNodeTypes(root: Element): Record<string, string> {
  const block = elements(root, 'attributes').find((a) => a.getAttribute('class') === 'node');
  const declared = block ? elements(block, 'attribute') : [];
  const ids = declared.map((a) => a.getAttribute('id') ?? '');
  expect(new Set(ids).size).toBe(ids.length);
  return Object.fromEntries(declared.map((a) => [a.getAttribute('id'), a.getAttribute('type')]));
}

/** GraphML's key declarations: "for:name" → type, failing on a key or name declared twice. */
function graphmlKeyTypes(root: Element): Record<string, string> {
  const keys = elements(root, 'key');
  const names = keys.map((k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}`);
  expect(new Set(names).size).toBe(names.length);
  expect(new Set(keys.map((k) => k.getAttribute('id'))).size).toBe(keys.length);
  return Object.fromEntries(keys.map((k, i) => [names[i], k.getAttribute('attr.type')]));
}

const measuresOf = (of: CorrespondenceGraph | AbstractGraph) => {
  const out: Record<string, unknown> = {};
  (of as AbstractGraph).forEachNode((node, attrs) => {
    const a = attrs as unknown as Record<string, unknown>;
    out[node] = Object.fromEntries(MEASURES.map((name) => [name, a[name]]));
  });
  return out;
};

/** The corpus again, its measures computed with other options (the documents are shared). */
function remeasured(
  graph: CorrespondenceGraph,
  documents: readonly DocumentRecord[],
  measure: (graph: CorrespondenceGraph) => void,
): Corpus {
  const copy = graph.copy();
  measure(copy);
  return createCorpus(copy, [...documents]);
}

let corpus: Corpus;

beforeAll(() => {
  const log = new IssueLog();
  const built = buildCorpus(readCorpus(DEFAULT_CORPUS_DIR, log), log);
  corpus = createCorpus(built.graph, built.documents);
});

describe('formats: the measures in GEXF 1.3', () => {
  it('declares each measure once, typed as Gephi makes its columns', () => {
    const types = gexfNodeTypes(parseXml(toGexf(selectForExport(corpus, null))));
    expect(types).toMatchObject({
      sent: 'integer',
      received: 'integer',
      correspondents: 'integer',
      betweenness: 'double',
      betweennessEstimated: 'boolean',
      community: 'integer',
    });
  });

  it("reads back every person's measures as the graph's numbers, exact betweenness said so", () => {
    const back = parseGexf(MultiDirectedGraph, toGexf(selectForExport(corpus, null)));
    expect(measuresOf(back)).toEqual(measuresOf(corpus.graph));
    back.forEachNode((node, attrs) => expect(attrs.betweennessEstimated, node).toBe(false));
    expect(back.getAttribute('description')).toContain('betweenness exact over 28 people');
  });

  it('says a sampled betweenness is an estimate, on every node and in the description', () => {
    const sampled = remeasured(corpus.graph, corpus.documentList, (graph) =>
      assignMeasures(graph, { betweenness: { maxExactWork: 0, samples: 5 } }),
    );
    const back = parseGexf(MultiDirectedGraph, toGexf(selectForExport(sampled, null)));
    back.forEachNode((node, attrs) => expect(attrs.betweennessEstimated, node).toBe(true));
    expect(back.getAttribute('description')).toContain('estimated from 5 of 28 people');
    expect(measuresOf(back)).toEqual(measuresOf(sampled.graph));
  });

  it('declares the betweenness a double even when every value is whole', () => {
    // Two people only: nobody stands between them, every betweenness is 0.
    const pair = remeasured(corpus.graph, corpus.documentList, (graph) => {
      graph.forEachNode((node) => {
        if (node !== 'molotov' && node !== 'stalin') graph.dropNode(node);
      });
      assignMeasures(graph);
    });
    expect(pair.graph.mapNodes((_n, a) => a.betweenness)).toEqual([0, 0]);
    const xml = toGexf(selectForExport(pair, null));
    expect(gexfNodeTypes(parseXml(xml)).betweenness).toBe('double');
    expect(measuresOf(parseGexf(MultiDirectedGraph, xml))).toEqual(measuresOf(pair.graph));
  });
});

describe('formats: the measures in GraphML', () => {
  it('declares each measure once as a typed node key', () => {
    const types = graphmlKeyTypes(parseXml(toGraphml(selectForExport(corpus, null))));
    expect(types).toMatchObject({
      'node:sent': 'int',
      'node:received': 'int',
      'node:correspondents': 'int',
      'node:betweenness': 'double',
      'node:community': 'int',
      'graph:betweennessEstimated': 'boolean',
      'graph:betweennessSources': 'int',
      'graph:measuredPeople': 'int',
      'graph:communities': 'int',
    });
  });

  it("reads back every person's measures and how the betweenness was computed", () => {
    const sampled = remeasured(corpus.graph, corpus.documentList, (graph) =>
      assignMeasures(graph, { betweenness: { maxExactWork: 0, samples: 5 } }),
    );
    for (const [of, estimated, sources] of [
      [corpus, false, 28],
      [sampled, true, 5],
    ] as const) {
      const back = parseGraphml(MultiDirectedGraph, toGraphml(selectForExport(of, null)));
      expect(measuresOf(back)).toEqual(measuresOf(of.graph));
      expect(back.getAttributes()).toMatchObject({
        betweennessEstimated: estimated,
        betweennessSources: sources,
        measuredPeople: 28,
        communities: of.graph.getAttribute('measures')?.communities,
        measuresSeed: 1947,
      });
    }
  });

  it('leaves the measures out of a graph built without them, declaring nothing false', () => {
    const bare = remeasured(corpus.graph, corpus.documentList, (graph) => {
      graph.removeAttribute('measures');
      graph.forEachNode((node) => {
        for (const name of ['correspondents', 'betweenness', 'community'] as const)
          graph.removeNodeAttribute(node, name);
      });
    });
    const back = parseGraphml(MultiDirectedGraph, toGraphml(selectForExport(bare, null)));
    expect(back.getAttribute('betweennessEstimated')).toBeUndefined();
    expect(back.getNodeAttribute('stalin', 'betweenness')).toBeUndefined();
    expect(back.getNodeAttribute('stalin', 'sent')).toBe(2);
  });
});
